import type { ResolvedAddress, Resolver } from '../../src/connectors/kit/outbound/resolver.js';

/**
 * A resolver with test answers instead of the network, for the outbound policy of a test
 * app: `answers` can be changed between requests (a name that moves to a private address).
 * Names it does not know do not exist (ENOTFOUND).
 */
export function testResolver(initial: Record<string, string[]> = {}): { resolver: Resolver; answers: Map<string, string[]> } {
  const answers = new Map(Object.entries(initial));
  const resolver: Resolver = (name) => {
    const addresses = answers.get(name.toLowerCase());
    if (addresses === undefined) return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' }));
    return Promise.resolve(addresses.map((address): ResolvedAddress => ({ address, family: address.includes(':') ? 6 : 4 })));
  };
  return { resolver, answers };
}
