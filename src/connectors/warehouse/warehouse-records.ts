import type { Capability } from '../../sync-contract/capability.js';
import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { PeriodLength } from '../../sync-contract/records/sales-history.record.js';
import type { SalesOrderRecord } from '../../sync-contract/records/sales-order.record.js';
import type { WarehouseRow, WarehouseValue } from './warehouse-session.js';

/*
 * Rows of a contract table as canonical records, field for field. Values are passed on as
 * read: a row that breaks the record's rules (a null key, a bad decimal) is refused by the
 * runner's record check with the field named, and the rest of its page goes on.
 */

/** A text cell; absent, null or an empty string as null (an empty channel id means the default channel). */
const text = (row: WarehouseRow, column: string): string | null => {
  const value: WarehouseValue | undefined = row[column];
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value : String(value);
};

/** A required cell, passed as read (null included) for the record check to judge. */
const need = (row: WarehouseRow, column: string): string => text(row, column) as string;

const flag = (row: WarehouseRow, column: string): boolean | undefined => {
  const value = row[column];
  return typeof value === 'boolean' ? value : undefined;
};

type RowMapper<C extends Capability> = (row: WarehouseRow) => CanonicalRecord<C>;

const MAPPERS: { [C in Exclude<Capability, 'sales_orders'>]: RowMapper<C> } = {
  sales_history: (r) => ({
    skuExternalId: need(r, 'sku_id'),
    channelExternalId: text(r, 'channel_id'),
    periodStart: need(r, 'period_start'),
    periodLength: need(r, 'period_length') as PeriodLength,
    quantity: need(r, 'quantity'),
    revenue: need(r, 'revenue'),
    currency: need(r, 'currency'),
  }),
  pending_sales: (r) => ({
    orderExternalId: need(r, 'order_id'),
    lineExternalId: need(r, 'line_id'),
    skuExternalId: need(r, 'sku_id'),
    channelExternalId: text(r, 'channel_id'),
    orderedAt: need(r, 'ordered_at'),
    quantity: need(r, 'quantity'),
    amount: need(r, 'amount'),
    currency: need(r, 'currency'),
  }),
  warehouse_inventory: (r) => ({
    skuExternalId: need(r, 'sku_id'),
    location: need(r, 'location'),
    onHand: need(r, 'on_hand'),
    committed: need(r, 'committed'),
    available: need(r, 'available'),
    asOf: need(r, 'as_of'),
  }),
  products: (r) => ({ externalId: need(r, 'product_id'), sku: text(r, 'sku'), name: need(r, 'name'), barcode: text(r, 'barcode') }),
  channels: (r) => ({ externalId: need(r, 'channel_id'), code: need(r, 'code'), name: need(r, 'name') }),
  pricing: (r) => ({
    skuExternalId: need(r, 'sku_id'),
    priceList: need(r, 'price_list'),
    channelExternalId: text(r, 'channel_id'),
    currency: need(r, 'currency'),
    amount: need(r, 'amount'),
    validFrom: text(r, 'valid_from'),
    validTo: text(r, 'valid_to'),
  }),
  forecast_versions: (r) => ({ externalId: need(r, 'version_id'), name: need(r, 'name'), createdAt: text(r, 'created_at') }),
  sales_forecast: (r) => ({
    versionExternalId: need(r, 'version_id'),
    skuExternalId: need(r, 'sku_id'),
    channelExternalId: text(r, 'channel_id'),
    periodStart: need(r, 'period_start'),
    quantity: need(r, 'quantity'),
  }),
};

/** One order from its lines (in page order): the order's figures from its first line, its latest updated_at. */
function orderOf(lines: readonly WarehouseRow[]): SalesOrderRecord {
  const [first] = lines as [WarehouseRow];
  const updated = lines.map((l) => text(l, 'updated_at')).filter((t): t is string => t !== null);
  return {
    externalId: need(first, 'order_id'),
    orderNumber: text(first, 'order_number'),
    channelExternalId: text(first, 'channel_id'),
    status: need(first, 'status'),
    countsAsSale: flag(first, 'counts_as_sale') ?? true,
    orderedAt: need(first, 'ordered_at'),
    cancelledAt: text(first, 'cancelled_at'),
    currency: need(first, 'currency'),
    totalAmount: need(first, 'order_total'),
    refundedAmount: text(first, 'refunded_amount'),
    sourceUpdatedAt: updated.length === 0 ? null : updated.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
    lines: lines.map((l) => ({
      externalId: need(l, 'line_id'),
      skuExternalId: need(l, 'sku_id'),
      quantity: need(l, 'quantity'),
      orderedQuantity: text(l, 'ordered_quantity'),
      unitPrice: need(l, 'unit_price'),
    })),
  };
}

/** The lines of consecutive rows with the same order id, grouped. */
export function groupByOrder(rows: readonly WarehouseRow[]): WarehouseRow[][] {
  const groups: WarehouseRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last !== undefined && last[0]?.order_id === row.order_id) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** Records of a capability from its rows; sales orders from groups of their lines. */
export function recordsOf<C extends Capability>(capability: C, rows: readonly WarehouseRow[]): CanonicalRecord<C>[] {
  if (capability === 'sales_orders') return groupByOrder(rows).map(orderOf) as CanonicalRecord<C>[];
  const mappers: Partial<Record<Capability, RowMapper<Capability>>> = MAPPERS;
  const mapper = mappers[capability] as RowMapper<C>;
  return rows.map(mapper);
}
