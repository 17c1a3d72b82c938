import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SalesOrderRecord } from '../../../src/tether/records/sales-order.record.js';
import { sinkHarness, type SinkHarness } from '../../support/sink-harness.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const order = (n: number, overrides: Partial<SalesOrderRecord> = {}): SalesOrderRecord => ({
  externalId: `order-${n}`,
  orderNumber: `#${1000 + n}`,
  channelExternalId: 'web',
  status: 'paid',
  orderedAt: '2026-11-01T10:00:00Z',
  currency: 'USD',
  totalAmount: '30.00',
  lines: [
    { externalId: `order-${n}-1`, skuExternalId: 'variant-a', quantity: '1', unitPrice: '10.00' },
    { externalId: `order-${n}-2`, skuExternalId: 'variant-b', quantity: '2', unitPrice: '10.00' },
  ],
  ...overrides,
});

describe('sales orders sink', () => {
  let t: TestApp;
  let h: SinkHarness;
  beforeAll(async () => {
    t = await startTestApp();
    h = await sinkHarness(t);
    await h.write('channels', [{ externalId: 'web', code: 'WEB', name: 'Web store' }]);
    await h.write('products', [
      { externalId: 'variant-a', sku: 'A', name: 'Product A' },
      { externalId: 'variant-b', sku: 'B', name: 'Product B' },
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates, then reports unchanged, then updated', async () => {
    const page = [order(1), order(2)];
    expect(await h.write('sales_orders', page)).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0, invalid: 0, unmapped: [] });
    expect(await h.write('sales_orders', page)).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 0, invalid: 0, unmapped: [] });
    const changedLine = order(2);
    changedLine.lines[0] = { externalId: 'order-2-1', skuExternalId: 'variant-a', quantity: '5', unitPrice: '10.00' };
    expect(await h.write('sales_orders', [order(1, { status: 'cancelled' }), changedLine])).toMatchObject({ updated: 2, unchanged: 0 });
    const lines = await h.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sales_order_lines WHERE organization_id = $1',
      [h.organizationId],
    );
    expect(lines[0]?.n).toBe(4);
  });

  it('skips unmapped SKU lines and unmapped channels, reporting them by external id', async () => {
    const result = await h.write('sales_orders', [
      order(10, { lines: [{ externalId: 'x', skuExternalId: 'variant-zzz', quantity: '1', unitPrice: '1' }] }),
      order(11, { channelExternalId: 'marketplace' }),
    ]);
    expect(result).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      invalid: 0,
      unmapped: [
        { kind: 'channel', externalId: 'marketplace', count: 1 },
        { kind: 'sku', externalId: 'variant-zzz', count: 1 },
      ],
    });
  });

  it('dry run counts the same and writes nothing', async () => {
    const dry = await h.write('sales_orders', [order(20)], { dryRun: true });
    expect(dry).toMatchObject({ created: 1 });
    const rows = await h.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sales_orders WHERE organization_id = $1 AND external_id = 'order-20'`,
      [h.organizationId],
    );
    expect(rows[0]?.n).toBe(0);
  });
});
