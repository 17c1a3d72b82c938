import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { OutboundPolicy } from '../kit/outbound/outbound-policy.js';

/** `[Hh][Tt]…`: field patterns are plain regular expressions, with no flags, and hosts and schemes are case-insensitive. */
const anyCase = (text: string): string => text.replace(/[a-z]/g, (letter) => `[${letter.toUpperCase()}${letter}]`);

const STORE = `[A-Za-z0-9][A-Za-z0-9\\-]*\\.${anyCase('myshopify')}\\.${anyCase('com')}`;
const LOOPBACK_HOST = `(?:127\\.0\\.0\\.1|${anyCase('localhost')}|\\[::1\\]):\\d{1,5}`;
/** What may follow the domain in a pasted address: a path, a query or a fragment (`/admin`, `/?x=1`, `#top`), nothing else (no port, no `@`, no further label). */
const REST = '(?:[\\/?#]\\S*)?';

/**
 * The store domain field's pattern: exactly what storeEndpoint() accepts. A domain ending in
 * .myshopify.com, in any case, optionally after `https://` and before a path, query or
 * fragment, with spaces around it; `http://` and a loopback host only when the outbound
 * policy allows loopback (tests). Valid in the `v` mode of HTML's pattern attribute too.
 */
export function storeDomainPattern(policy: Pick<OutboundPolicy, 'allowLoopback'>): string {
  return policy.allowLoopback
    ? `^\\s*(?:${anyCase('http')}[Ss]?://)?(?:${STORE}|${LOOPBACK_HOST})${REST}\\s*$`
    : `^\\s*(?:${anyCase('https')}://)?${STORE}${REST}\\s*$`;
}

export const STORE_DOMAIN_DESCRIPTION = 'a domain ending in .myshopify.com, e.g. your-store.myshopify.com';

const MYSHOPIFY = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;
const PATTERNS = {
  true: new RegExp(storeDomainPattern({ allowLoopback: true })),
  false: new RegExp(storeDomainPattern({ allowLoopback: false })),
};

/** Where the connector sends a store's requests. */
export interface StoreEndpoint {
  host: string;
  /** https for Shopify; http only for a loopback fake (tests). */
  protocol: 'https:' | 'http:';
}

/**
 * The store domain as admins type it (`https://Acme.myshopify.com/admin/`) reduced to
 * `acme.myshopify.com`. The server calls this host with the store's token, so nothing
 * else is accepted; a loopback host only when the outbound policy allows loopback. What it
 * accepts is the field's pattern, so a value the API took is one this can use. Where the
 * name resolves is the policy's lookup's business, at each connection.
 */
export function storeEndpoint(input: unknown, policy: Pick<OutboundPolicy, 'allowLoopback'>): StoreEndpoint {
  if (typeof input !== 'string') throw new ConnectorError('config', 'credentials.storeDomain is missing', false);
  if (!PATTERNS[`${policy.allowLoopback}`].test(input)) throw new ConnectorError('config', `credentials.storeDomain must be ${STORE_DOMAIN_DESCRIPTION}`, false);
  const host = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#].*$/s, '')
    .toLowerCase();
  return { host, protocol: MYSHOPIFY.test(host) ? 'https:' : 'http:' };
}
