import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SalesOrderRecord } from '../../../src/sync-contract/records/sales-order.record.js';
import { sinkHarness, type SinkHarness } from '../../support/sink-harness.js';
import {
  channel,
  mapSku,
  miss,
  product,
  result,
  salesOrder as order,
  scale4,
  seedCatalog,
  snapshot,
  unmappedRows,
} from '../../support/sink-records.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

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

  describe('in a fresh integration each', () => {
    type Row = Record<string, string | null>;
    const headers = (x: SinkHarness, withWrittenAt = false) =>
      x.query<Row>(
        `SELECT o.external_id, o.order_number, (SELECT code FROM channels c WHERE c.id = o.channel_id) AS channel, o.status,
           o.counts_as_sale::text AS counts_as_sale, o.refunded_amount::text AS refunded_amount,
           to_char(o.ordered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ordered_at,
           to_char(o.cancelled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS cancelled_at,
           o.currency, o.total_amount::text AS total_amount,
           to_char(o.source_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS source_updated_at
           ${withWrittenAt ? ', o.written_at::text AS written_at' : ''}
         FROM sales_orders o WHERE o.organization_id = $1 AND o.integration_id = $2 ORDER BY o.external_id`,
        [x.organizationId, x.integrationId],
      );
    const lines = (x: SinkHarness, withWrittenAt = false) =>
      x.query<Row>(
        `SELECT l.order_external_id, l.external_id, (SELECT code FROM skus s WHERE s.id = l.sku_id) AS sku,
           l.quantity::text AS quantity, l.ordered_quantity::text AS ordered_quantity, l.unit_price::text AS unit_price, l.currency
           ${withWrittenAt ? ', l.written_at::text AS written_at' : ''}
         FROM sales_order_lines l WHERE l.organization_id = $1 AND l.integration_id = $2 ORDER BY l.order_external_id, l.external_id`,
        [x.organizationId, x.integrationId],
      );
    const SKU_CODE: Record<string, string> = { 'variant-a': 'A', 'variant-b': 'B', 'variant-c': 'C' };
    const headerRow = (o: SalesOrderRecord, channelCode = 'WEB'): Row => ({
      external_id: o.externalId,
      order_number: o.orderNumber ?? null,
      channel: channelCode,
      status: o.status,
      counts_as_sale: String(o.countsAsSale ?? true),
      refunded_amount: o.refundedAmount == null ? null : scale4(o.refundedAmount),
      ordered_at: o.orderedAt,
      cancelled_at: o.cancelledAt ?? null,
      currency: o.currency,
      total_amount: scale4(o.totalAmount),
      source_updated_at: o.sourceUpdatedAt ?? null,
    });
    const lineRows = (o: SalesOrderRecord): Row[] =>
      o.lines.map((l) => ({
        order_external_id: o.externalId,
        external_id: l.externalId,
        sku: SKU_CODE[l.skuExternalId] ?? `unknown ${l.skuExternalId}`,
        quantity: scale4(l.quantity),
        ordered_quantity: l.orderedQuantity == null ? null : scale4(l.orderedQuantity),
        unit_price: scale4(l.unitPrice),
        currency: o.currency,
      }));
    const seeded = async () => {
      const x = await sinkHarness(t);
      return { x, catalog: await seedCatalog(x) };
    };

    it('stores headers and lines exactly; the same page touches nothing; a change updates only its rows', async () => {
      const { x } = await seeded();
      const page = [order(1), order(2), order(3)];
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 3 }));
      expect(await headers(x)).toEqual(page.map((o) => headerRow(o)));
      expect(await lines(x)).toEqual(page.flatMap(lineRows));

      const all = await snapshot(x);
      const [headersBefore, linesBefore] = [await headers(x, true), await lines(x, true)];
      expect(await x.write('sales_orders', page)).toEqual(result({ unchanged: 3 }));
      expect(await snapshot(x)).toEqual(all);

      // order-1: header only; order-2: one line only; order-3 as it was.
      const base2 = order(2);
      const changed = [
        order(1, { status: 'cancelled', cancelledAt: '2026-11-05T12:00:00Z' }),
        { ...base2, lines: [base2.lines[0], { ...base2.lines[1], quantity: '3' }] } as SalesOrderRecord,
        order(3),
      ];
      expect(await x.write('sales_orders', changed)).toEqual(result({ updated: 2, unchanged: 1 }));
      expect(await headers(x)).toEqual(changed.map((o) => headerRow(o)));
      expect(await lines(x)).toEqual(changed.flatMap(lineRows));
      const [headersAfter, linesAfter] = [await headers(x, true), await lines(x, true)];
      expect(headersAfter[0]?.written_at).not.toEqual(headersBefore[0]?.written_at);
      expect(headersAfter.slice(1)).toEqual(headersBefore.slice(1));
      // Lines by (order, line): 1-1 1-2 2-1 2-2 3-1 3-2; only 2-2 changed.
      expect(linesAfter.map((l, i) => l.written_at === linesBefore[i]?.written_at)).toEqual([true, true, true, false, true, true]);
    });

    it('updates an order whose only change is what counts: no longer a sale, a refund, units refunded', async () => {
      const { x } = await seeded();
      const page = [order(1), order(2), order(3)];
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 3 }));
      const base3 = order(3);
      const changed = [
        order(1, { countsAsSale: false }),
        order(2, { refundedAmount: '4.25' }),
        { ...base3, lines: [{ ...base3.lines[0], orderedQuantity: '9' }, base3.lines[1]] } as SalesOrderRecord,
      ];
      expect(await x.write('sales_orders', changed)).toEqual(result({ updated: 3 }));
      expect(await headers(x)).toEqual(changed.map((o) => headerRow(o)));
      expect(await lines(x)).toEqual(changed.flatMap(lineRows));
      expect(await x.write('sales_orders', changed)).toEqual(result({ unchanged: 3 }));
    });

    it('deletes the lines an order no longer has, and updates a line moved to another SKU', async () => {
      const { x } = await seeded();
      const full = order(1);
      expect(await x.write('sales_orders', [full, order(2)])).toEqual(result({ created: 2 }));
      const shorter = { ...full, lines: [full.lines[1]] } as SalesOrderRecord;
      expect(await x.write('sales_orders', [shorter, order(2)])).toEqual(result({ updated: 1, unchanged: 1 }));
      expect(await lines(x)).toEqual([...lineRows(shorter), ...lineRows(order(2))]);
      const moved = { ...full, lines: [{ ...full.lines[1], skuExternalId: 'variant-c' }] } as SalesOrderRecord;
      expect(await x.write('sales_orders', [moved])).toEqual(result({ updated: 1 }));
      expect(await lines(x)).toEqual([...lineRows(moved), ...lineRows(order(2))]);
      const none = { ...full, lines: [] };
      expect(await x.write('sales_orders', [none])).toEqual(result({ updated: 1 }));
      expect(await lines(x)).toEqual(lineRows(order(2)));
      expect(await headers(x)).toEqual([headerRow(full), headerRow(order(2))]);
    });

    it('keeps the header when a line’s SKU is unmapped, reports and accumulates it, and fills it in once mapped', async () => {
      const { x } = await seeded();
      const ghostLine = (o: number) => ({ externalId: `order-${o}-9`, skuExternalId: 'ghost-sku', quantity: '1', unitPrice: '5' });
      const page = [
        order(1, { lines: [...order(1).lines, ghostLine(1)] }),
        order(2, { lines: [ghostLine(2)] }),
        order(3),
      ];
      const misses = [miss('sku', 'ghost-sku', 2)];
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 3, unmapped: misses }));
      expect(await headers(x)).toEqual(page.map((o) => headerRow(o)));
      expect(await lines(x)).toEqual([...lineRows(order(1)), ...lineRows(order(3))]);
      const unmapped = (n: number) => [{ kind: 'sku', external_id: 'ghost-sku', occurrences: n, capability: 'sales_orders' }];
      expect(await unmappedRows(x)).toEqual(unmapped(2));

      expect(await x.write('sales_orders', page, { dryRun: true })).toEqual(result({ unchanged: 3, unmapped: misses }));
      expect(await unmappedRows(x)).toEqual(unmapped(2));
      expect(await x.write('sales_orders', page)).toEqual(result({ unchanged: 3, unmapped: misses }));
      expect(await unmappedRows(x)).toEqual(unmapped(4));

      expect(await x.write('products', [product('ghost-sku', 'G')])).toEqual(result({ created: 1 }));
      expect(await x.write('sales_orders', page)).toEqual(result({ updated: 2, unchanged: 1 }));
      const ghostRow = (o: number) => ({
        order_external_id: `order-${o}`,
        external_id: `order-${o}-9`,
        sku: 'G',
        quantity: '1.0000',
        ordered_quantity: null,
        unit_price: '5.0000',
        currency: 'USD',
      });
      expect(await lines(x)).toEqual([...lineRows(order(1)), ghostRow(1), ghostRow(2), ...lineRows(order(3))]);
      expect(await unmappedRows(x)).toEqual(unmapped(4));
    });

    it('skips a whole order on an unmapped channel, reports it, and stores it once the channel is synced', async () => {
      const { x } = await seeded();
      const page = [order(1), order(2, { channelExternalId: 'marketplace' }), order(3, { channelExternalId: 'marketplace' })];
      expect(await x.write('sales_orders', page)).toEqual(
        result({ created: 1, skipped: 2, unmapped: [miss('channel', 'marketplace', 2)] }),
      );
      expect(await headers(x)).toEqual([headerRow(order(1))]);
      expect(await lines(x)).toEqual(lineRows(order(1)));
      expect(await unmappedRows(x)).toEqual([{ kind: 'channel', external_id: 'marketplace', occurrences: 2, capability: 'sales_orders' }]);
      expect(await x.write('channels', [channel('marketplace', 'MKT')])).toEqual(result({ created: 1 }));
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 2, unchanged: 1 }));
      expect(await headers(x)).toEqual([headerRow(order(1)), headerRow(page[1] as SalesOrderRecord, 'MKT'), headerRow(page[2] as SalesOrderRecord, 'MKT')]);
      expect(await lines(x)).toEqual(page.flatMap(lineRows));
    });

    it('puts an order naming no channel on the default channel; without one it is invalid', async () => {
      const { x, catalog } = await seeded();
      const defaultChannelId = catalog.channelIds.store;
      const noChannel = order(1, { channelExternalId: null });
      expect(await x.write('sales_orders', [noChannel, order(2)], { defaultChannelId })).toEqual(result({ created: 2 }));
      expect(await headers(x)).toEqual([headerRow(noChannel, 'STORE'), headerRow(order(2))]);

      const all = await snapshot(x);
      const page = [noChannel, order(3, { channelExternalId: null })];
      // Named, with why: which order and which field (orders not stored yet come first).
      const reason = 'channelExternalId is empty and the integration has no default channel';
      const refused = [
        { externalId: 'order-3', reason },
        { externalId: 'order-1', reason },
      ];
      expect(await x.write('sales_orders', page, { dryRun: true })).toEqual({ ...result({ skipped: 2, invalid: 2 }), refused });
      expect(await x.write('sales_orders', page)).toEqual({ ...result({ skipped: 2, invalid: 2 }), refused });
      expect(await snapshot(x)).toEqual(all);
      expect(await x.write('sales_orders', page, { defaultChannelId })).toEqual(result({ created: 1, unchanged: 1 }));
    });

    it('keeps the last record of an order repeated in a page, with that record’s lines only', async () => {
      const { x } = await seeded();
      const first = order(1);
      const last = order(1, { status: 'partially_refunded', lines: [{ ...first.lines[1], quantity: '1' } as SalesOrderRecord['lines'][number]] });
      expect(await x.write('sales_orders', [first, order(2), last])).toEqual(result({ created: 2, unchanged: 1 }));
      expect(await headers(x)).toEqual([headerRow(last), headerRow(order(2))]);
      expect(await lines(x)).toEqual([...lineRows(last), ...lineRows(order(2))]);

      expect(await x.write('sales_orders', [last, first])).toEqual(result({ updated: 1, unchanged: 1 }));
      expect(await headers(x)).toEqual([headerRow(first), headerRow(order(2))]);
      expect(await lines(x)).toEqual([...lineRows(first), ...lineRows(order(2))]);
    });

    it('dry run returns the counts of the real write and writes no order, no line and no unmapped id', async () => {
      const { x } = await seeded();
      const page = [
        order(1),
        order(2, { lines: [{ externalId: 'order-2-9', skuExternalId: 'ghost-sku', quantity: '1', unitPrice: '1' }] }),
        order(3, { channelExternalId: 'marketplace' }),
        order(4, { channelExternalId: null }),
      ];
      const untouched = await snapshot(x);
      const dry = await x.write('sales_orders', page, { dryRun: true });
      expect(await snapshot(x)).toEqual(untouched);
      const expected = result({
        created: 2,
        skipped: 2,
        invalid: 1,
        unmapped: [miss('sku', 'ghost-sku', 1), miss('channel', 'marketplace', 1)],
        refused: [{ externalId: 'order-4', reason: 'channelExternalId is empty and the integration has no default channel' }],
      });
      expect(dry).toEqual(expected);
      expect(await x.write('sales_orders', page)).toEqual(expected);

      const written = await snapshot(x);
      const changed = [order(1, { lines: [order(1).lines[0] as SalesOrderRecord['lines'][number]] }), ...page.slice(1)];
      const dryChange = await x.write('sales_orders', changed, { dryRun: true });
      expect(await snapshot(x)).toEqual(written);
      expect(dryChange).toEqual({ ...expected, created: 0, updated: 1, unchanged: 1 });
      expect(await x.write('sales_orders', changed)).toEqual(dryChange);
    });

    it('re-resolves unchanged orders when a mapping they use moves to another SKU, and when an integration goes', async () => {
      const { x } = await seeded();
      const page = [order(1), order(2)];
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 2 }));
      expect(await x.write('sales_orders', page)).toEqual(result({ unchanged: 2 }));
      // Re-mapping by hand (not through a sync) still reaches orders that did not change.
      await x.query(
        `UPDATE sku_external_ids SET sku_id = (SELECT id FROM skus WHERE organization_id = $1 AND code = 'B')
         WHERE organization_id = $1 AND integration_id = $2 AND external_id = 'variant-a'`,
        [x.organizationId, x.integrationId],
      );
      expect(await x.write('sales_orders', page)).toEqual(result({ updated: 2 }));
      expect((await lines(x)).map((l) => l.sku)).toEqual(['B', 'B', 'B', 'B']);
      expect(await x.write('sales_orders', page)).toEqual(result({ unchanged: 2 }));
      // Deleting the integration cascades to its mappings without tripping the version trigger.
      const deleted = await t.client(x.organizationId).DELETE('/integrations/{id}', { params: { path: { id: x.integrationId } } });
      expect(deleted.response.status).toBe(204);
      expect(await x.query('SELECT 1 FROM integration_mapping_versions WHERE integration_id = $1', [x.integrationId])).toEqual([]);
    });

    it('keeps money and quantities exact', async () => {
      const { x } = await seeded();
      const page = [
        order(1, {
          totalAmount: '123456789012.3456',
          lines: [
            { externalId: 'l-1', skuExternalId: 'variant-a', quantity: '0.1', unitPrice: '2000.0' },
            { externalId: 'l-2', skuExternalId: 'variant-b', quantity: '0.2', unitPrice: '0.0001' },
            { externalId: 'l-3', skuExternalId: 'variant-c', quantity: '-1.5', unitPrice: '9999999999999999.9999' },
          ],
        }),
      ];
      expect(await x.write('sales_orders', page)).toEqual(result({ created: 1 }));
      expect((await headers(x))[0]?.total_amount).toBe('123456789012.3456');
      expect((await lines(x)).map((l) => [l.quantity, l.unit_price])).toEqual([
        ['0.1000', '2000.0000'],
        ['0.2000', '0.0001'],
        ['-1.5000', '9999999999999999.9999'],
      ]);
      const sums = await x.query<{ quantity: string; amount: string }>(
        `SELECT sum(quantity)::text AS quantity, sum(quantity * unit_price)::text AS amount FROM sales_order_lines
         WHERE organization_id = $1 AND external_id IN ('l-1', 'l-2')`,
        [x.organizationId],
      );
      expect(sums).toEqual([{ quantity: '0.3000', amount: '200.00002000' }]);
      const same = [{ ...page[0], totalAmount: '123456789012.34560', lines: page[0]?.lines.map((l) => ({ ...l, quantity: `${l.quantity}0` })) }];
      expect(await x.write('sales_orders', same as SalesOrderRecord[])).toEqual(result({ unchanged: 1 }));
    });

    it('keeps organizations apart: identical external ids map to each organization’s own SKUs and channels', async () => {
      const { x: a } = await seeded();
      const { x: b, catalog: bCatalog } = await seeded();
      const c = await sinkHarness(t);
      const page = [order(1), order(2)];
      expect(await a.write('sales_orders', page)).toEqual(result({ created: 2 }));
      const aRows = await snapshot(a);

      expect(await c.write('sales_orders', page)).toEqual(result({ skipped: 2, unmapped: [miss('channel', 'web', 2)] }));
      // order-1 with one line less than in a: a's lines stay.
      const bFirst = order(1, { status: 'cancelled', lines: order(1).lines.slice(0, 1) });
      expect(await b.write('sales_orders', [bFirst, order(2)])).toEqual(result({ created: 2 }));
      expect(await lines(b)).toEqual([...lineRows(bFirst), ...lineRows(order(2))]);
      expect(await headers(b)).toEqual([headerRow(order(1, { status: 'cancelled' })), headerRow(order(2))]);
      const ids = await b.query<{ channel_id: string; sku_id: string }>(
        `SELECT DISTINCT o.channel_id, l.sku_id FROM sales_orders o
         JOIN sales_order_lines l USING (organization_id, integration_id)
         WHERE o.organization_id = $1 ORDER BY l.sku_id`,
        [b.organizationId],
      );
      expect(ids).toEqual(
        [bCatalog.skuIds['variant-a'], bCatalog.skuIds['variant-b']]
          .sort()
          .map((skuId) => ({ channel_id: bCatalog.channelIds.web, sku_id: skuId })),
      );
      expect(await snapshot(a)).toEqual(aRows);
      expect(await unmappedRows(a)).toEqual([]);
      expect(await unmappedRows(b)).toEqual([]);
      await mapSku(c, 'variant-a', 'A');
      expect(await unmappedRows(c)).toEqual([{ kind: 'channel', external_id: 'web', occurrences: 2, capability: 'sales_orders' }]);
    });
  });
});
