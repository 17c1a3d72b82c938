import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Whether an Authorization header carries `Bearer <token>`, compared in constant time (the
 * digests have one length whatever was sent, so neither the length nor a prefix leaks).
 */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(authorization?.trim() ?? '');
  const sent = match?.[1] ?? '';
  return timingSafeEqual(digest(sent), digest(token));
}
