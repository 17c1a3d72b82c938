import type { components } from '../../openapi/schema.js';
import type { FakeShopify } from '../fakes/shopify/index.js';
import type { ApiClient } from './api-client.js';
import { expectStatus } from './expectations.js';

export type StoredOrder = components['schemas']['SalesOrderDto'];

/** Units and amount (in cents) sold per SKU: what a forecast adds up. */
export interface SkuSales {
  units: number;
  amountCents: number;
}

/** Hundredths of a decimal string's product with another, exactly (amounts have at most 4 decimals here). */
const cents = (quantity: string, unitPrice: string): number => Math.round(Number(quantity) * Number(unitPrice) * 100);

/**
 * Every stored order of an integration (through the read API) by external id, and the
 * sales per variant gid they add up to (lines' units times unit prices, through the SKU mappings).
 */
export async function storedSales(admin: ApiClient, integrationId: string): Promise<{ orders: Map<string, StoredOrder>; bySku: Map<string, SkuSales> }> {
  const mappings = await admin.GET('/sku-mappings', { params: { query: { integrationId, limit: 100 } } });
  expectStatus(mappings, 200);
  const variantOfSku = new Map((mappings.data?.items ?? []).map((m) => [m.skuId, m.externalId]));
  const orders = new Map<string, StoredOrder>();
  const bySku = new Map<string, SkuSales>();
  for (let offset = 0; ; offset += 100) {
    const page = await admin.GET('/sales-orders', { params: { query: { integrationId, limit: 100, offset } } });
    expectStatus(page, 200);
    const items = page.data?.items ?? [];
    for (const order of items) {
      orders.set(order.externalId, order);
      for (const line of order.lines) {
        const key = variantOfSku.get(line.skuId) ?? line.skuId;
        const sales = bySku.get(key) ?? { units: 0, amountCents: 0 };
        bySku.set(key, { units: sales.units + Number(line.quantity), amountCents: sales.amountCents + cents(line.quantity, line.unitPrice) });
      }
    }
    if (items.length < 100) return { orders, bySku };
  }
}

/** The store's own net sales per variant (from its ground truth), leaving out SKUs no one sold and lines without a variant. */
export function storeNetSales(shop: FakeShopify): Map<string, SkuSales> {
  const net = new Map<string, SkuSales>();
  for (const [key, sales] of shop.netSales()) {
    if (key.startsWith('gid://shopify/ProductVariant/') && sales.units > 0) net.set(key, { units: sales.units, amountCents: sales.amountCents });
  }
  return net;
}

/** Stored sales with SKUs of no units left out, to compare with storeNetSales. */
export function soldOnly(bySku: ReadonlyMap<string, SkuSales>): Map<string, SkuSales> {
  return new Map([...bySku].filter(([, sales]) => sales.units > 0));
}
