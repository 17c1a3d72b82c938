import type { ChannelRecord } from '../../src/sync-contract/records/channel.record.js';
import type { ForecastVersionRecord } from '../../src/sync-contract/records/forecast-version.record.js';
import type { PendingSaleRecord } from '../../src/sync-contract/records/pending-sale.record.js';
import type { PriceRecord } from '../../src/sync-contract/records/price.record.js';
import type { ProductRecord } from '../../src/sync-contract/records/product.record.js';
import type { SalesForecastRecord } from '../../src/sync-contract/records/sales-forecast.record.js';
import type { SalesHistoryRecord } from '../../src/sync-contract/records/sales-history.record.js';
import type { SalesOrderRecord } from '../../src/sync-contract/records/sales-order.record.js';
import type { WarehouseInventoryRecord } from '../../src/sync-contract/records/warehouse-inventory.record.js';
import type { SinkResult, UnmappedCount } from '../../src/tether/sinks/sink.js';
import type { SinkHarness } from './sink-harness.js';

/*
 * Canonical records for the sink tests, and what to read back. Record builders take a
 * number that makes the natural key unique, and overrides.
 */

/** The catalog every seeded integration has: external id → Tether code. */
export const SKU_CODES: Readonly<Record<string, string>> = { 'variant-a': 'A', 'variant-b': 'B', 'variant-c': 'C' };
export const CHANNEL_CODES: Readonly<Record<string, string>> = { web: 'WEB', store: 'STORE' };
/** The forecast version a seeded integration has. */
export const FORECAST_VERSION = 'plan-2027';

export const product = (externalId: string, sku: string | null, overrides: Partial<ProductRecord> = {}): ProductRecord => ({
  externalId,
  sku,
  name: `Product ${sku ?? externalId}`,
  barcode: null,
  ...overrides,
});

export const channel = (externalId: string, code: string, overrides: Partial<ChannelRecord> = {}): ChannelRecord => ({
  externalId,
  code,
  name: `Channel ${code}`,
  ...overrides,
});

/** An order on `web` with two lines (variant-a, variant-b). */
export const salesOrder = (n: number, overrides: Partial<SalesOrderRecord> = {}): SalesOrderRecord => ({
  externalId: `order-${n}`,
  orderNumber: `#${1000 + n}`,
  channelExternalId: 'web',
  status: 'paid',
  orderedAt: '2026-11-01T10:00:00Z',
  cancelledAt: null,
  currency: 'USD',
  totalAmount: '30.00',
  sourceUpdatedAt: '2026-11-01T10:05:00Z',
  lines: [
    { externalId: `order-${n}-1`, skuExternalId: 'variant-a', quantity: '1', unitPrice: '10.00' },
    { externalId: `order-${n}-2`, skuExternalId: 'variant-b', quantity: '2', unitPrice: '10.00' },
  ],
  ...overrides,
});

/** Weekly sales of variant-a on web; the key is the week (n = 1..52). */
export const salesHistory = (n: number, overrides: Partial<SalesHistoryRecord> = {}): SalesHistoryRecord => ({
  skuExternalId: 'variant-a',
  channelExternalId: 'web',
  periodStart: dayOf2026(7 * (n - 1)),
  periodLength: 'week',
  quantity: '12',
  revenue: '120.50',
  currency: 'USD',
  ...overrides,
});

export const pendingSale = (n: number, overrides: Partial<PendingSaleRecord> = {}): PendingSaleRecord => ({
  orderExternalId: `pending-${n}`,
  lineExternalId: `pending-${n}-1`,
  skuExternalId: 'variant-a',
  channelExternalId: 'web',
  orderedAt: '2026-11-02T08:30:00Z',
  quantity: '3',
  amount: '29.97',
  currency: 'USD',
  ...overrides,
});

/** Stock of variant-a; the key is the location. */
export const inventory = (n: number, overrides: Partial<WarehouseInventoryRecord> = {}): WarehouseInventoryRecord => ({
  skuExternalId: 'variant-a',
  location: `warehouse-${n}`,
  onHand: '100',
  committed: '20',
  available: '80',
  asOf: '2026-11-03T00:00:00Z',
  ...overrides,
});

/** A price of variant-a; the key is the price list. */
export const price = (n: number, overrides: Partial<PriceRecord> = {}): PriceRecord => ({
  skuExternalId: 'variant-a',
  priceList: `list-${n}`,
  channelExternalId: null,
  currency: 'USD',
  amount: '19.99',
  validFrom: '2026-01-01',
  validTo: null,
  ...overrides,
});

export const forecastVersion = (n: number, overrides: Partial<ForecastVersionRecord> = {}): ForecastVersionRecord => ({
  externalId: `version-${n}`,
  name: `Version ${n}`,
  createdAt: '2026-10-01T00:00:00Z',
  ...overrides,
});

/** Forecast of variant-a on web in FORECAST_VERSION; the key is the month (n = 1..12). */
export const salesForecast = (n: number, overrides: Partial<SalesForecastRecord> = {}): SalesForecastRecord => ({
  versionExternalId: FORECAST_VERSION,
  skuExternalId: 'variant-a',
  channelExternalId: 'web',
  periodStart: `2027-${String(n).padStart(2, '0')}-01`,
  quantity: '40',
  ...overrides,
});

function dayOf2026(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5 + offset)).toISOString().slice(0, 10);
}

/** A whole result: zeros and no misses but for what is given. */
export const result = (counts: Partial<SinkResult> = {}): SinkResult => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  invalid: 0,
  unmapped: [],
  ...counts,
});

export const miss = (kind: UnmappedCount['kind'], externalId: string, count: number): UnmappedCount => ({ kind, externalId, count });

/** A decimal as numeric(20, 4) gives it back, by string operations only ('2000.0' → '2000.0000'). */
export function scale4(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  if (fraction.length > 4) throw new Error(`scale4 does not round: ${decimal}`);
  return `${whole}.${fraction.padEnd(4, '0')}`;
}

/** Ids of the seeded catalog, by external id. */
export interface SeededCatalog {
  skuIds: Record<string, string>;
  channelIds: Record<string, string>;
  forecastVersionId: string;
}

/** Products, channels and a forecast version written through their sinks, as a sync would. */
export async function seedCatalog(h: SinkHarness): Promise<SeededCatalog> {
  await h.write(
    'channels',
    Object.entries(CHANNEL_CODES).map(([externalId, code]) => channel(externalId, code)),
  );
  await h.write(
    'products',
    Object.entries(SKU_CODES).map(([externalId, code]) => product(externalId, code)),
  );
  await h.write('forecast_versions', [forecastVersion(0, { externalId: FORECAST_VERSION, name: 'Plan 2027' })]);
  const skus = await h.query<{ external_id: string; sku_id: string }>(
    'SELECT external_id, sku_id FROM sku_external_ids WHERE organization_id = $1 AND integration_id = $2',
    [h.organizationId, h.integrationId],
  );
  const channels = await h.query<{ external_id: string; channel_id: string }>(
    'SELECT external_id, channel_id FROM channel_external_ids WHERE organization_id = $1 AND integration_id = $2',
    [h.organizationId, h.integrationId],
  );
  const versions = await h.query<{ id: string }>(
    'SELECT id FROM forecast_versions WHERE organization_id = $1 AND integration_id = $2 AND external_id = $3',
    [h.organizationId, h.integrationId, FORECAST_VERSION],
  );
  const forecastVersionId = versions[0]?.id;
  if (skus.length !== 3 || channels.length !== 2 || forecastVersionId === undefined) throw new Error('the catalog was not seeded');
  return {
    skuIds: Object.fromEntries(skus.map((s) => [s.external_id, s.sku_id])),
    channelIds: Object.fromEntries(channels.map((c) => [c.external_id, c.channel_id])),
    forecastVersionId,
  };
}

/** Maps an external SKU id by hand (as an admin would): the SKU by code, made if missing. */
export async function mapSku(h: SinkHarness, externalId: string, code: string): Promise<string> {
  const rows = await h.query<{ sku_id: string }>(
    `WITH made AS (
       INSERT INTO skus (organization_id, code, name) VALUES ($1, $2, $2)
       ON CONFLICT (organization_id, code) DO UPDATE SET code = EXCLUDED.code RETURNING id
     )
     INSERT INTO sku_external_ids (organization_id, integration_id, external_id, sku_id, created_by)
     SELECT $1, $3, $4, id, 'user:test' FROM made RETURNING sku_id`,
    [h.organizationId, code, h.integrationId, externalId],
  );
  const skuId = rows[0]?.sku_id;
  if (skuId === undefined) throw new Error(`could not map ${externalId}`);
  return skuId;
}

export interface UnmappedRow {
  kind: string;
  external_id: string;
  occurrences: number;
  capability: string;
}

/** The integration's unmapped_external_ids rows. */
export const unmappedRows = (h: SinkHarness): Promise<UnmappedRow[]> =>
  h.query<UnmappedRow>(
    `SELECT kind, external_id, occurrences::int AS occurrences, capability FROM unmapped_external_ids
     WHERE organization_id = $1 AND integration_id = $2 ORDER BY kind, external_id`,
    [h.organizationId, h.integrationId],
  );

/** Every table a sink writes (or reads mappings from), with the organization's rows. */
export const TETHER_TABLES = [
  'skus',
  'channels',
  'sku_external_ids',
  'channel_external_ids',
  'unmapped_external_ids',
  'sales_orders',
  'sales_order_lines',
  'sales_history',
  'pending_sales',
  'warehouse_inventory',
  'pricing',
  'forecast_versions',
  'sales_forecast',
] as const;

/**
 * The organization's rows in every tether table, each whole row as text (every column,
 * timestamps included) after the id of the transaction that wrote that version of it:
 * equal snapshots mean nothing was written, not even the same values again.
 */
export async function snapshot(h: SinkHarness): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    TETHER_TABLES.map(async (table) => {
      const rows = await h.query<{ row: string }>(
        `SELECT t.xmin::text || ' ' || t::text AS row FROM ${table} t WHERE organization_id = $1 ORDER BY t::text`,
        [h.organizationId],
      );
      return [table, rows.map((r) => r.row)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** How many rows of the organization each table holds (only tables with rows). */
export async function rowCounts(h: SinkHarness): Promise<Record<string, number>> {
  const all = await snapshot(h);
  return Object.fromEntries(Object.entries(all).flatMap(([table, rows]) => (rows.length > 0 ? [[table, rows.length]] : [])));
}
