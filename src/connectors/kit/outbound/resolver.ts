import { lookup } from 'node:dns/promises';

/** One answer of a name's resolution. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a name resolves to; rejects with the DNS error (`code` ENOTFOUND...) otherwise. */
export type Resolver = (name: string) => Promise<ResolvedAddress[]>;

/** The resolver the outbound policy uses: a provider, so tests point names at test answers. */
export const OUTBOUND_RESOLVER = Symbol('OUTBOUND_RESOLVER');

/** The system's resolver (getaddrinfo, as node's clients use it), every answer. */
export const systemResolver: Resolver = (name) => lookup(name, { all: true, verbatim: true });
