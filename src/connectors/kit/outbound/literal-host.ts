import ipaddr from 'ipaddr.js';

/** A host as the connection will use it: an IP address, or a name to resolve. */
export type NormalHost = { kind: 'address'; address: string } | { kind: 'name'; name: string };

/** Letters, digits, dots and hyphens (a name or an IPv4 form), or an IPv6 literal, bracketed or not. */
const HOST_CHARACTERS = /^(?:[A-Za-z0-9.-]+|\[?[0-9A-Fa-f:.]+\]?)$/;

/**
 * A host field's value as the clients will read it: `2130706433`, `0x7f000001`, `0177.1`
 * and `127.1` are all 127.0.0.1 to getaddrinfo and to the WHATWG URL parser, so the
 * address is worked out the way the URL parser does, and checked in that form. Null
 * when it is no host at all (a port, a path, a user name, spaces...).
 */
export function normalHost(input: string): NormalHost | null {
  if (input.length === 0 || input.length > 253 || !HOST_CHARACTERS.test(input)) return null;
  if (input.includes(':')) {
    const bare = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
    return ipaddr.IPv6.isValid(bare) ? { kind: 'address', address: ipaddr.IPv6.parse(bare).toString() } : null;
  }
  if (input.includes('[') || input.includes(']')) return null;
  let hostname: string;
  try {
    hostname = new URL(`https://${input}/`).hostname;
  } catch {
    // `999.1.1.1`, `1.2.3.4.5` with a numeric last label...: not a host the parser accepts.
    return null;
  }
  return hostFromUrl(hostname);
}

/** A URL's `hostname` (already normalised by the URL parser) as a host. */
export function hostFromUrl(hostname: string): NormalHost {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  const name = bare.toLowerCase().replace(/\.$/, '');
  return ipaddr.isValid(name) && (name.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(name))
    ? { kind: 'address', address: ipaddr.parse(name).toString() }
    : { kind: 'name', name };
}

/** `localhost` and its subdomains are loopback whatever a resolver says (RFC 6761). */
export const isLocalhostName = (name: string): boolean => name === 'localhost' || name.endsWith('.localhost');
