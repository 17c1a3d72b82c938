import type { ChannelRecord } from '../../sync-contract/records/channel.record.js';
import type { PriceRecord } from '../../sync-contract/records/price.record.js';
import type { ProductRecord } from '../../sync-contract/records/product.record.js';
import type { SalesOrderRecord } from '../../sync-contract/records/sales-order.record.js';
import type { WarehouseInventoryRecord } from '../../sync-contract/records/warehouse-inventory.record.js';
import { jsonDecimal } from '../kit/records/json-decimal.js';
import type { BrewmanItem, BrewmanOrder, BrewmanOutlet, PriceListLine, StockLevel } from './brewman-wire.js';

/** Brewman's EnumOrderStatus in its order, for a server that sends the numbers. */
const ORDER_STATUSES = ['None', 'Open', 'Complete', 'Historic', 'Cancelled', 'Posting'];
/** Orders placed and not cancelled: open ones are confirmed trade orders awaiting delivery or invoice. */
const SOLD = new Set(['Open', 'Complete', 'Historic', 'Posting']);

const statusName = (status: unknown): string => (typeof status === 'number' ? (ORDER_STATUSES[status] ?? String(status)) : String(status));

/** An item as a product: its id is the stock item id that order lines, stock levels and price lists name. */
export const toProduct = (item: BrewmanItem): ProductRecord => ({
  externalId: item.details.id,
  sku: item.details.code,
  name: item.details.name ?? item.details.code ?? item.details.id,
  barcode: item.externalCodes?.eanBarcodeNumber ?? null,
});

/** A stock level: Brewman tells the quantity in stock only, so nothing is counted as committed. */
export const toInventory = (level: StockLevel, asOf: string): WarehouseInventoryRecord => ({
  skuExternalId: level.stockItemId,
  location: level.stockLocationId,
  onHand: jsonDecimal(level.quantity),
  committed: '0',
  available: jsonDecimal(level.quantity),
  asOf,
});

/** An outlet (a customer: a pub, a shop, a wholesaler) as a channel, by its code. */
export const toChannel = (outlet: BrewmanOutlet): ChannelRecord => ({
  externalId: outlet.id,
  code: outlet.readOnly.code ?? '',
  name: outlet.displayName ?? outlet.businessName ?? outlet.readOnly.code ?? outlet.id,
});

/** A price list line's current list price (net), in the integration's currency. */
export const toPrice = (line: PriceListLine, priceList: string, currency: string): PriceRecord => ({
  skuExternalId: line.stockItemId,
  priceList,
  currency,
  amount: jsonDecimal(line.currentListPrice),
});

/**
 * An order with its lines, amounts net of VAT in the integration's currency (Brewman does
 * not name one). A cancelled order keeps its row with 0 units and a total of 0, its ordered
 * units kept; lines of `charges` (delivery, deposits: items that are not goods) are left
 * out, while the total still includes them.
 */
export function toSalesOrder(order: BrewmanOrder, currency: string, charges: ReadonlySet<string>): SalesOrderRecord {
  const said = order.header.readOnly;
  const status = statusName(said.status);
  const countsAsSale = SOLD.has(status);
  return {
    externalId: order.id,
    orderNumber: said.orderNumber,
    channelExternalId: said.outletId,
    status,
    countsAsSale,
    orderedAt: said.createdAt,
    cancelledAt: said.cancelledAt,
    currency,
    totalAmount: countsAsSale ? jsonDecimal(said.totalNetPrice) : '0',
    refundedAmount: null,
    sourceUpdatedAt: said.lastUpdatedAt,
    lines: order.lines
      .filter((line) => !charges.has(line.stockItemId))
      .map((line) => ({
        externalId: line.id,
        skuExternalId: line.stockItemId,
        quantity: countsAsSale ? jsonDecimal(line.quantity) : '0',
        orderedQuantity: jsonDecimal(line.quantity),
        unitPrice: jsonDecimal(line.unitNetPrice),
      })),
  };
}
