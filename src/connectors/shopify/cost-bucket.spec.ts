import { describe, expect, it } from '@jest/globals';
import { CostBucket } from './cost-bucket.js';
import { ordersCost, ordersPageSize, variantsCost, VARIANTS_PAGE } from './shopify-queries.js';

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
});

describe('query cost sizing', () => {
  it('keeps every query under Shopify’s 1,000-point ceiling, and fills it reasonably', () => {
    for (const lines of [1, 5, 10, 25]) {
      const first = ordersPageSize(lines);
      expect(ordersCost(first, lines)).toBeLessThanOrEqual(900);
      expect(ordersCost(first + 1, lines)).toBeGreaterThan(900);
    }
    // connectors.md: an order with a 10-line nested page is ~45 points, ~20 orders a page.
    expect(ordersPageSize(10)).toBe(19);
    expect(variantsCost(VARIANTS_PAGE)).toBeLessThanOrEqual(900);
  });
});
