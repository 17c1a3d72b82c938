import { describe, expect, it } from '@jest/globals';
import { rateLimitResetMs, retryAfterMs, waitHintMs } from './retry-after.js';

const now = Date.parse('2026-12-01T10:00:00Z');

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, capped', () => {
    expect(retryAfterMs('2', now, 30_000)).toBe(2_000);
    expect(retryAfterMs(['1.5'], now, 30_000)).toBe(1_500);
    expect(retryAfterMs('120', now, 30_000)).toBe(30_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:05 GMT', now, 30_000)).toBe(5_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', now, 30_000)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const header of [undefined, '', '-1', 'soon', '2026-13-45']) expect(retryAfterMs(header, now, 30_000)).toBeUndefined();
  });
});

describe('rateLimitResetMs', () => {
  it('reads x-ratelimit-reset (or x-rate-limit-reset) as epoch seconds, or small values as seconds from now', () => {
    expect(rateLimitResetMs({ 'x-ratelimit-reset': String(now / 1000 + 3) }, now, 30_000)).toBe(3_000);
    expect(rateLimitResetMs({ 'x-rate-limit-reset': String(now / 1000 - 3) }, now, 30_000)).toBe(0);
    expect(rateLimitResetMs({ 'x-ratelimit-reset': '4' }, now, 30_000)).toBe(4_000);
    expect(rateLimitResetMs({ 'x-ratelimit-reset': String(now / 1000 + 600) }, now, 30_000)).toBe(30_000);
    expect(rateLimitResetMs({}, now, 30_000)).toBeUndefined();
  });

  it('prefers Retry-After to the reset header', () => {
    expect(waitHintMs({ 'retry-after': '1', 'x-ratelimit-reset': '9' }, now, 30_000)).toBe(1_000);
    expect(waitHintMs({ 'x-ratelimit-reset': '9' }, now, 30_000)).toBe(9_000);
  });
});
