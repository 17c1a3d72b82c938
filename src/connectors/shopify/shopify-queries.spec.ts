import { describe, expect, it } from '@jest/globals';
import { ordersCost, ordersPageSize, variantsCost, VARIANTS_PAGE } from './shopify-queries.js';

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
