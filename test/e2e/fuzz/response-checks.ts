import { STATUS_CODES } from 'node:http';
import { Ajv } from 'ajv';
import { ISO_INSTANT } from '../../support/expectations.js';
import { BODY_LEVEL_MUTATIONS, type FuzzRequest } from './fuzz-request.js';
import { isAcceptedToken } from './fuzz-tokens.js';
import type { Operation, Schema } from './openapi-operations.js';

/** What came back. */
export interface Answer {
  status: number;
  requestId: string | null;
  contentType: string | null;
  text: string;
  /** How long it took. */
  ms: number;
}

/** An answer slower than this is a failure: nothing in this API should keep a caller waiting. */
const SLOW_MS = 5_000;

/** The rules an answer must keep, worst breach first. */
export const RULES = [
  'no answer',
  '5xx',
  'slow answer',
  'refused token let through',
  'viewer wrote',
  'accepted what the document refuses',
  'accepted token refused',
  'undocumented status',
  'not the envelope',
  'envelope values',
  '400 names no field',
] as const;

/** A broken rule (what failures are grouped by) and what exactly was wrong. */
export interface Violation {
  rule: (typeof RULES)[number];
  message: string;
}

interface Envelope {
  statusCode: unknown;
  error: unknown;
  message: unknown;
  details?: { field: string; message: string }[];
  path: unknown;
  timestamp: unknown;
  correlationId: unknown;
}

/**
 * Statuses any operation may answer besides those it documents: 429 (rate limited) everywhere,
 * 401 wherever a token is needed; on routes with a body 400 (malformed JSON) and 413 (over
 * BODY_LIMIT), which the body parser answers before any route runs; and 400 for a path that
 * cannot be percent-decoded, which the router refuses before the route runs.
 */
function allowedStatuses(operation: Operation, sentPath: string): ReadonlySet<number> {
  return new Set([
    ...operation.statuses,
    429,
    ...(operation.secured ? [401] : []),
    ...(operation.body === undefined ? [] : [400, 413]),
    ...(decodable(sentPath) ? [] : [400]),
  ]);
}

/** Checks an answer against the document: no 5xx, documented statuses, the envelope, named fields, auth. */
export class ResponseChecks {
  private readonly isEnvelope;

  constructor(errorEnvelope: Schema) {
    // The envelope is closed: a field it does not list (a stack, the request body) is a leak.
    this.isEnvelope = new Ajv({ strict: false, allErrors: true }).compile(closed(errorEnvelope));
  }

  /** `mustRefuse`: why the document refuses the request, if it certainly does. */
  check(request: FuzzRequest, sent: { path: string; requestId: string; mustRefuse: string | undefined }, answer: Answer): Violation[] {
    const { path: sentPath, requestId: sentRequestId, mustRefuse } = sent;
    const { operation } = request;
    const violations: Violation[] = [];
    const fail = (rule: Violation['rule'], message: string): void => {
      violations.push({ rule, message });
    };
    if (answer.status >= 500) fail('5xx', `answered ${answer.status}`);
    if (answer.ms > SLOW_MS) fail('slow answer', `answered after ${answer.ms} ms`);
    this.checkAuth(request, sentPath, answer.status, fail);
    if (answer.status < 300 && mustRefuse !== undefined) fail('accepted what the document refuses', `${answer.status} though ${mustRefuse}`);
    if (!allowedStatuses(operation, sentPath).has(answer.status)) fail('undocumented status', `${answer.status} is not among ${[...allowedStatuses(operation, sentPath)].join(', ')}`);
    if (answer.status < 400) return violations;

    const body = parseJson(answer.text);
    if (!answer.contentType?.startsWith('application/json') || body === undefined || !this.isEnvelope(body)) {
      fail('not the envelope', `${answer.contentType ?? 'no content type'}: ${answer.text.slice(0, 200)} ${JSON.stringify(this.isEnvelope.errors ?? [])}`);
      return violations;
    }
    const envelope = body as Envelope;
    const expected: Record<string, unknown> = {
      statusCode: answer.status,
      error: STATUS_CODES[answer.status],
      path: sentPath,
      correlationId: sentRequestId,
    };
    for (const [field, value] of Object.entries(expected)) {
      if (envelope[field as keyof Envelope] !== value) fail('envelope values', `${field} is ${JSON.stringify(envelope[field as keyof Envelope])}, expected ${JSON.stringify(value)}`);
    }
    if (answer.requestId !== sentRequestId) fail('envelope values', `x-request-id header is ${answer.requestId ?? 'missing'}`);
    if (typeof envelope.timestamp !== 'string' || !ISO_INSTANT.test(envelope.timestamp)) fail('envelope values', `timestamp ${String(envelope.timestamp)}`);
    if (answer.status === 400 && !namesAField(envelope, request)) fail('400 names no field', String(envelope.message));
    return violations;
  }

  /**
   * A refused token is a 401, unless the request was refused before authentication (the body
   * parser's errors, a path that cannot be decoded); an accepted one never is; viewers do not write.
   */
  private checkAuth(request: FuzzRequest, sentPath: string, status: number, fail: (rule: Violation['rule'], message: string) => void): void {
    const { operation, token } = request;
    if (!operation.secured) return;
    const refusedFirst =
      (BODY_LEVEL_MUTATIONS.has(request.mutation) && [400, 413, 415].includes(status)) || (status === 400 && !decodable(sentPath));
    if (!isAcceptedToken(token) && ![401, 429].includes(status) && !refusedFirst) fail('refused token let through', `token ${token} got ${status}`);
    if (isAcceptedToken(token) && status === 401) fail('accepted token refused', `${token} token got 401`);
    if (token === 'viewer' && operation.method !== 'GET' && status < 300) fail('viewer wrote', `viewer got ${status}`);
  }
}

/**
 * Whether a 400 says what it is about: details whose messages name their fields, or a
 * message naming one of the operation's parameters or body fields; about the body as a
 * whole (malformed, too deep), only when the body as a whole was what was wrong.
 */
function namesAField(envelope: Envelope, request: FuzzRequest): boolean {
  const message = String(envelope.message);
  const details = envelope.details ?? [];
  if (details.length > 0) return details.every((d) => d.field !== '' && d.message.includes(d.field));
  const names = [...request.operation.parameters.map((p) => p.name), ...propertyNames(request.operation.body?.schema)];
  if (names.some((name) => message.includes(name))) return true;
  return BODY_LEVEL_MUTATIONS.has(request.mutation) && /\bbody\b/i.test(message);
}

function propertyNames(schema: Schema | undefined): string[] {
  if (schema === undefined) return [];
  return [...Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [name, ...propertyNames(property)]), ...propertyNames(schema.items)];
}

/** The schema with every object closed to properties it does not list. */
function closed(schema: Schema): Schema {
  return {
    ...schema,
    ...(schema.items === undefined ? {} : { items: closed(schema.items) }),
    ...(schema.properties === undefined
      ? {}
      : {
          properties: Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, closed(property)])),
          additionalProperties: false,
        }),
  };
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
