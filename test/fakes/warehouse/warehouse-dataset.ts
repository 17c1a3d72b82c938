import type { Capability } from '../../../src/sync-contract/capability.js';
import { WAREHOUSE_COLUMNS } from '../../../src/connectors/warehouse/warehouse-columns.js';

/** A cell of a seeded contract table: text (exact decimals and ids), a boolean, or null. */
export type SeedValue = string | boolean | null;
export type SeedRow = Record<string, SeedValue>;

/**
 * A warehouse's contract tables for tests, one list of rows per capability, deterministic:
 * the ground truth a sync is compared against, mutated between syncs as a customer's
 * warehouse would change (updates, inserts, a deleted row in a snapshot table).
 */
export class WarehouseDataset {
  readonly tables: Record<Capability, SeedRow[]>;
  /** Every change moves this clock on, so changed rows sort after the cursor. */
  private clock = Date.parse('2026-10-10T08:00:00.000001Z');

  constructor() {
    this.tables = seed((i) => this.at(i));
  }

  /** An updated_at with microseconds (both warehouses keep them). */
  private at(offsetSeconds: number): string {
    return `${new Date(this.clock + offsetSeconds * 1000).toISOString().slice(0, 19)}.${String(123456 + offsetSeconds).padStart(6, '0')}Z`;
  }

  /** A later updated_at for rows changed now. */
  next(): string {
    this.clock += 86_400_000;
    return this.at(0);
  }

  /** Rows of a capability whose column `column` equals `value`. */
  where(capability: Capability, match: (row: SeedRow) => boolean): SeedRow[] {
    return this.tables[capability].filter(match);
  }

  /** The changes made between a first and a second sync; returns how many rows of each capability changed. */
  mutate(): Partial<Record<Capability, number>> {
    const at = this.next();
    const history = this.tables.sales_history;
    // Two corrected figures and a new day.
    for (const row of history.slice(0, 2)) Object.assign(row, { quantity: addDecimal(row.quantity as string, '1'), updated_at: at });
    history.push({ ...(history[0] as SeedRow), period_start: '2026-10-09', quantity: '7', revenue: '70.00', updated_at: at });
    // Order O3 refunded in full: no longer a sale.
    for (const line of this.where('sales_orders', (r) => r.order_id === 'O3')) {
      Object.assign(line, { status: 'refunded', counts_as_sale: false, quantity: '0', refunded_amount: line.order_total, order_total: '0.00', updated_at: at });
    }
    // Stock left one location (the row is gone) and changed at another.
    const inventory = this.tables.warehouse_inventory;
    inventory.splice(inventory.findIndex((r) => r.sku_id === 'P5' && r.location === 'WH-B'), 1);
    Object.assign(inventory[0] as SeedRow, { on_hand: '99', available: '90', updated_at: at });
    this.tables.products.push({ product_id: 'P8', sku: 'SKU-8', name: 'Hazy IPA 6-pack', barcode: null, updated_at: at });
    return { sales_history: 3, sales_orders: 2, products: 1 };
  }
}

const SKUS = ['P1', 'P2', 'P3', 'P4', 'P5'];
const CHANNELS = ['C-WEB', 'C-RET'];

/** The first seed: a few rows of every contract table, with rows a sync cannot map (an unknown SKU, an unknown channel, a product without a SKU code). */
function seed(at: (offsetSeconds: number) => string): Record<Capability, SeedRow[]> {
  let tick = 0;
  const stamp = (): string => at((tick += 1));
  const products: SeedRow[] = [1, 2, 3, 4, 5, 6].map((n) => ({ product_id: `P${n}`, sku: `SKU-${n}`, name: `Product ${n}`, barcode: `400000000000${n}`, updated_at: stamp() }));
  products.push({ product_id: 'P7', sku: null, name: 'Sample without code', barcode: null, updated_at: stamp() });
  const channels: SeedRow[] = [
    { channel_id: 'C-WEB', code: 'WEB', name: 'Web shop', updated_at: stamp() },
    { channel_id: 'C-RET', code: 'RETAIL', name: 'Retail', updated_at: stamp() },
  ];
  const history: SeedRow[] = [];
  for (const [s, sku] of SKUS.entries()) {
    for (const [c, channel] of CHANNELS.entries()) {
      for (let day = 1; day <= 4; day += 1) {
        const quantity = String(s * 3 + c * 2 + day);
        history.push({ sku_id: sku, channel_id: channel, period_start: `2026-10-0${day}`, period_length: 'day', quantity, revenue: `${quantity}.50`, currency: 'USD', updated_at: stamp() });
      }
    }
  }
  history.push({ sku_id: 'P-UNKNOWN', channel_id: 'C-WEB', period_start: '2026-10-01', period_length: 'day', quantity: '3', revenue: '3.00', currency: 'USD', updated_at: stamp() });
  history.push({ sku_id: 'P1', channel_id: 'C-GONE', period_start: '2026-10-01', period_length: 'day', quantity: '4', revenue: '4.00', currency: 'USD', updated_at: stamp() });
  const orders: SeedRow[] = [];
  for (let o = 1; o <= 12; o += 1) {
    const updated = stamp();
    const lines = 1 + (o % 3);
    const unitPrices = Array.from({ length: lines }, (_, l) => `${10 + l}.25`);
    const quantities = Array.from({ length: lines }, (_, l) => String(1 + ((o + l) % 4)));
    const total = quantities.reduce((sum, q, l) => sum + Number(q) * Number(unitPrices[l]), 0).toFixed(2);
    for (let l = 0; l < lines; l += 1) {
      orders.push({
        order_id: `O${o}`,
        line_id: `L${l + 1}`,
        sku_id: o === 7 && l === 0 ? 'P-UNKNOWN' : (SKUS[(o + l) % SKUS.length] as string),
        channel_id: CHANNELS[o % 2] as string,
        order_number: `#${1000 + o}`,
        status: 'paid',
        counts_as_sale: true,
        ordered_at: `2026-10-0${1 + (o % 9)}T12:00:00Z`,
        cancelled_at: null,
        currency: 'USD',
        quantity: quantities[l] as string,
        ordered_quantity: quantities[l] as string,
        unit_price: unitPrices[l] as string,
        order_total: total,
        refunded_amount: '0.00',
        updated_at: updated,
      });
    }
  }
  const pending: SeedRow[] = [1, 2, 3].map((n) => ({
    order_id: `PO${n}`,
    line_id: 'L1',
    sku_id: SKUS[n] as string,
    channel_id: 'C-WEB',
    ordered_at: '2026-10-09T09:00:00Z',
    quantity: String(n),
    amount: `${n * 12}.00`,
    currency: 'USD',
    updated_at: stamp(),
  }));
  const inventory: SeedRow[] = SKUS.flatMap((sku, s) =>
    ['WH-A', 'WH-B'].map((location, w) => ({
      sku_id: sku,
      location,
      on_hand: String(100 + s * 10 + w),
      committed: String(s + w),
      available: String(100 + s * 10 + w - (s + w)),
      as_of: '2026-10-09T06:00:00Z',
      updated_at: stamp(),
    })),
  );
  const pricing: SeedRow[] = SKUS.flatMap((sku, s) => [
    { sku_id: sku, price_list: 'retail', channel_id: 'C-WEB', currency: 'USD', amount: `${12 + s}.99`, valid_from: '2026-01-01', valid_to: null, updated_at: stamp() },
    { sku_id: sku, price_list: 'trade', channel_id: null, currency: 'USD', amount: `${8 + s}.50`, valid_from: null, valid_to: null, updated_at: stamp() },
  ]);
  const versions: SeedRow[] = [
    { version_id: 'V1', name: 'Baseline 2027', created_at: '2026-09-01T00:00:00Z', updated_at: stamp() },
    { version_id: 'V2', name: 'Upside 2027', created_at: null, updated_at: stamp() },
  ];
  const forecast: SeedRow[] = ['V1', 'V2'].flatMap((version, v) =>
    SKUS.slice(0, 3).flatMap((sku, s) =>
      ['2027-01-01', '2027-02-01'].map((period, p) => ({ version_id: version, sku_id: sku, channel_id: 'C-WEB', period_start: period, quantity: String(50 + v * 10 + s * 5 + p), updated_at: stamp() })),
    ),
  );
  return {
    products,
    channels,
    sales_history: history,
    sales_orders: orders,
    pending_sales: pending,
    warehouse_inventory: inventory,
    pricing,
    forecast_versions: versions,
    sales_forecast: forecast,
  };
}

/** Exact sum of two non-negative decimals with at most 2 places (enough for the seed). */
function addDecimal(a: string, b: string): string {
  const cents = Math.round(Number(a) * 100) + Math.round(Number(b) * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** The table (or view) each capability is read from, in both stand-ins: sales orders through the customer's view of their own order lines. */
export const STANDIN_TABLES: Readonly<Record<Capability, string>> = {
  sales_orders: 'tether_order_lines',
  sales_history: 'history',
  pending_sales: 'pending',
  warehouse_inventory: 'stock',
  products: 'products',
  channels: 'channels',
  pricing: 'prices',
  forecast_versions: 'forecast_versions',
  sales_forecast: 'forecast',
};

/** The contract's columns of a capability, in order (what a seeded table holds). */
export const contractColumns = (capability: Capability) => WAREHOUSE_COLUMNS[capability].columns;
