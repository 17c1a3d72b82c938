import { describe, expect, it } from '@jest/globals';
import { TokenBucket } from './token-bucket.js';

function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    waits,
  };
}

describe('TokenBucket', () => {
  const signal = new AbortController().signal;

  it('lets a burst through, then paces to the rate', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ perSecond: 10, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 10; i += 1) await bucket.take(signal);
    expect(clock.waits).toEqual([]);
    await bucket.take(signal);
    await bucket.take(signal);
    expect(clock.waits).toEqual([100, 100]);
    expect(clock.now()).toBe(200);
  });

  it('refills over time up to the burst, never beyond', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ perSecond: 2, burst: 4, now: clock.now, sleep: clock.sleep });
    expect(bucket.available()).toBe(4);
    void clock.sleep(60_000);
    expect(bucket.available()).toBe(4);
    expect(bucket.waitFor(1)).toBe(0);
  });

  it('waits for a whole bucket when a cost is above the burst', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ perSecond: 1, burst: 2, now: clock.now, sleep: clock.sleep });
    await bucket.take(signal, 2);
    expect(bucket.waitFor(5)).toBe(2_000);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new TokenBucket({ perSecond: 0 })).toThrow(RangeError);
  });
});
