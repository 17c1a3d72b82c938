import { ConnectorError } from '../connector-error.js';

const MYSHOPIFY = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

/** Where the connector sends a store's requests. */
export interface StoreEndpoint {
  host: string;
  /** https for Shopify; http only for a loopback fake (tests). */
  protocol: 'https:' | 'http:';
}

/**
 * The store domain as admins type it (`https://Acme.myshopify.com/admin/`) reduced to
 * `acme.myshopify.com`. The server calls this host with the store's token, so nothing
 * else is accepted; a loopback host only when the test-only setting allows it.
 */
export function storeEndpoint(input: unknown, allowLoopback: boolean): StoreEndpoint {
  if (typeof input !== 'string') throw new ConnectorError('config', 'credentials.storeDomain is missing', false);
  const host = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .toLowerCase();
  if (MYSHOPIFY.test(host)) return { host, protocol: 'https:' };
  if (allowLoopback && LOOPBACK.test(host)) return { host, protocol: 'http:' };
  throw new ConnectorError('config', 'credentials.storeDomain must be a domain ending in .myshopify.com, e.g. your-store.myshopify.com', false);
}
