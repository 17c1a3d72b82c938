import { describe, expect, it } from '@jest/globals';
import { CostBucket } from './cost-bucket.js';

describe('CostBucket', () => {
  it('knows nothing before the first reply, then waits until a query fits at the restore rate', () => {
    let now = 0;
    const bucket = new CostBucket(() => now);
    expect(bucket.waitFor(500)).toBe(0);
    bucket.observe({ maximumAvailable: 1000, currentlyAvailable: 100, restoreRate: 50 });
    expect(bucket.waitFor(100)).toBe(0);
    expect(bucket.waitFor(600)).toBe(10_000);
    now = 4_000;
    expect(bucket.available()).toBe(300);
    expect(bucket.waitFor(600)).toBe(6_000);
    bucket.spend(300);
    expect(bucket.waitFor(100)).toBe(2_000);
    now = 100_000;
    expect(bucket.available()).toBe(1000);
  });

  it('takes a cost once it fits, waiting on the clock', async () => {
    let now = 0;
    const waits: number[] = [];
    const bucket = new CostBucket(
      () => now,
      (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    );
    bucket.observe({ maximumAvailable: 100, currentlyAvailable: 10, restoreRate: 10 });
    await bucket.take(30, new AbortController().signal);
    expect(waits).toEqual([2_000]);
    expect(bucket.available()).toBe(0);
  });
});
