import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from './test-config.js';

/** Seconds since the epoch, as JWT `exp` and `iat` claims count. */
export const epochSeconds = (offsetSeconds = 0): number => Math.floor(Date.now() / 1000) + offsetSeconds;

/**
 * A token signed with exactly these claims and options: unlike tokenFor, nothing is
 * added (no `exp`, `sub` or roles unless given), to build tokens the service must refuse.
 */
export function signToken(
  claims: Record<string, unknown>,
  options: { algorithm?: jwt.Algorithm; secret?: string } = {},
): string {
  return jwt.sign(claims, options.secret ?? TEST_JWT_SECRET, { algorithm: options.algorithm ?? 'HS256', noTimestamp: true });
}

/** An unsigned token (`alg: none`), as an attacker would forge one. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/**
 * A correctly signed HS256 token whose payload is exactly this JSON text (`null`, a string,
 * an array...), which jsonwebtoken's sign() refuses to produce.
 */
export function signRawPayload(payloadJson: string, secret = TEST_JWT_SECRET): string {
  const part = (text: string): string => Buffer.from(text).toString('base64url');
  const unsigned = `${part(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${part(payloadJson)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
