import type { AddressInfo } from 'node:net';

/**
 * What the service prints once listening: the address it really listens on (a wildcard
 * said as such), and a Swagger UI address that opens on this machine.
 */
export function listeningMessage({ address, family, port }: AddressInfo): string {
  const ipv6 = family === 'IPv6';
  const everyInterface = address === '0.0.0.0' || address === '::';
  const url = (host: string): string => `http://${ipv6 ? `[${host}]` : host}:${port}`;
  const local = everyInterface ? url(ipv6 ? '::1' : '127.0.0.1') : url(address);
  return `Tether Integrations listening on ${url(address)}${everyInterface ? ' (every interface)' : ''} (Swagger UI: ${local}/docs)`;
}
