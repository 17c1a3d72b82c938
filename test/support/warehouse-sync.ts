import { expect } from '@jest/globals';
import type { Capability } from '../../src/sync-contract/capability.js';
import { type SeedRow, STANDIN_TABLES, type WarehouseDataset } from '../fakes/warehouse/warehouse-dataset.js';
import { capabilitySetting } from '../../src/connectors/warehouse/warehouse-settings.js';
import type { ApiClient } from './api-client.js';
import { expectStatus } from './expectations.js';
import { type SessionDetail, syncToEnd } from './sync-fixtures.js';

type Listing = '/sales-history' | '/pending-sales' | '/warehouse-inventory' | '/pricing' | '/sales-forecast' | '/forecast-versions';

/** Every row of a synced-data listing for one integration (through the API). */
export async function listAll(admin: ApiClient, path: Listing | '/sales-orders', integrationId: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await admin.GET(path, { params: { query: { integrationId, limit: 100, offset } } });
    expectStatus(page, 200);
    const items = (page.data as { items: Record<string, unknown>[] }).items;
    rows.push(...items);
    if (items.length < 100) return rows;
  }
}

const num = (value: unknown): number => Number(value);

/** Units per `SKU code/channel code` of rows, as the API lists them or as the seed holds them (mapped through the seed's products and channels). */
export function unitsBySkuChannel(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.skuCode as string}/${(row.channelCode as string | null) ?? ''}`;
    totals.set(key, (totals.get(key) ?? 0) + num(row.quantity));
  }
  return totals;
}

/** The seed's rows of a capability in the same terms: external ids turned into codes; rows naming unknown ids left out (they are not synced). */
export function seededUnits(data: WarehouseDataset, capability: Capability): Map<string, number> {
  const sku = new Map(data.tables.products.filter((p) => p.sku !== null).map((p) => [p.product_id, p.sku]));
  const channel = new Map(data.tables.channels.map((c) => [c.channel_id, c.code]));
  const mapped = data.tables[capability].filter((r: SeedRow) => sku.has(r.sku_id as string) && (r.channel_id === null || r.channel_id === undefined || channel.has(r.channel_id as string)));
  return unitsBySkuChannel(mapped.map((r) => ({ skuCode: sku.get(r.sku_id as string), channelCode: r.channel_id === null ? '' : channel.get(r.channel_id as string), quantity: r.quantity })));
}

/** Sold units per SKU code of the synced orders, beside the seed's lines (orders with an unknown SKU keep their other lines). */
export function orderUnits(orders: readonly Record<string, unknown>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const order of orders) {
    for (const line of order.lines as { skuCode: string; quantity: string }[]) totals.set(line.skuCode, (totals.get(line.skuCode) ?? 0) + num(line.quantity));
  }
  return totals;
}

export function seededOrderUnits(data: WarehouseDataset): Map<string, number> {
  const sku = new Map(data.tables.products.map((p) => [p.product_id, p.sku]));
  const totals = new Map<string, number>();
  for (const line of data.tables.sales_orders) {
    const code = sku.get(line.sku_id);
    if (typeof code === 'string') totals.set(code, (totals.get(code) ?? 0) + num(line.quantity));
  }
  return totals;
}

/** Map equality with a readable diff. */
export function expectSameTotals(actual: Map<string, number>, expected: Map<string, number>): void {
  expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
}

/** The stand-ins' tables as an integration's settings (salesHistoryTable: 'history', …). */
export const TABLE_SETTINGS: Record<string, string> = Object.fromEntries(
  Object.entries(STANDIN_TABLES).map(([capability, table]) => [capabilitySetting(capability as Capability, 'Table'), table]),
);

/** Catalog first (products, channels, forecast versions), then the data that refers to it. */
export async function syncAll(admin: ApiClient, id: string): Promise<SessionDetail> {
  const catalog = await syncToEnd(admin, id, { capabilities: ['products', 'channels', 'forecast_versions'] });
  expect(catalog.executions.filter((e) => e.status !== 'succeeded')).toEqual([]);
  const rest = await syncToEnd(admin, id, { capabilities: ['sales_orders', 'sales_history', 'pending_sales', 'warehouse_inventory', 'pricing', 'sales_forecast'] });
  expect(rest.executions.filter((e) => e.status !== 'succeeded')).toEqual([]);
  return rest;
}

/** What the integration stores equals the dataset: per SKU and channel, per SKU for orders, row counts elsewhere. */
export async function expectStoredEquals(admin: ApiClient, id: string, data: WarehouseDataset): Promise<void> {
  expectSameTotals(unitsBySkuChannel(await listAll(admin, '/sales-history', id)), seededUnits(data, 'sales_history'));
  expectSameTotals(unitsBySkuChannel(await listAll(admin, '/sales-forecast', id)), seededUnits(data, 'sales_forecast'));
  const orders = await listAll(admin, '/sales-orders', id);
  expect(orders).toHaveLength(new Set(data.tables.sales_orders.map((l) => l.order_id)).size);
  expectSameTotals(orderUnits(orders), seededOrderUnits(data));
  const inventory = await listAll(admin, '/warehouse-inventory', id);
  expect(inventory.map((r) => `${String(r.skuCode)}@${String(r.location)}=${Number(r.onHand)}`).sort()).toEqual(
    data.tables.warehouse_inventory.map((r) => `SKU-${String(r.sku_id).slice(1)}@${String(r.location)}=${Number(r.on_hand)}`).sort(),
  );
  expect(await listAll(admin, '/pricing', id)).toHaveLength(data.tables.pricing.length);
  // Instants as the warehouse holds them, whatever its zone (a timestamp without time zone is UTC).
  expect((await listAll(admin, '/pending-sales', id)).map((p) => Date.parse(p.orderedAt as string)).sort()).toEqual(
    data.tables.pending_sales.map((p) => Date.parse(p.ordered_at as string)).sort(),
  );
  expect((await listAll(admin, '/sales-orders', id)).map((o) => Date.parse(o.orderedAt as string)).sort()).toEqual(
    [...new Map(data.tables.sales_orders.map((l) => [l.order_id, Date.parse(l.ordered_at as string)])).values()].sort(),
  );
  expect((await listAll(admin, '/forecast-versions', id)).map((v) => v.name).sort()).toEqual(data.tables.forecast_versions.map((v) => v.name).sort());
}

