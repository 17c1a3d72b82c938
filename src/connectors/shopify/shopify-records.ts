import type { ChannelRecord } from '../../sync-contract/records/channel.record.js';
import type { PriceRecord } from '../../sync-contract/records/price.record.js';
import type { ProductRecord } from '../../sync-contract/records/product.record.js';
import type { SalesOrderLineRecord, SalesOrderRecord } from '../../sync-contract/records/sales-order.record.js';
import type { LineNode, OrderNode, VariantNode } from './shopify-queries.js';

/** Shopify's nodes as Tether's canonical records; the store is the channel, named by its domain. */

export const storeChannel = (storeHost: string, shopName: string): ChannelRecord => ({ externalId: storeHost, code: storeHost, name: shopName });

/** Financial states in which an order is a sale (unless cancelled); unpaid ones are pending sales. */
const SOLD = new Set(['PAID', 'PARTIALLY_REFUNDED']);

/**
 * What a line maps to: its variant (as products are stored); without one, its SKU text;
 * a custom item (no variant, no SKU) by its title, so an admin can map or ignore it.
 */
export function lineSkuId(line: Pick<LineNode, 'variant' | 'sku' | 'title'>): string {
  if (line.variant !== null) return line.variant.id;
  const sku = line.sku?.trim() ?? '';
  return sku === '' ? `custom:${line.title.trim()}` : `sku:${sku}`;
}

/** A line's sold units: what is left after refunds and removals, none when the order is not a sale. */
export function toLineRecord(line: LineNode, countsAsSale: boolean): SalesOrderLineRecord {
  return {
    externalId: line.id,
    skuExternalId: lineSkuId(line),
    quantity: countsAsSale ? String(line.currentQuantity) : '0',
    orderedQuantity: String(line.quantity),
    unitPrice: line.discountedUnitPriceAfterAllDiscountsSet.shopMoney.amount,
  };
}

/** Every order as it is now: its financial status, its cancellation, its totals after refunds, in the shop's currency. */
export function toOrderRecord(order: OrderNode, lines: readonly LineNode[], storeHost: string): SalesOrderRecord {
  const status = order.displayFinancialStatus ?? 'UNKNOWN';
  const countsAsSale = order.cancelledAt === null && SOLD.has(status);
  return {
    externalId: order.id,
    orderNumber: order.name,
    channelExternalId: storeHost,
    status: status.toLowerCase(),
    countsAsSale,
    orderedAt: order.createdAt,
    cancelledAt: order.cancelledAt,
    currency: order.currentTotalPriceSet.shopMoney.currencyCode,
    totalAmount: order.currentTotalPriceSet.shopMoney.amount,
    refundedAmount: order.totalRefundedSet.shopMoney.amount,
    sourceUpdatedAt: order.updatedAt,
    lines: lines.map((line) => toLineRecord(line, countsAsSale)),
  };
}

export function toProductRecord(variant: VariantNode): ProductRecord {
  // A product without options has one variant titled "Default Title".
  const name = variant.title === 'Default Title' ? variant.product.title : `${variant.product.title} - ${variant.title}`;
  return { externalId: variant.id, sku: variant.sku === null || variant.sku.trim() === '' ? null : variant.sku, name, barcode: variant.barcode };
}

export function toPriceRecord(variant: VariantNode, storeHost: string, currency: string): PriceRecord {
  return { skuExternalId: variant.id, priceList: storeHost, channelExternalId: storeHost, currency, amount: variant.price };
}
