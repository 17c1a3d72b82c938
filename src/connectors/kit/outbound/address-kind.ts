import ipaddr from 'ipaddr.js';

/** What an IP address is, as far as reaching it from this service goes. */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'unspecified'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'carrier-grade NAT'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved';

/** The cloud metadata services (AWS, GCP, Azure on IPv4; AWS on IPv6). */
const METADATA = ['169.254.169.254', 'fd00:ec2::254'];

const IPV4_KINDS: Record<string, AddressKind> = {
  unicast: 'public',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private',
};

const IPV6_KINDS: Record<string, AddressKind> = {
  unicast: 'public',
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private',
};

/**
 * The kind of an IP address (any form ipaddr.js parses: dotted IPv4, IPv6 with or without
 * embedded IPv4). IPv6 forms that carry an IPv4 address (mapped `::ffff:a.b.c.d`,
 * compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are the kind of that
 * address. Anything that is not an address, and every range ipaddr.js names but this
 * does not (documentation, benchmarking, 6to4 relays...), is `reserved`: refused.
 */
export function addressKind(address: string): AddressKind {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return 'reserved';
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv4') return ipv4Kind(parsed as ipaddr.IPv4);
  const v6 = parsed as ipaddr.IPv6;
  const embedded = embeddedIpv4(v6);
  if (embedded !== null) return ipv4Kind(embedded);
  if (METADATA.includes(v6.toString())) return 'metadata';
  return IPV6_KINDS[v6.range()] ?? 'reserved';
}

function ipv4Kind(address: ipaddr.IPv4): AddressKind {
  if (METADATA.includes(address.toString())) return 'metadata';
  return IPV4_KINDS[address.range()] ?? 'reserved';
}

/** The IPv4 address an IPv6 address stands for, when it is one of the forms that embed one. */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const last32 = (): ipaddr.IPv4 =>
    new ipaddr.IPv4([(parts[6] ?? 0) >> 8, (parts[6] ?? 0) & 0xff, (parts[7] ?? 0) >> 8, (parts[7] ?? 0) & 0xff]);
  const range = address.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return last32();
  // NAT64, well-known prefix (RFC 6052): the address in the last 32 bits.
  if (range === 'rfc6052' && parts[2] === 0) return last32();
  // 6to4 (RFC 3056): 2002:AABB:CCDD::/48 stands for AA.BB.CC.DD.
  if (range === '6to4') return new ipaddr.IPv4([(parts[1] ?? 0) >> 8, (parts[1] ?? 0) & 0xff, (parts[2] ?? 0) >> 8, (parts[2] ?? 0) & 0xff]);
  // IPv4-compatible (deprecated, ::a.b.c.d): the first 96 bits zero, and not :: or ::1.
  if (parts.slice(0, 6).every((p) => p === 0) && ((parts[6] ?? 0) !== 0 || (parts[7] ?? 0) > 1)) return last32();
  return null;
}

/** `is a private address`, `resolves to a link-local address`. */
export function kindPhrase(kind: AddressKind): string {
  if (kind === 'metadata') return 'the cloud metadata address';
  return `${/^(?:[aeio]|uns)/.test(kind) ? 'an' : 'a'} ${kind} address`;
}
