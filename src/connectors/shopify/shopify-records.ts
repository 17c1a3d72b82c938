import type { ChannelRecord } from '../../tether/records/channel.record.js';
import type { PriceRecord } from '../../tether/records/price.record.js';
import type { ProductRecord } from '../../tether/records/product.record.js';
import type { SalesOrderLineRecord, SalesOrderRecord } from '../../tether/records/sales-order.record.js';
import type { LineNode, OrderNode, VariantNode } from './shopify-queries.js';

/** Shopify's nodes as Tether's canonical records; the store is the channel, named by its domain. */

export const storeChannel = (storeHost: string, shopName: string): ChannelRecord => ({ externalId: storeHost, code: storeHost, name: shopName });

/** Order lines map to SKUs by variant id (as products are stored); a line without a variant by its SKU text. */
export function toLineRecord(line: LineNode): SalesOrderLineRecord {
  return {
    externalId: line.id,
    skuExternalId: line.variant?.id ?? `sku:${line.sku ?? ''}`,
    quantity: String(line.quantity),
    unitPrice: line.originalUnitPriceSet.shopMoney.amount,
  };
}

export function toOrderRecord(order: OrderNode, lines: readonly LineNode[], storeHost: string): SalesOrderRecord {
  return {
    externalId: order.id,
    orderNumber: order.name,
    channelExternalId: storeHost,
    status: order.cancelledAt === null ? (order.displayFinancialStatus ?? 'unknown').toLowerCase() : 'cancelled',
    orderedAt: order.createdAt,
    cancelledAt: order.cancelledAt,
    currency: order.totalPriceSet.shopMoney.currencyCode,
    totalAmount: order.totalPriceSet.shopMoney.amount,
    sourceUpdatedAt: order.updatedAt,
    lines: lines.map(toLineRecord),
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
