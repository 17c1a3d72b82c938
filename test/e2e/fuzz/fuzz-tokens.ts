import fc from 'fast-check';
import { epochSeconds, signToken, signRawPayload, unsignedToken } from '../../support/raw-tokens.js';
import { tokenFor } from '../../support/tokens.js';

/** The callers the fuzzer sends as; a single role as a string is accepted as identity providers send it. */
const ACCEPTED = ['admin', 'viewer', 'role-as-string'] as const;
const REFUSED = [
  'none',
  'garbage',
  'expired',
  'wrong-secret',
  'alg-none',
  'no-expiry',
  'payload-null',
  'payload-string',
  'payload-array',
  'org-nul',
  'sub-nul',
  'org-not-string',
  'empty-bearer',
  'basic-scheme',
] as const;

export type TokenKind = (typeof ACCEPTED)[number] | (typeof REFUSED)[number];

export const isAcceptedToken = (kind: TokenKind): boolean => (ACCEPTED as readonly string[]).includes(kind);

/** Mostly the test organization's admin, as the deep code paths need; now and then anyone else. */
export const tokenKinds: fc.Arbitrary<TokenKind> = fc.oneof(
  { arbitrary: fc.constant<TokenKind>('admin'), weight: 85 },
  { arbitrary: fc.constantFrom<TokenKind>('viewer', 'role-as-string'), weight: 5 },
  { arbitrary: fc.constantFrom<TokenKind>(...REFUSED), weight: 10 },
);

/** The token the fuzzed app serves GET /metrics with. */
export const FUZZ_METRICS_TOKEN = 'fuzz-metrics-token-7c2e9b';

/**
 * The Authorization header for a caller of this organization (undefined: none sent); for
 * the metrics route an accepted caller sends the metrics token (the refused ones, the same).
 */
export function authorizationFor(kind: TokenKind, organizationId: string, scheme: 'jwt' | 'metrics' = 'jwt'): string | undefined {
  if (scheme === 'metrics' && isAcceptedToken(kind)) return `Bearer ${FUZZ_METRICS_TOKEN}`;
  const claims = { org: organizationId, roles: ['admin'], sub: `fuzz:${organizationId}`, exp: epochSeconds(600) };
  const bearer = (token: string): string => `Bearer ${token}`;
  switch (kind) {
    case 'admin':
    case 'viewer':
      return bearer(tokenFor(organizationId, kind));
    case 'none':
      return undefined;
    case 'garbage':
      return bearer('not.a-jwt.\u00e9%00');
    case 'expired':
      return bearer(signToken({ ...claims, exp: epochSeconds(-60) }));
    case 'wrong-secret':
      return bearer(signToken(claims, { secret: 'another-secret-that-is-long-enough-for-hs256' }));
    case 'alg-none':
      return bearer(unsignedToken(claims));
    case 'no-expiry':
      return bearer(signToken({ org: organizationId, roles: ['admin'], sub: 'fuzz' }));
    case 'payload-null':
      return bearer(signRawPayload('null'));
    case 'payload-string':
      return bearer(signRawPayload(JSON.stringify(organizationId)));
    case 'payload-array':
      return bearer(signRawPayload(JSON.stringify([claims])));
    case 'org-nul':
      return bearer(signToken({ ...claims, org: `${organizationId}\u0000` }));
    case 'sub-nul':
      return bearer(signToken({ ...claims, sub: 'fuzz\u0000admin' }));
    case 'org-not-string':
      return bearer(signToken({ ...claims, org: { id: organizationId } }));
    case 'role-as-string':
      return bearer(signToken({ ...claims, roles: 'admin' }));
    case 'empty-bearer':
      return 'Bearer ';
    case 'basic-scheme':
      return `Basic ${Buffer.from('admin:admin').toString('base64')}`;
  }
}
