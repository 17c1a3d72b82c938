import { formatCents } from './money.js';
import { type FakeLineItem, type FakeOrder, type FakeProduct, type FakeVariant, formatDateTime } from './model.js';
import { type Page, type PageArgs, paginate } from './pagination.js';
import { type FakeStore } from './store.js';

/**
 * The objects GraphQL execution reads. graphql-js's default resolver returns a property
 * or calls a method with the field's arguments, so each getter here is one schema field,
 * named as in the schema; `__typename` lets `node(id:)` resolve the concrete type.
 */
export interface MoneyV2 {
  amount: string;
  currencyCode: string;
}

export interface MoneyBag {
  shopMoney: MoneyV2;
  presentmentMoney: MoneyV2;
}

/** An amount in the shop currency and, converted at the order's rate, in its presentment currency. */
const moneyBag = (cents: number, order: FakeOrder): MoneyBag => ({
  shopMoney: { amount: formatCents(cents), currencyCode: order.currencyCode },
  presentmentMoney: { amount: formatCents(Math.round(cents * order.presentmentRate)), currencyCode: order.presentmentCurrencyCode },
});

/** What a bulk export walks instead of paging: every item of a nested connection. */
export interface BulkSource {
  bulkConnection(field: string): readonly object[] | undefined;
}

export const isBulkSource = (value: object): value is BulkSource => typeof (value as Partial<BulkSource>).bulkConnection === 'function';

export class ProductView {
  readonly __typename = 'Product';
  constructor(private readonly record: FakeProduct) {}
  get id(): string {
    return this.record.id;
  }
  get title(): string {
    return this.record.title;
  }
}

export class VariantView {
  readonly __typename = 'ProductVariant';
  constructor(readonly record: FakeVariant) {}
  get id(): string {
    return this.record.id;
  }
  get legacyResourceId(): string {
    return String(this.record.legacyId);
  }
  get sku(): string {
    return this.record.sku;
  }
  get barcode(): string | null {
    return this.record.barcode;
  }
  get title(): string {
    return this.record.title;
  }
  get displayName(): string {
    return `${this.record.product.title} - ${this.record.title}`;
  }
  get price(): string {
    return formatCents(this.record.priceCents);
  }
  get createdAt(): string {
    return formatDateTime(this.record.createdAt);
  }
  get updatedAt(): string {
    return formatDateTime(this.record.updatedAt);
  }
  get product(): ProductView {
    return new ProductView(this.record.product);
  }
}

export class LineItemView {
  readonly __typename = 'LineItem';
  constructor(
    readonly record: FakeLineItem,
    private readonly order: FakeOrder,
    private readonly store: FakeStore,
  ) {}
  get id(): string {
    return this.record.id;
  }
  get sku(): string | null {
    return this.record.sku;
  }
  get name(): string {
    return this.record.name;
  }
  get title(): string {
    return this.record.title;
  }
  get quantity(): number {
    return this.record.quantity;
  }
  get currentQuantity(): number {
    return this.record.currentQuantity;
  }
  get originalUnitPriceSet(): MoneyBag {
    return moneyBag(this.record.unitPriceCents, this.order);
  }
  get discountedUnitPriceAfterAllDiscountsSet(): MoneyBag {
    return moneyBag(this.record.discountedUnitPriceCents, this.order);
  }
  get variant(): VariantView | null {
    const variant = this.record.variantId === null ? undefined : this.store.variant(this.record.variantId);
    return variant === undefined ? null : new VariantView(variant);
  }
}

export class OrderView implements BulkSource {
  readonly __typename = 'Order';
  constructor(
    readonly record: FakeOrder,
    private readonly store: FakeStore,
  ) {}
  get id(): string {
    return this.record.id;
  }
  get legacyResourceId(): string {
    return String(this.record.legacyId);
  }
  get name(): string {
    return this.record.name;
  }
  get createdAt(): string {
    return formatDateTime(this.record.createdAt);
  }
  get updatedAt(): string {
    return formatDateTime(this.record.updatedAt);
  }
  get processedAt(): string {
    return formatDateTime(this.record.processedAt);
  }
  get cancelledAt(): string | null {
    return this.record.cancelledAt === null ? null : formatDateTime(this.record.cancelledAt);
  }
  get cancelReason(): string | null {
    return this.record.cancelReason;
  }
  get test(): boolean {
    return this.record.test;
  }
  get currencyCode(): string {
    return this.record.currencyCode;
  }
  get presentmentCurrencyCode(): string {
    return this.record.presentmentCurrencyCode;
  }
  get displayFinancialStatus(): string {
    return this.record.financialStatus;
  }
  get displayFulfillmentStatus(): string {
    return this.record.fulfillmentStatus;
  }
  get totalPriceSet(): MoneyBag {
    return moneyBag(this.record.totalPriceCents, this.record);
  }
  get currentTotalPriceSet(): MoneyBag {
    return moneyBag(this.record.currentTotalPriceCents, this.record);
  }
  get totalRefundedSet(): MoneyBag {
    return moneyBag(this.record.totalRefundedCents, this.record);
  }
  lineItems(args: PageArgs): Page<LineItemView> {
    return paginate(this.allLineItems(), (line) => ({ value: line.record.legacyId, id: line.record.legacyId }), () => true, args);
  }
  bulkConnection(field: string): readonly object[] | undefined {
    return field === 'lineItems' ? this.allLineItems() : undefined;
  }
  private allLineItems(): LineItemView[] {
    return this.record.lineItems.map((line) => new LineItemView(line, this.record, this.store));
  }
}

/** Maps a page of records to a page of views, keeping cursors and pageInfo. */
export function mapPage<T, V>(page: Page<T>, view: (record: T) => V): Page<V> {
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: view(edge.node) }));
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
}
