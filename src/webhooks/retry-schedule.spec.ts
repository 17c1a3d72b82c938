import { describe, expect, it } from '@jest/globals';
import { nextAttemptAt } from './retry-schedule.js';

describe('nextAttemptAt', () => {
  const created = new Date('2026-12-01T00:00:00Z');
  const schedule = { baseMs: 30_000, windowMs: 3_600_000 };

  it('doubles the delay after each attempt', () => {
    const delays = [1, 2, 3, 4].map((attempts) => (nextAttemptAt(created, attempts, created, schedule)?.getTime() ?? 0) - created.getTime());
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('gives up once the next attempt would fall after the window', () => {
    const late = new Date(created.getTime() + 3_500_000);
    expect(nextAttemptAt(created, 3, late, schedule)).toBeNull();
    expect(nextAttemptAt(created, 1, late, schedule)).toEqual(new Date(late.getTime() + 30_000));
  });

  it('stays finite for any attempt count', () => {
    expect(nextAttemptAt(created, 10_000, created, { baseMs: 1, windowMs: Number.MAX_SAFE_INTEGER })).not.toBeNull();
  });
});
