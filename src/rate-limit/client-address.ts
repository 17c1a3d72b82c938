import type { Request } from 'express';
import ipaddr from 'ipaddr.js';

/**
 * The address a request's budget is counted by: IPv4 as is (IPv4-mapped IPv6 included),
 * IPv6 by its /64, the smallest block one client is commonly given (so a client cannot
 * dodge the limit by hopping through its own block).
 */
export function clientAddress(request: Request): string {
  const raw = request.ip ?? request.socket.remoteAddress ?? 'unknown';
  if (!ipaddr.isValid(raw)) return raw;
  const address = ipaddr.process(raw);
  return address.kind() === 'ipv4' ? address.toString() : `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}
