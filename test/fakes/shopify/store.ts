import { DataGenerator, type DataOptions, orderTotal } from './data-generator.js';
import { type FakeOrder, type FakeVariant } from './model.js';
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

/**
 * The shop's data and the changes tests make to it. Sorted copies are cached per sort
 * key until the data changes, so paging through 100k orders does not sort on each page.
 */
export class FakeStore {
  private orderList: FakeOrder[];
  private readonly orderIndex = new Map<string, number>();
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

  /**
   * Edits `count` distinct orders as a merchant would: one more unit on the first line,
   * a new total and updatedAt = now (never earlier than any updatedAt already given out,
   * so an incremental reader's watermark stays valid). Returns their ids.
   */
  mutateOrders(count: number, now: number): string[] {
    const picked = new Set<number>();
    const wanted = Math.min(count, this.orderList.length);
    while (picked.size < wanted) picked.add(Math.floor(this.mutationRandom() * this.orderList.length));
    const updatedAt = Math.max(wholeSecond(now), this.latestUpdate());
    const next = [...this.orderList];
    const ids: string[] = [];
    for (const index of [...picked].sort((a, b) => a - b)) {
      const order = next[index];
      if (order === undefined) continue;
      const [first, ...rest] = order.lineItems;
      if (first === undefined) continue;
      const lineItems = [{ ...first, quantity: first.quantity + 1, currentQuantity: first.currentQuantity + 1 }, ...rest];
      next[index] = { ...order, lineItems, totalPriceCents: orderTotal(lineItems), updatedAt };
      ids.push(order.id);
    }
    this.orderList = next;
    this.reindex();
    return ids;
  }

  /** New orders created (and updated) now, numbered after the last one. Returns their ids. */
  addOrders(count: number, now: number): string[] {
    const at = Math.max(wholeSecond(now), this.latestUpdate());
    const added = this.generator.orders(count, this.variantList, at);
    this.orderList = [...this.orderList, ...added];
    this.reindex();
    return added.map((order) => order.id);
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
