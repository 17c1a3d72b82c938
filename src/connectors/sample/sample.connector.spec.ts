import { describe, expect, it } from '@jest/globals';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../../sync-contract/source-page.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import { checkRecords } from '../../sync-contract/record-check.js';
import { RETIRED_VARIANTS, UNLISTED_CHANNEL } from './sample-catalog.js';
import { sampleRecords } from './sample-feeds.js';
import { SampleConnector } from './sample.connector.js';

const connector = new SampleConnector();
const SETTINGS = { seed: 7, size: 12 };

function readAll(capability: Capability, cursor: SyncCursor | null, settings: Record<string, unknown> = SETTINGS): SourcePage[] {
  const signal = new AbortController().signal;
  return [...connector.read({ capability, cursor, settings, credentials: {}, signal })];
}

const DECIMAL = /^\d+(\.\d{2})?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the sample store', () => {
  it('is a pure function of seed and size: the same settings give the same records, another seed others', () => {
    for (const capability of CAPABILITIES) {
      for (const generation of [1, 3]) {
        expect(sampleRecords(capability, SETTINGS, generation)).toEqual(sampleRecords(capability, { ...SETTINGS }, generation));
      }
    }
    expect(sampleRecords('sales_orders', { ...SETTINGS, seed: 8 }, 1)).not.toEqual(sampleRecords('sales_orders', SETTINGS, 1));
    expect(sampleRecords('products', SETTINGS, 1)).toHaveLength(SETTINGS.size);
  });

  it('emits only records of the contract, in every capability and generation', () => {
    for (const capability of CAPABILITIES) {
      for (const generation of [1, 2, 9]) expect(checkRecords(capability, sampleRecords(capability, SETTINGS, generation)).refused).toEqual([]);
    }
  });

  it('writes orders as decimal strings and ISO instants in USD, lines consistent with the total', () => {
    const orders = sampleRecords('sales_orders', SETTINGS, 1);
    expect(orders.length).toBeGreaterThanOrEqual(180);
    for (const order of orders) {
      expect(order.currency).toBe('USD');
      expect(order.orderedAt).toMatch(INSTANT);
      expect(order.totalAmount).toMatch(DECIMAL);
      const cents = order.lines.reduce((sum, line) => {
        // Units still sold; none once cancelled, the ordered units beside them.
        expect(line.quantity).toMatch(order.cancelledAt === null ? /^[1-9]\d*$/ : /^0$/);
        expect(line.orderedQuantity).toMatch(/^[1-9]\d*$/);
        expect(line.unitPrice).toMatch(DECIMAL);
        return sum + Number(line.quantity) * Math.round(Number(line.unitPrice) * 100);
      }, 0);
      expect(Math.round(Number(order.totalAmount) * 100)).toBe(cents);
      expect(order.cancelledAt === null).toBe(order.status !== 'refunded');
      expect(order.countsAsSale).toBe(order.cancelledAt === null);
    }
    // What a dry run names as unmapped: a channel and variants the feeds do not list.
    const listed = new Set(sampleRecords('products', SETTINGS, 1).map((p) => p.externalId));
    const missing = new Set(orders.flatMap((o) => o.lines.map((l) => l.skuExternalId)).filter((id) => !listed.has(id)));
    expect([...missing].sort()).toEqual([...RETIRED_VARIANTS]);
    expect(new Set(orders.map((o) => o.channelExternalId))).toEqual(new Set(['web', 'retail', UNLISTED_CHANNEL]));
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['paid', 'partially_refunded', 'refunded']));
  });

  it('moves one trading day per generation: new orders, a cancellation and a partial refund every day', () => {
    const all = new Map(sampleRecords('sales_orders', SETTINGS, 1).map((o) => [o.externalId, o]));
    for (let generation = 2; generation <= 12; generation += 1) {
      const changed = sampleRecords('sales_orders', SETTINGS, generation);
      const fresh = changed.filter((o) => !all.has(o.externalId));
      const updated = changed.filter((o) => all.has(o.externalId));
      expect(fresh.length).toBeGreaterThanOrEqual(3);
      expect(fresh.filter((o) => o.channelExternalId === UNLISTED_CHANNEL)).toHaveLength(1);
      expect(fresh.flatMap((o) => o.lines).filter((l) => (RETIRED_VARIANTS as readonly string[]).includes(l.skuExternalId))).toHaveLength(1);
      expect(updated.map((o) => o.status).sort()).toEqual(expect.arrayContaining(['refunded', 'partially_refunded']));
      for (const order of updated) {
        const before = all.get(order.externalId);
        expect(before?.status).toBe('paid');
        if (order.status !== 'paid') expect(Number(order.totalAmount)).toBeLessThan(Number(before?.totalAmount));
        expect(Number(order.refundedAmount)).toBeGreaterThan(0);
        expect(order.sourceUpdatedAt).not.toBe(before?.sourceUpdatedAt);
      }
      for (const order of changed) all.set(order.externalId, order);
    }
  });

  it('pages a generation with cursors to resume mid-way, then reads the next generation', () => {
    const settings = { seed: 3, size: 60 };
    const pages = readAll('sales_orders', null, settings);
    const expected = sampleRecords('sales_orders', settings, 1);
    expect(pages.length).toBe(Math.ceil(expected.length / 100));
    expect(pages.flatMap((p) => p.records)).toEqual(expected);
    expect(pages.map((p) => p.cursor)).toEqual(pages.map((_, i) => (i === pages.length - 1 ? { generation: 1 } : { generation: 1, after: 100 * (i + 1) })));
    // After a crash past the first page: the rest, exactly.
    expect(readAll('sales_orders', { generation: 1, after: 100 }, settings).flatMap((p) => p.records)).toEqual(expected.slice(100));
    const next = readAll('sales_orders', { generation: 1 }, settings);
    expect(next.flatMap((p) => p.records)).toEqual(sampleRecords('sales_orders', settings, 2));
    expect(next.at(-1)?.cursor).toEqual({ generation: 2 });
  });

  it('reads snapshots whole, in one page that replaces what was stored', () => {
    for (const capability of ['pending_sales', 'warehouse_inventory', 'pricing', 'forecast_versions'] as const) {
      const pages = readAll(capability, { generation: 4 });
      expect(pages).toEqual([{ records: sampleRecords(capability, SETTINGS, 5), cursor: { generation: 5 }, replace: true }]);
    }
    expect(sampleRecords('warehouse_inventory', SETTINGS, 1)).toHaveLength(2 * SETTINGS.size);
    expect(sampleRecords('warehouse_inventory', SETTINGS, 2)).not.toEqual(sampleRecords('warehouse_inventory', SETTINGS, 1));
  });

  it('refuses a cursor it did not write and settings it cannot use, as config errors', () => {
    for (const cursor of ['x', { generation: 0 }, { generation: 1, after: -1 }, { page: 2 }] as SyncCursor[]) {
      expect(() => readAll('products', cursor)).toThrow(expect.objectContaining({ kind: 'config', message: expect.stringContaining('reset the sync state') }));
    }
    expect(() => readAll('products', null, { size: 2.5 })).toThrow(ConnectorError);
    expect(() => readAll('products', null, { size: 2.5 })).toThrow('settings.size must be a whole number');
  });

  it('answers a connection check with what it will generate', async () => {
    const check = await connector.checkConnection({ credentials: {}, settings: {}, signal: new AbortController().signal });
    expect(check.summary).toBe('Sample store: 25 products, seed 1');
  });
});
