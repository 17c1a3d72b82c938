import type { PendingSaleRecord } from '../../tether/records/pending-sale.record.js';
import type { SourcePage } from '../connector.js';
import { decimalTimes } from './decimal-times.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { ORDERS_QUERY, type OrderNode, ordersCost, ordersPageSize, type PageInfo } from './shopify-queries.js';
import { allLines } from './shopify-orders.reader.js';

const NESTED_LINES = 10;
const UNPAID = 'financial_status:pending OR financial_status:authorized OR financial_status:partially_paid';

/**
 * Open orders not yet paid, line by line, as one snapshot page that replaces what was
 * stored (an order paid or cancelled since drops out). Read whole each sync: open unpaid
 * orders are few, so the snapshot is held in memory to be written at once.
 */
export async function* readPendingSales(client: ShopifyGraphql, storeHost: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const first = ordersPageSize(NESTED_LINES);
  const records: PendingSaleRecord[] = [];
  let after: string | null = null;
  do {
    const data = (await client.query(ORDERS_QUERY, { first, after, query: UNPAID, lines: NESTED_LINES }, ordersCost(first, NESTED_LINES), signal)) as {
      orders: { nodes: OrderNode[]; pageInfo: PageInfo };
    };
    for (const order of data.orders.nodes) {
      if (order.test || order.cancelledAt !== null) continue;
      for (const line of await allLines(client, order, signal)) {
        const unitPrice = line.originalUnitPriceSet.shopMoney;
        records.push({
          orderExternalId: order.id,
          lineExternalId: line.id,
          skuExternalId: line.variant?.id ?? `sku:${line.sku ?? ''}`,
          channelExternalId: storeHost,
          orderedAt: order.createdAt,
          quantity: String(line.quantity),
          amount: decimalTimes(unitPrice.amount, line.quantity),
          currency: unitPrice.currencyCode,
        });
      }
    }
    const { pageInfo } = data.orders;
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after !== null);
  yield { records, cursor: null, replace: true };
}
