import type { OutboundPolicy } from '../outbound/outbound-policy.js';

/** Where a non-HTTP client (PostgreSQL's for Redshift) connects: the checked address, and the name for TLS. */
export interface PublicEndpoint {
  /** The address to connect to: the client must use it, not resolve the name again (DNS rebinding). */
  address: string;
  family: number;
  port: number;
  /** The name as given, for TLS (SNI and certificate checks). */
  servername: string;
}

/**
 * Resolves a host field through the outbound policy before a non-HTTP connection: a config
 * error naming the field when it is (or resolves to) a refused address, or does not resolve.
 */
export async function connectPublic(policy: OutboundPolicy, host: string, port: number, field = 'credentials.host'): Promise<PublicEndpoint> {
  const { address, family } = await policy.resolvePublic(host, field);
  return { address, family, port, servername: host };
}
