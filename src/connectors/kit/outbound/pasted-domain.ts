import { ConnectorError } from '../../../sync-contract/connector-error.js';
import type { OutboundPolicy } from './outbound-policy.js';

/** `[Hh][Tt]…`: field patterns are plain regular expressions, with no flags, and hosts and schemes are case-insensitive. */
export const anyCase = (text: string): string => text.replace(/[a-z]/g, (letter) => `[${letter.toUpperCase()}${letter}]`);

const LOOPBACK_HOST = `(?:127\\.0\\.0\\.1|${anyCase('localhost')}|\\[::1\\]):\\d{1,5}`;
/** What may follow the domain in a pasted address: a path, a query or a fragment (`/admin`, `/?x=1`, `#top`), nothing else (no port, no `@`, no further label). */
const REST = '(?:[\\/?#]\\S*)?';

/** Where a connector sends its requests: https, or http to a loopback fake when the policy allows one. */
export interface PastedEndpoint {
  host: string;
  protocol: 'https:' | 'http:';
}

/**
 * A field naming a service's domain, as admins paste it (`https://Acme.example.com/admin/`),
 * for a service whose hosts match `host` (a pattern source, case-insensitive by itself):
 * the field's pattern, and the reduction of a value to the bare lower-case host. Loopback
 * fakes (over http) fit only when the outbound policy allows loopback, which is decided
 * here for every connector, not by one.
 */
export function pastedDomain(host: string, field: string, description: string) {
  const patternFor = (allowLoopback: boolean): string =>
    allowLoopback
      ? `^\\s*(?:${anyCase('http')}[Ss]?://)?(?:${host}|${LOOPBACK_HOST})${REST}\\s*$`
      : `^\\s*(?:${anyCase('https')}://)?${host}${REST}\\s*$`;
  const patterns = { true: new RegExp(patternFor(true)), false: new RegExp(patternFor(false)) };
  const service = new RegExp(`^${host}$`);
  return {
    description,
    /** The field's pattern (valid in the `v` mode of HTML's pattern attribute too). */
    pattern: (policy: Pick<OutboundPolicy, 'allowLoopback'>): string => patternFor(policy.allowLoopback),
    /** The host a value names; a config error naming the field if it does not fit. */
    endpoint(input: unknown, policy: Pick<OutboundPolicy, 'allowLoopback'>): PastedEndpoint {
      if (typeof input !== 'string') throw new ConnectorError('config', `${field} is missing`, false);
      if (!patterns[`${policy.allowLoopback}`].test(input)) throw new ConnectorError('config', `${field} must be ${description}`, false);
      const bare = input
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/[/?#].*$/s, '')
        .toLowerCase();
      return { host: bare, protocol: service.test(bare) ? 'https:' : 'http:' };
    },
  };
}
