/**
 * The fake store's records. They are immutable: a change replaces the record, so a
 * bulk operation can keep a cheap snapshot (a copy of the array of references).
 * Timestamps are epoch milliseconds on whole seconds, as Shopify's DateTime has no
 * fraction; amounts are integer cents.
 */
export const FINANCIAL_STATUSES = [
  'PAID',
  'PARTIALLY_REFUNDED',
  'PENDING',
  'AUTHORIZED',
  'PARTIALLY_PAID',
  'REFUNDED',
  'VOIDED',
  'EXPIRED',
] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

export type FulfillmentStatus = 'FULFILLED' | 'UNFULFILLED' | 'PARTIALLY_FULFILLED';

/** Shopify's `OrderCancelReason`. */
export const CANCEL_REASONS = ['CUSTOMER', 'DECLINED', 'FRAUD', 'INVENTORY', 'STAFF', 'OTHER'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export interface FakeProduct {
  readonly legacyId: number;
  /** `gid://shopify/Product/N` */
  readonly id: string;
  readonly title: string;
}

export interface FakeVariant {
  readonly legacyId: number;
  /** `gid://shopify/ProductVariant/N` */
  readonly id: string;
  readonly sku: string;
  readonly barcode: string | null;
  readonly title: string;
  readonly priceCents: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly product: FakeProduct;
}

export interface FakeLineItem {
  readonly legacyId: number;
  /** `gid://shopify/LineItem/N` */
  readonly id: string;
  /** Null for a custom line; may name a SKU that is not in the catalog. */
  readonly sku: string | null;
  /** `Product title - Variant title`, or the custom item's title. */
  readonly name: string;
  /** The product title (Shopify's `LineItem.title`), or the custom item's title. */
  readonly title: string;
  /** Units ordered (edits add to it; refunds do not take from it). */
  readonly quantity: number;
  /** Units ordered, excluding refunded and removed units (0 on a cancelled order). */
  readonly currentQuantity: number;
  /** Unit price before discounts (`originalUnitPriceSet`), shop currency. */
  readonly unitPriceCents: number;
  /** Unit price after line-level discounts (`discountedUnitPriceAfterAllDiscountsSet`), shop currency. */
  readonly discountedUnitPriceCents: number;
  /** Null when the line's variant was deleted or never existed (an unknown SKU). */
  readonly variantId: string | null;
}

export interface FakeOrder {
  readonly legacyId: number;
  /** `gid://shopify/Order/N` */
  readonly id: string;
  /** `#1001` */
  readonly name: string;
  readonly number: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly processedAt: number;
  readonly cancelledAt: number | null;
  /** Null unless cancelled. */
  readonly cancelReason: CancelReason | null;
  readonly test: boolean;
  /** The shop currency: every `shopMoney` is in it. */
  readonly currencyCode: string;
  /** The customer's currency: every `presentmentMoney` is in it. */
  readonly presentmentCurrencyCode: string;
  /** Presentment amount = round(shop amount × rate); 1 when both currencies are the same. */
  readonly presentmentRate: number;
  readonly financialStatus: FinancialStatus;
  readonly fulfillmentStatus: FulfillmentStatus;
  /** Σ quantity × discounted unit price (`totalPriceSet`; no shipping or tax in the fake). */
  readonly totalPriceCents: number;
  /** Σ currentQuantity × discounted unit price (`currentTotalPriceSet`). */
  readonly currentTotalPriceCents: number;
  /** Refunded so far (`totalRefundedSet`). */
  readonly totalRefundedCents: number;
  readonly lineItems: readonly FakeLineItem[];
}

/** Σ quantity × discounted unit price: the order's total at placement (after discounts). */
export const orderTotal = (lines: readonly FakeLineItem[]): number => lines.reduce((sum, line) => sum + line.quantity * line.discountedUnitPriceCents, 0);

/** Σ currentQuantity × discounted unit price: the total after refunds and removals. */
export const currentTotal = (lines: readonly FakeLineItem[]): number =>
  lines.reduce((sum, line) => sum + line.currentQuantity * line.discountedUnitPriceCents, 0);

/** The order with its lines replaced and both totals recomputed from them. */
export const withLines = (order: FakeOrder, lineItems: readonly FakeLineItem[]): FakeOrder => ({
  ...order,
  lineItems,
  totalPriceCents: orderTotal(lineItems),
  currentTotalPriceCents: currentTotal(lineItems),
});

/** Shopify prints DateTime without milliseconds: `2026-01-01T00:00:00Z`. */
export const formatDateTime = (epochMs: number): string => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
