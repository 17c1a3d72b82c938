import type { PendingSaleRecord } from '../../sync-contract/records/pending-sale.record.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import { decimalTimes } from './decimal-times.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { allLines, ordersPage } from './shopify-orders.reader.js';
import { lineSkuId } from './shopify-records.js';

const UNPAID = 'financial_status:pending OR financial_status:authorized OR financial_status:partially_paid';

/**
 * Open orders not yet paid, line by line (units still on the order, at their discounted
 * price, in the shop's currency), as one snapshot page that replaces what was stored (an
 * order paid or cancelled since drops out). Read whole each sync: open unpaid orders are
 * few, so the snapshot is held in memory to be written at once.
 */
export async function* readPendingSales(client: ShopifyGraphql, storeHost: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const records: PendingSaleRecord[] = [];
  let after: string | null = null;
  do {
    const { nodes, pageInfo } = await ordersPage(client, UNPAID, after, signal);
    for (const order of nodes) {
      if (order.test || order.cancelledAt !== null) continue;
      for (const line of await allLines(client, order, signal)) {
        if (line.currentQuantity <= 0) continue;
        const unitPrice = line.discountedUnitPriceAfterAllDiscountsSet.shopMoney;
        records.push({
          orderExternalId: order.id,
          lineExternalId: line.id,
          skuExternalId: lineSkuId(line),
          channelExternalId: storeHost,
          orderedAt: order.createdAt,
          quantity: String(line.currentQuantity),
          amount: decimalTimes(unitPrice.amount, line.currentQuantity),
          currency: unitPrice.currencyCode,
        });
      }
    }
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after !== null);
  yield { records, cursor: null, replace: true };
}
