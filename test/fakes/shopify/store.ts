import { DataGenerator, type DataOptions } from './data-generator.js';
import { type CancelReason, type FakeLineItem, type FakeOrder, type FakeVariant, type FinancialStatus, withLines } from './model.js';
import { type Random, seededRandom } from './random.js';

export type OrderSortKey = 'CREATED_AT' | 'ID' | 'ORDER_NUMBER' | 'PROCESSED_AT' | 'UPDATED_AT';
export type VariantSortKey = 'ID' | 'SKU' | 'TITLE';
export type SortValue = number | string;

const ORDER_SORT: Record<OrderSortKey, (order: FakeOrder) => SortValue> = {
  CREATED_AT: (o) => o.createdAt,
  ID: (o) => o.legacyId,
  ORDER_NUMBER: (o) => o.number,
  PROCESSED_AT: (o) => o.processedAt,
  UPDATED_AT: (o) => o.updatedAt,
};
const VARIANT_SORT: Record<VariantSortKey, (variant: FakeVariant) => SortValue> = {
  ID: (v) => v.legacyId,
  SKU: (v) => v.sku,
  TITLE: (v) => v.title,
};

export const orderSortValue = (key: OrderSortKey, order: FakeOrder): SortValue => ORDER_SORT[key](order);
export const variantSortValue = (key: VariantSortKey, variant: FakeVariant): SortValue => VARIANT_SORT[key](variant);

/** Orders records by (value, legacy id): the order Shopify pages in, ties broken by id. */
export function compareKeys(a: SortValue, aId: number, b: SortValue, bId: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return aId - bId;
}

/** Units and amount (shop currency, after line discounts) sold of one variant, SKU or custom item. */
export interface NetSale {
  units: number;
  amountCents: number;
}

/** What the store says of one order now, for a test to compare a connector's rows with. */
export interface OrderTruth {
  financialStatus: FinancialStatus;
  cancelledAt: number | null;
  currentTotalCents: number;
  totalRefundedCents: number;
}

export interface CancelOptions {
  /** Refund what was paid (default true); an order never captured is voided either way. */
  refund?: boolean;
  /** Default OTHER. */
  reason?: CancelReason;
}

/** A replaced version of an order and the instant (epoch ms, not rounded) it stopped being current. */
interface PastVersion {
  record: FakeOrder;
  replacedAt: number;
}

const SOLD: ReadonlySet<FinancialStatus> = new Set(['PAID', 'PARTIALLY_REFUNDED']);

/** The key netSales() files a line under: its variant, else `sku:<sku>`, else `custom:<name>`. */
export const saleKey = (line: FakeLineItem): string => line.variantId ?? (line.sku === null ? `custom:${line.name}` : `sku:${line.sku}`);

/**
 * The shop's data and the changes tests make to it. Sorted copies are cached per sort
 * key until the data changes, so paging through 100k orders does not sort on each page.
 * A changed order's earlier versions are kept with the instant they were replaced, so a
 * bulk export can read each order as it was when the export reached it.
 */
export class FakeStore {
  private orderList: FakeOrder[];
  private readonly orderIndex = new Map<string, number>();
  private readonly history = new Map<string, PastVersion[]>();
  private readonly variantList: FakeVariant[];
  private readonly variantIndex = new Map<string, FakeVariant>();
  private readonly sortedOrders = new Map<OrderSortKey, FakeOrder[]>();
  private readonly sortedVariants = new Map<VariantSortKey, FakeVariant[]>();
  private readonly generator: DataGenerator;
  private readonly mutationRandom: Random;

  constructor(options: DataOptions) {
    this.generator = new DataGenerator(options);
    this.mutationRandom = seededRandom(options.seed + 7919);
    this.variantList = this.generator.variants();
    for (const variant of this.variantList) this.variantIndex.set(variant.id, variant);
    this.orderList = this.generator.orders(options.orders, this.variantList);
    this.reindex();
  }

  /** All orders by id; the array is a snapshot: later changes replace it. */
  orders(): readonly FakeOrder[] {
    return this.orderList;
  }

  variants(): readonly FakeVariant[] {
    return this.variantList;
  }

  order(id: string): FakeOrder | undefined {
    const index = this.orderIndex.get(id);
    return index === undefined ? undefined : this.orderList[index];
  }

  variant(id: string): FakeVariant | undefined {
    return this.variantIndex.get(id);
  }

  ordersSortedBy(key: OrderSortKey): readonly FakeOrder[] {
    let sorted = this.sortedOrders.get(key);
    if (sorted === undefined) {
      sorted = [...this.orderList].sort((a, b) => compareKeys(ORDER_SORT[key](a), a.legacyId, ORDER_SORT[key](b), b.legacyId));
      this.sortedOrders.set(key, sorted);
    }
    return sorted;
  }

  variantsSortedBy(key: VariantSortKey): readonly FakeVariant[] {
    let sorted = this.sortedVariants.get(key);
    if (sorted === undefined) {
      sorted = [...this.variantList].sort((a, b) => compareKeys(VARIANT_SORT[key](a), a.legacyId, VARIANT_SORT[key](b), b.legacyId));
      this.sortedVariants.set(key, sorted);
    }
    return sorted;
  }

  /** The version of an order that was current at `instant` (epoch ms); undefined if it did not exist then as far as the store knows. */
  orderAt(id: string, instant: number): FakeOrder | undefined {
    for (const past of this.history.get(id) ?? []) if (past.replacedAt > instant) return past.record;
    return this.order(id);
  }

  /**
   * Edits `count` distinct orders picked at random (see editOrders). Returns their ids.
   */
  mutateOrders(count: number, now: number): string[] {
    const picked = new Set<number>();
    const wanted = Math.min(count, this.orderList.length);
    while (picked.size < wanted) picked.add(Math.floor(this.mutationRandom() * this.orderList.length));
    const orders = [...picked].sort((a, b) => a - b).flatMap((index) => {
      const order = this.orderList[index];
      return order === undefined || order.lineItems.length === 0 ? [] : [order];
    });
    return this.editOrders(
      orders.map((order) => order.id),
      now,
    );
  }

  /**
   * Edits the given orders as a merchant would: one more unit on the first line, totals
   * recomputed, all sharing one updatedAt = now (never earlier than any updatedAt already
   * given out, so an incremental reader's watermark stays valid). A refunded order that
   * gets a unit back is partially refunded; a cancelled order cannot be edited on Shopify,
   * so only its updatedAt moves (as a note or tag edit would). Returns the ids.
   */
  editOrders(ids: readonly string[], now: number): string[] {
    const updatedAt = this.nextUpdatedAt(now);
    const changes = new Map<string, FakeOrder>();
    for (const id of ids) {
      const order = changes.get(id) ?? this.require(id);
      changes.set(id, { ...editOf(order), updatedAt });
    }
    this.replace([...changes.values()], now);
    return [...changes.keys()];
  }

  /**
   * Refunds `units` units (default: all that remain), taken line by line from the first
   * line with units left, at their discounted price. Only a PAID or PARTIALLY_REFUNDED order
   * with units left can be refunded.
   */
  refundOrder(id: string, units: number | undefined, now: number): void {
    const order = this.require(id);
    if (!SOLD.has(order.financialStatus)) throw new Error(`Cannot refund ${id}: its financial status is ${order.financialStatus}.`);
    const remaining = order.lineItems.reduce((sum, line) => sum + line.currentQuantity, 0);
    const wanted = units ?? remaining;
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > remaining) throw new Error(`Cannot refund ${String(units)} unit(s) of ${id}: ${remaining} remain.`);
    let left = wanted;
    let amount = 0;
    const lines = order.lineItems.map((line) => {
      const taken = Math.min(left, line.currentQuantity);
      left -= taken;
      amount += taken * line.discountedUnitPriceCents;
      return taken === 0 ? line : { ...line, currentQuantity: line.currentQuantity - taken };
    });
    this.replace(
      [
        {
          ...withLines(order, lines),
          financialStatus: wanted === remaining ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
          totalRefundedCents: order.totalRefundedCents + amount,
          updatedAt: this.nextUpdatedAt(now),
        },
      ],
      now,
    );
  }

  /**
   * Cancels an order: cancelledAt = now, every unit removed. A paid order is refunded in
   * full (REFUNDED) unless `refund: false` (its status stays); an order never captured
   * (PENDING, AUTHORIZED) is VOIDED.
   */
  cancelOrder(id: string, options: CancelOptions, now: number): void {
    const order = this.require(id);
    if (order.cancelledAt !== null) throw new Error(`Cannot cancel ${id}: it was cancelled already.`);
    const updatedAt = this.nextUpdatedAt(now);
    const refund = options.refund ?? true;
    let financialStatus = order.financialStatus;
    let totalRefundedCents = order.totalRefundedCents;
    if (financialStatus === 'PENDING' || financialStatus === 'AUTHORIZED') {
      financialStatus = 'VOIDED';
    } else if (refund && (financialStatus === 'PAID' || financialStatus === 'PARTIALLY_REFUNDED' || financialStatus === 'PARTIALLY_PAID')) {
      financialStatus = 'REFUNDED';
      totalRefundedCents = order.totalPriceCents;
    }
    const lines = order.lineItems.map((line) => (line.currentQuantity === 0 ? line : { ...line, currentQuantity: 0 }));
    this.replace(
      [{ ...withLines(order, lines), financialStatus, totalRefundedCents, cancelledAt: updatedAt, cancelReason: options.reason ?? 'OTHER', updatedAt }],
      now,
    );
  }

  /** Voids the authorization of an AUTHORIZED or PENDING order: VOIDED, not cancelled, units kept. */
  voidOrder(id: string, now: number): void {
    this.moveStatus(id, ['AUTHORIZED', 'PENDING'], 'VOIDED', now);
  }

  /** Captures a PENDING, AUTHORIZED or PARTIALLY_PAID order: PAID. */
  payOrder(id: string, now: number): void {
    this.moveStatus(id, ['PENDING', 'AUTHORIZED', 'PARTIALLY_PAID'], 'PAID', now);
  }

  /** Σ currentQuantity and amount per sale key over orders that count as sold (not test, not cancelled, PAID or PARTIALLY_REFUNDED). */
  netSales(): Map<string, NetSale> {
    const sales = new Map<string, NetSale>();
    for (const order of this.orderList) {
      if (order.test || order.cancelledAt !== null || !SOLD.has(order.financialStatus)) continue;
      for (const line of order.lineItems) {
        if (line.currentQuantity === 0) continue;
        const key = saleKey(line);
        const sale = sales.get(key) ?? { units: 0, amountCents: 0 };
        sales.set(key, { units: sale.units + line.currentQuantity, amountCents: sale.amountCents + line.currentQuantity * line.discountedUnitPriceCents });
      }
    }
    return sales;
  }

  orderTruth(id: string): OrderTruth {
    const order = this.require(id);
    return {
      financialStatus: order.financialStatus,
      cancelledAt: order.cancelledAt,
      currentTotalCents: order.currentTotalPriceCents,
      totalRefundedCents: order.totalRefundedCents,
    };
  }

  /** New orders created (and updated) now, numbered after the last one. Returns their ids. */
  addOrders(count: number, now: number): string[] {
    const at = this.nextUpdatedAt(now);
    const added = this.generator.orders(count, this.variantList, at);
    this.orderList = [...this.orderList, ...added];
    this.reindex();
    return added.map((order) => order.id);
  }

  private moveStatus(id: string, from: readonly FinancialStatus[], to: FinancialStatus, now: number): void {
    const order = this.require(id);
    if (!from.includes(order.financialStatus)) throw new Error(`Cannot make ${id} ${to}: its financial status is ${order.financialStatus}.`);
    this.replace([{ ...order, financialStatus: to, updatedAt: this.nextUpdatedAt(now) }], now);
  }

  private require(id: string): FakeOrder {
    const order = this.order(id);
    if (order === undefined) throw new Error(`No order ${id} in the fake store.`);
    return order;
  }

  /** Replaces records (same ids), keeping the versions they replace. */
  private replace(records: readonly FakeOrder[], now: number): void {
    const next = [...this.orderList];
    for (const record of records) {
      const index = this.orderIndex.get(record.id);
      const previous = index === undefined ? undefined : next[index];
      if (index === undefined || previous === undefined) continue;
      const versions = this.history.get(record.id) ?? [];
      versions.push({ record: previous, replacedAt: now });
      this.history.set(record.id, versions);
      next[index] = record;
    }
    this.orderList = next;
    this.reindex();
  }

  /** Whole seconds, never before an updatedAt already given out. */
  private nextUpdatedAt(now: number): number {
    return Math.max(wholeSecond(now), this.latestUpdate());
  }

  private latestUpdate(): number {
    return this.orderList.reduce((max, order) => Math.max(max, order.updatedAt), 0);
  }

  private reindex(): void {
    this.orderIndex.clear();
    this.orderList.forEach((order, index) => this.orderIndex.set(order.id, index));
    this.sortedOrders.clear();
    this.sortedVariants.clear();
  }
}

const wholeSecond = (epochMs: number): number => Math.floor(epochMs / 1000) * 1000;

/** One more unit on the first line (refunded orders get it back as sold); a cancelled order is left as it is. */
function editOf(order: FakeOrder): FakeOrder {
  const [first, ...rest] = order.lineItems;
  if (first === undefined || order.cancelledAt !== null) return order;
  const edited = withLines(order, [{ ...first, quantity: first.quantity + 1, currentQuantity: first.currentQuantity + 1 }, ...rest]);
  return order.financialStatus === 'REFUNDED' ? { ...edited, financialStatus: 'PARTIALLY_REFUNDED' } : edited;
}
