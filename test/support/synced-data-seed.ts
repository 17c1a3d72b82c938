import { expect } from '@jest/globals';
import type { Capability } from '../../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../../src/sync-contract/records/canonical-record.js';
import { sinkHarness, type SinkHarness } from './sink-harness.js';
import type { TestApp } from './test-app.js';
import { newOrganization } from './tokens.js';

/** Pages of records, per data type; written catalog first, then forecast versions, then the rest. */
type Pages = { [C in Capability]?: CanonicalRecord<C>[] };

const WRITE_ORDER: Capability[] = [
  'channels',
  'products',
  'forecast_versions',
  'sales_orders',
  'sales_history',
  'pending_sales',
  'warehouse_inventory',
  'pricing',
  'sales_forecast',
];

/** The main integration's data: two channels, two SKUs, and rows of every type. */
export const MAIN: Pages = {
  channels: [
    { externalId: 'web', code: 'WEB', name: 'Web store' },
    { externalId: 'shop', code: 'SHOP', name: 'Flagship shop' },
  ],
  products: [
    { externalId: 'variant-a', sku: 'A', name: 'Pale ale' },
    { externalId: 'variant-b', sku: 'B', name: 'Stout' },
  ],
  sales_orders: [
    {
      externalId: 'o-1',
      orderNumber: '#1001',
      channelExternalId: 'web',
      status: 'paid',
      orderedAt: '2026-11-01T10:00:00Z',
      currency: 'USD',
      totalAmount: '19.5',
      sourceUpdatedAt: '2026-11-01T10:05:00Z',
      lines: [
        { externalId: 'o-1-2', skuExternalId: 'variant-b', quantity: '2', unitPrice: '4.5' },
        { externalId: 'o-1-1', skuExternalId: 'variant-a', quantity: '1', unitPrice: '10.5' },
      ],
    },
    {
      externalId: 'o-2',
      channelExternalId: 'shop',
      status: 'partially_refunded',
      orderedAt: '2026-11-03T12:00:00Z',
      currency: 'EUR',
      totalAmount: '13.5',
      refundedAmount: '4.5',
      lines: [{ externalId: 'o-2-1', skuExternalId: 'variant-b', quantity: '3', orderedQuantity: '4', unitPrice: '4.5' }],
    },
    {
      // A source id with slashes, as Shopify's are.
      externalId: 'gid://shopify/Order/3',
      orderNumber: '#1003',
      channelExternalId: 'web',
      status: 'voided',
      countsAsSale: false,
      orderedAt: '2026-11-05T00:00:00Z',
      cancelledAt: '2026-11-05T08:00:00Z',
      currency: 'USD',
      // More digits than a double holds.
      totalAmount: '1234567890123456.7891',
      lines: [{ externalId: 'o-3-1', skuExternalId: 'variant-a', quantity: '0.0001', unitPrice: '1234567890123456.7891' }],
    },
  ],
  sales_history: [
    { skuExternalId: 'variant-a', channelExternalId: 'web', periodStart: '2026-11-01', periodLength: 'day', quantity: '3', revenue: '31.5', currency: 'USD' },
    { skuExternalId: 'variant-b', channelExternalId: 'web', periodStart: '2026-11-01', periodLength: 'day', quantity: '1', revenue: '4.5', currency: 'USD' },
    { skuExternalId: 'variant-a', channelExternalId: 'shop', periodStart: '2026-10-01', periodLength: 'month', quantity: '100', revenue: '1050.25', currency: 'EUR' },
  ],
  pending_sales: [
    { orderExternalId: 'p-1', lineExternalId: 'p-1-1', skuExternalId: 'variant-a', channelExternalId: 'web', orderedAt: '2026-11-06T08:00:00Z', quantity: '2', amount: '21', currency: 'USD' },
    { orderExternalId: 'p-2', lineExternalId: 'p-2-1', skuExternalId: 'variant-b', channelExternalId: 'shop', orderedAt: '2026-11-07T09:30:00Z', quantity: '1.5', amount: '6.75', currency: 'EUR' },
  ],
  warehouse_inventory: [
    { skuExternalId: 'variant-a', location: 'Main', onHand: '120', committed: '15.5', available: '104.5', asOf: '2026-11-27T01:00:00Z' },
    { skuExternalId: 'variant-b', location: 'Main', onHand: '0', committed: '0', available: '0', asOf: '2026-11-26T01:00:00Z' },
  ],
  pricing: [
    { skuExternalId: 'variant-a', priceList: 'retail', currency: 'USD', amount: '4.99', validFrom: '2026-11-01' },
    { skuExternalId: 'variant-a', priceList: 'shop', channelExternalId: 'shop', currency: 'EUR', amount: '5.25', validFrom: '2026-12-01', validTo: '2026-12-31' },
    { skuExternalId: 'variant-b', priceList: 'retail', currency: 'USD', amount: '2.5' },
  ],
  forecast_versions: [
    { externalId: 'plan-2027', name: 'Plan 2027', createdAt: '2026-10-15T09:00:00Z' },
    { externalId: 'draft', name: 'Draft' },
  ],
  sales_forecast: [
    { versionExternalId: 'plan-2027', skuExternalId: 'variant-a', channelExternalId: 'web', periodStart: '2027-01-01', quantity: '250' },
    { versionExternalId: 'plan-2027', skuExternalId: 'variant-b', channelExternalId: 'shop', periodStart: '2027-02-01', quantity: '10.125' },
    { versionExternalId: 'draft', skuExternalId: 'variant-a', channelExternalId: 'web', periodStart: '2027-01-01', quantity: '300' },
  ],
};

/** A second integration of the same organization: its own external ids for the same codes, and a row of every type. */
export const SECOND: Pages = {
  channels: [{ externalId: 'web-2', code: 'WEB', name: 'Web store' }],
  products: [{ externalId: 'item-a', sku: 'A', name: 'Pale ale' }],
  sales_orders: [
    {
      // The same source id as the main integration's first order: keyed per integration.
      externalId: 'o-1',
      channelExternalId: 'web-2',
      status: 'paid',
      orderedAt: '2026-11-02T09:00:00Z',
      currency: 'USD',
      totalAmount: '7',
      lines: [{ externalId: 'x-1', skuExternalId: 'item-a', quantity: '1', unitPrice: '7' }],
    },
  ],
  sales_history: [{ skuExternalId: 'item-a', channelExternalId: 'web-2', periodStart: '2026-11-02', periodLength: 'day', quantity: '2', revenue: '21', currency: 'USD' }],
  pending_sales: [
    { orderExternalId: 'p-9', lineExternalId: 'p-9-1', skuExternalId: 'item-a', channelExternalId: 'web-2', orderedAt: '2026-11-01T00:00:00Z', quantity: '1', amount: '10.5', currency: 'USD' },
  ],
  warehouse_inventory: [{ skuExternalId: 'item-a', location: 'Annex', onHand: '5', committed: '1', available: '4', asOf: '2026-11-25T00:00:00Z' }],
  pricing: [{ skuExternalId: 'item-a', priceList: 'wholesale', currency: 'USD', amount: '3.1', validFrom: '2026-06-01' }],
  forecast_versions: [{ externalId: 'plan-x', name: 'Plan X', createdAt: '2026-10-20T00:00:00Z' }],
  sales_forecast: [{ versionExternalId: 'plan-x', skuExternalId: 'item-a', channelExternalId: 'web-2', periodStart: '2027-03-01', quantity: '42' }],
};

/** Writes the pages as syncs would, each landing whole (nothing skipped or unmapped). */
async function land(h: SinkHarness, pages: Pages): Promise<void> {
  for (const capability of WRITE_ORDER) {
    const records = pages[capability];
    if (records === undefined) continue;
    const result = await h.write(capability, records);
    expect({ capability, ...result }).toMatchObject({ capability, skipped: 0, invalid: 0, unmapped: [] });
  }
}

/** Ids of the organization's SKUs, channels or forecast versions, by code or name. */
async function idsBy(h: SinkHarness, table: 'skus' | 'channels', key: 'code'): Promise<Record<string, string>>;
async function idsBy(h: SinkHarness, table: 'forecast_versions', key: 'name'): Promise<Record<string, string>>;
async function idsBy(h: SinkHarness, table: string, key: string): Promise<Record<string, string>> {
  const rows = await h.query<{ id: string; key: string }>(`SELECT id, ${key} AS key FROM ${table} WHERE organization_id = $1`, [h.organizationId]);
  return Object.fromEntries(rows.map((row) => [row.key, row.id]));
}

export interface SeededOrganization {
  organizationId: string;
  main: string;
  second?: string;
  skus: Record<string, string>;
  channels: Record<string, string>;
  versions: Record<string, string>;
}

/** An organization with the main integration's data, and (by default) the second one's. */
export async function seedOrganization(t: TestApp, options: { second?: boolean } = {}): Promise<SeededOrganization> {
  const main = await sinkHarness(t, newOrganization('synced'));
  await land(main, MAIN);
  let second: string | undefined;
  if (options.second !== false) {
    const harness = await sinkHarness(t, main.organizationId);
    await land(harness, SECOND);
    second = harness.integrationId;
  }
  return {
    organizationId: main.organizationId,
    main: main.integrationId,
    second,
    skus: await idsBy(main, 'skus', 'code'),
    channels: await idsBy(main, 'channels', 'code'),
    versions: await idsBy(main, 'forecast_versions', 'name'),
  };
}
