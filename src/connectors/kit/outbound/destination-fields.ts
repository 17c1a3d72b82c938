import type { ValidationDetail } from '../../../common/validation-detail.js';
import { ConnectorError } from '../../../sync-contract/connector-error.js';
import type { ConnectorMetadata, FieldDefinition } from '../../connector-metadata.js';
import type { CheckMode, OutboundPolicy } from './outbound-policy.js';
import { OutboundRefusal } from './outbound-refusal.js';

/** One value that names a destination: `credentials.host`, `credentials.serviceAccountKey.token_uri`. */
interface Destination {
  field: string;
  kind: 'host' | 'url';
  value: unknown;
  testOnly?: boolean;
}

/** The destinations among a form's values, as the fields' metadata marks them. */
function destinationsOf(fields: readonly FieldDefinition[], values: Readonly<Record<string, unknown>>, path: string): Destination[] {
  const found: Destination[] = [];
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (field.destination !== undefined) found.push({ field: `${path}.${field.name}`, kind: field.destination, value, testOnly: field.testOnly === true });
    for (const property of field.urlProperties ?? []) {
      const object = typeof value === 'string' ? parseObject(value) : value;
      const inner = typeof object === 'object' && object !== null ? (object as Record<string, unknown>)[property] : undefined;
      if (inner !== undefined) found.push({ field: `${path}.${field.name}.${property}`, kind: 'url', value: inner });
    }
  }
  return found;
}

/**
 * Every destination among the values, checked by the outbound policy: the problems, one
 * per refused field (a 400 at create or credential replacement). Resolver failures other
 * than a refusal are not problems here (mode `create` accepts a name not found yet).
 */
export async function destinationProblems(
  policy: OutboundPolicy,
  fields: readonly FieldDefinition[],
  values: Readonly<Record<string, unknown>>,
  path: string,
  mode: CheckMode = 'create',
): Promise<ValidationDetail[]> {
  const problems: ValidationDetail[] = [];
  for (const destination of destinationsOf(fields, values, path)) {
    try {
      await check(policy, destination, mode);
    } catch (error) {
      if (!(error instanceof OutboundRefusal)) throw error;
      problems.push({ field: destination.field, rule: 'outboundPolicy', message: error.message });
    }
  }
  return problems;
}

/**
 * At connect time, before a connector calls its service: every destination of the saved
 * credentials and settings checked again (a name may resolve elsewhere since it was saved);
 * the first refusal thrown as a config error naming the field.
 */
export async function assertDestinations(
  policy: OutboundPolicy,
  metadata: Pick<ConnectorMetadata, 'credentialFields' | 'settingFields'>,
  request: { credentials: Readonly<Record<string, unknown>>; settings: Readonly<Record<string, unknown>> },
): Promise<void> {
  const all = [
    ...destinationsOf(metadata.credentialFields, request.credentials, 'credentials'),
    ...destinationsOf(metadata.settingFields, request.settings, 'settings'),
  ];
  for (const destination of all) await check(policy, destination, 'connect');
}

async function check(policy: OutboundPolicy, destination: Destination, mode: CheckMode): Promise<void> {
  if (destination.testOnly === true && !policy.allowLoopback) {
    throw new OutboundRefusal(destination.field, 'is for tests only: allowed under the outbound test policy (OUTBOUND_ALLOW_LOOPBACK)');
  }
  if (typeof destination.value !== 'string') {
    if (mode === 'create') throw new OutboundRefusal(destination.field, `must be ${destination.kind === 'url' ? 'an https:// URL' : 'a host name'}`);
    throw new ConnectorError('config', `${destination.field} must be ${destination.kind === 'url' ? 'an https:// URL' : 'a host name'}`, false);
  }
  if (destination.kind === 'url') await policy.checkUrl(destination.value, destination.field, mode);
  else await policy.checkHost(destination.value, destination.field, mode);
}

function parseObject(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
