import { describe, expect, it } from '@jest/globals';
import { checkRecords } from './record-check.js';

const order = {
  externalId: 'o-1',
  status: 'paid',
  orderedAt: '2026-11-01T10:00:00+01:00',
  currency: 'USD',
  totalAmount: '19.50',
  lines: [{ externalId: 'l-1', skuExternalId: 'v-1', quantity: '2', unitPrice: '9.75' }],
};

describe('checkRecords', () => {
  it('passes records of the contract, optional fields absent or null', () => {
    const records = [order, { ...order, externalId: 'o-2', cancelledAt: null, refundedAmount: '0', countsAsSale: false, orderedAt: '2026-11-01T10:00:00.123Z' }];
    expect(checkRecords('sales_orders', records)).toEqual({ valid: records, refused: [] });
  });

  it.each([
    [{ ...order, externalId: ' ' }, 'externalId must not be empty'],
    [{ ...order, totalAmount: 19.5 }, 'totalAmount must be a decimal string (e.g. "2.50"), not a number'],
    [{ ...order, totalAmount: '12345678901234567' }, 'totalAmount must be a decimal string with at most 16 digits before the point (e.g. "2.50")'],
    [{ ...order, orderedAt: '2026-11-01 10:00:00' }, 'orderedAt must be an ISO 8601 instant with an offset (e.g. "2026-11-01T10:00:00Z")'],
    [{ ...order, orderedAt: '2026-13-45T10:00:00Z' }, 'orderedAt must be an ISO 8601 instant with an offset (e.g. "2026-11-01T10:00:00Z")'],
    [{ ...order, currency: 'US' }, 'currency must be a three-letter ISO 4217 code (e.g. "USD")'],
    [{ ...order, countsAsSale: 'yes' }, 'countsAsSale must be true or false'],
    [{ ...order, status: undefined }, 'status is required'],
    [{ ...order, lines: null }, 'lines must be a list'],
    [{ ...order, lines: [{ ...order.lines[0], skuExternalId: 'a\u0000b' }] }, 'lines[0].skuExternalId must not contain NUL characters'],
  ])('refuses %j: %s', (record, reason) => {
    const { valid, refused } = checkRecords('sales_orders', [order, record]);
    expect(valid).toEqual([order]);
    expect(refused).toEqual([{ externalId: typeof record.externalId === 'string' ? record.externalId : '', reason }]);
  });

  it('checks each capability by its own shape (dates, periods)', () => {
    const history = { skuExternalId: 'v-1', periodStart: '2026-02-30', periodLength: 'week', quantity: '1', revenue: '2', currency: 'EUR' };
    expect(checkRecords('sales_history', [history]).refused).toEqual([{ externalId: 'v-1', reason: 'periodStart must be a calendar date (e.g. "2026-11-01")' }]);
    expect(checkRecords('sales_history', [{ ...history, periodStart: '2026-02-28', periodLength: 'year' }]).refused).toEqual([
      { externalId: 'v-1', reason: 'periodLength must be one of day, week, month' },
    ]);
    expect(checkRecords('products', [{ externalId: 'v-1', sku: null, name: 'A' }, 'not a record']).refused).toEqual([{ externalId: '', reason: 'the record must be an object' }]);
  });
});
