import type { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { anyCase, type PastedEndpoint, pastedDomain } from '../kit/outbound/pasted-domain.js';

export const STORE_DOMAIN_DESCRIPTION = 'a domain ending in .myshopify.com, e.g. your-store.myshopify.com';

/**
 * The store domain: a domain ending in .myshopify.com, in any case, optionally after
 * `https://` and before a path, query or fragment. The server calls this host with the
 * store's token, so nothing else is accepted; where the name resolves is the outbound
 * policy's business, at each connection.
 */
const STORE_DOMAIN = pastedDomain(`[A-Za-z0-9][A-Za-z0-9\\-]*\\.${anyCase('myshopify')}\\.${anyCase('com')}`, 'credentials.storeDomain', STORE_DOMAIN_DESCRIPTION);

/** Where the connector sends a store's requests. */
export type StoreEndpoint = PastedEndpoint;

/** The store domain field's pattern: exactly what storeEndpoint() accepts. */
export const storeDomainPattern = (policy: Pick<OutboundPolicy, 'allowLoopback'>): string => STORE_DOMAIN.pattern(policy);

/** The store domain as admins type it (`https://Acme.myshopify.com/admin/`) reduced to `acme.myshopify.com`. */
export const storeEndpoint = (input: unknown, policy: Pick<OutboundPolicy, 'allowLoopback'>): StoreEndpoint => STORE_DOMAIN.endpoint(input, policy);
