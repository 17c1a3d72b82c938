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
  readonly name: string;
  readonly quantity: number;
  readonly currentQuantity: number;
  readonly unitPriceCents: number;
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
  readonly test: boolean;
  readonly currencyCode: string;
  readonly financialStatus: FinancialStatus;
  readonly fulfillmentStatus: FulfillmentStatus;
  readonly totalPriceCents: number;
  readonly lineItems: readonly FakeLineItem[];
}

/** Shopify prints DateTime without milliseconds: `2026-01-01T00:00:00Z`. */
export const formatDateTime = (epochMs: number): string => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
