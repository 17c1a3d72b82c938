import type { PendingSaleRecord } from '../../tether/records/pending-sale.record.js';
import type { SourcePage } from '../connector.js';
import { decimalTimes } from './decimal-times.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { allLines, ordersPage } from './shopify-orders.reader.js';

const UNPAID = 'financial_status:pending OR financial_status:authorized OR financial_status:partially_paid';

/**
 * Open orders not yet paid, line by line, as one snapshot page that replaces what was
 * stored (an order paid or cancelled since drops out). Read whole each sync: open unpaid
 * orders are few, so the snapshot is held in memory to be written at once.
 */
export async function* readPendingSales(client: ShopifyGraphql, storeHost: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const records: PendingSaleRecord[] = [];
  let after: string | null = null;
  do {
    const { nodes, pageInfo } = await ordersPage(client, UNPAID, after, signal);
    for (const order of nodes) {
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
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after !== null);
  yield { records, cursor: null, replace: true };
}
