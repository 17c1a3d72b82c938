import { buildCatalog, type CatalogSizes, type TenantCatalog } from './catalog.js';
import { stockKey } from './catalog-places.js';
import { dayStart, formatInstant } from './dates.js';
import { type EntireItem } from './items-model.js';
import { OrderFactory, generateOrders, type OrderPlan, planEnd } from './order-generator.js';
import { requantify, withTotals } from './order-pricing.js';
import { type Order, type OrderLine, type OrderStatus } from './orders-model.js';
import { round, seededRandom } from './random.js';
import { type PriceListLine, type StockItemStockSum } from './reference-model.js';

/**
 * One tenant's data and its changes between syncs. Records are replaced, never changed in
 * place, so what a test held on to stays as it was. Every change to an order bumps its
 * `version` and `lastUpdatedAt` (strictly later than before, even on a frozen clock).
 */

export interface StoreOptions {
  seed: number;
  sizes: CatalogSizes;
  plan: OrderPlan;
  /** The tenant's zone: order dates (the order-date filters) and despatch days. */
  timeZone: string;
  /** Whether a stock level that went to 0 is still listed (with quantity 0). */
  listZeroStock: boolean;
  now: () => number;
}

export interface AddOrdersOptions {
  /** Spread over this day (`YYYY-MM-DD`, 07:00–19:00 UTC) instead of created now. */
  day?: string;
  /** Created at this instant (ms or ISO text) instead of now. */
  at?: number | string;
  status?: OrderStatus;
  outletId?: string;
  lineCount?: number;
}

export class TenantStore {
  readonly catalog: TenantCatalog;
  /** Midnight UTC after the last seeded day: where the fake's default clock starts. */
  readonly seedEnd: number;
  private readonly factory: OrderFactory;
  private readonly ordersById = new Map<string, Order>();

  constructor(private readonly options: StoreOptions) {
    this.catalog = buildCatalog(seededRandom(options.seed), options.sizes);
    const orderRandom = seededRandom(options.seed + 7919);
    this.factory = new OrderFactory(orderRandom, this.catalog, options.timeZone);
    this.seedEnd = planEnd(options.plan);
    for (const order of generateOrders(this.factory, orderRandom, options.plan)) this.ordersById.set(order.id, order);
  }

  get timeZone(): string {
    return this.options.timeZone;
  }

  /** In creation order. */
  orders(): Order[] {
    return [...this.ordersById.values()];
  }

  order(id: string): Order {
    const order = this.ordersById.get(id);
    if (order === undefined) throw new Error(`no order ${id}`);
    return order;
  }

  item(stockItemId: string): EntireItem {
    const item = this.catalog.items.find((entry) => entry.details.id === stockItemId);
    if (item === undefined) throw new Error(`no item ${stockItemId}`);
    return item;
  }

  /** Every stock-tracked item at every location holding it (none at 0 unless listZeroStock). */
  stockLevels(): StockItemStockSum[] {
    const levels: StockItemStockSum[] = [];
    for (const [key, quantity] of this.catalog.stock) {
      if (quantity === 0 && !this.options.listZeroStock) continue;
      const [stockItemId = '', stockLocationId = ''] = key.split('|');
      levels.push({ quantity, stockItemId, stockLocationId, unitOfMeasureId: this.item(stockItemId).details.unitOfMeasureId });
    }
    return levels;
  }

  setStock(stockItemId: string, stockLocationId: string, quantity: number): void {
    if (!this.item(stockItemId).details.behaviours.isStockTracked) throw new Error(`item ${stockItemId} is not stock tracked`);
    if (!this.catalog.stockLocations.some((place) => place.id === stockLocationId)) throw new Error(`no stock location ${stockLocationId}`);
    this.catalog.stock.set(stockKey(stockItemId, stockLocationId), round(quantity, 4));
  }

  /** Adds `delta` (negative: takes) to the quantity at the location; the new quantity. */
  moveStock(stockItemId: string, stockLocationId: string, delta: number): number {
    const next = round((this.catalog.stock.get(stockKey(stockItemId, stockLocationId)) ?? 0) + delta, 4);
    this.setStock(stockItemId, stockLocationId, next);
    return next;
  }

  /** Every item at the location down to 0; how many stock levels that emptied. */
  emptyStockLocation(stockLocationId: string): number {
    if (!this.catalog.stockLocations.some((place) => place.id === stockLocationId)) throw new Error(`no stock location ${stockLocationId}`);
    let emptied = 0;
    for (const [key, quantity] of this.catalog.stock)
      if (key.endsWith(`|${stockLocationId}`) && quantity !== 0) {
        this.catalog.stock.set(key, 0);
        emptied++;
      }
    return emptied;
  }

  addOrders(count: number, options: AddOrdersOptions = {}): Order[] {
    const outlet = options.outletId === undefined ? undefined : this.catalog.outlets.find((entry) => entry.id === options.outletId);
    if (options.outletId !== undefined && outlet === undefined) throw new Error(`no outlet ${options.outletId}`);
    const at = typeof options.at === 'string' ? Date.parse(options.at) : options.at;
    const created: Order[] = [];
    for (let k = 0; k < count; k++) {
      const createdAt = options.day !== undefined ? dayStart(options.day) + 7 * 3_600_000 + Math.floor((k * 12 * 3_600_000) / count / 1000) * 1000 : (at ?? this.options.now());
      if (Number.isNaN(createdAt)) throw new Error(`not a day or instant: ${String(options.day ?? options.at)}`);
      const order = this.factory.make({ createdAt, lastUpdatedAt: createdAt, status: options.status ?? 'Open', outlet, lineCount: options.lineCount });
      this.ordersById.set(order.id, order);
      created.push(order);
    }
    return created;
  }

  /** Moves the order to `status` (Cancelled: cancelledAt, cancelledByUserId, cancellationReason set; cleared otherwise). */
  setOrderStatus(orderId: string, status: OrderStatus, reason = 'Customer cancelled'): Order {
    return this.touch(orderId, (order, at) => {
      const cancelled = status === 'Cancelled';
      const previous = order.header.readOnly;
      const invoiced = status === 'Complete' || status === 'Posting' || status === 'Historic';
      return {
        ...order,
        header: {
          ...order.header,
          invoiceSent: previous.status === 'Historic' || status === 'Historic' ? true : order.header.invoiceSent,
          readOnly: {
            ...previous,
            status,
            hasStockBeenAdjusted: previous.hasStockBeenAdjusted || status === 'Historic',
            invoiceNumber: previous.invoiceNumber ?? (invoiced ? `INV${previous.orderNumber}` : null),
            cancellationReason: cancelled ? reason : null,
            cancelledAt: cancelled ? formatInstant(at) : null,
            cancelledByUserId: cancelled ? this.catalog.staffUserId : null,
          },
        },
      };
    });
  }

  setLineQuantity(orderId: string, lineId: string, quantity: number): Order {
    return this.touch(orderId, (order) => {
      if (!order.lines.some((line) => line.id === lineId)) throw new Error(`order ${orderId} has no line ${lineId}`);
      return { ...order, lines: order.lines.map((line) => (line.id === lineId ? requantify(line, quantity) : line)) };
    });
  }

  /** A new line priced from the order's outlet's price list; its id. */
  addOrderLine(orderId: string, stockItemId: string, quantity: number): string {
    let lineId = '';
    this.touch(orderId, (order) => {
      const outlet = this.catalog.outlets.find((entry) => entry.id === order.header.readOnly.outletId);
      const line = outlet === undefined ? null : this.factory.line(outlet, orderId, Math.max(0, ...order.lines.map((entry) => entry.sequence)) + 1, stockItemId, quantity);
      if (line === null) throw new Error(`item ${stockItemId} cannot go on an order`);
      lineId = line.id;
      return { ...order, lines: [...order.lines, line] };
    });
    return lineId;
  }

  removeOrderLine(orderId: string, lineId: string): Order {
    return this.touch(orderId, (order) => {
      const lines: OrderLine[] = order.lines.filter((line) => line.id !== lineId);
      if (lines.length === order.lines.length) throw new Error(`order ${orderId} has no line ${lineId}`);
      return { ...order, lines };
    });
  }

  /** The item's current list price on the price list (the old one kept as previousListPrice). */
  setListPrice(priceListId: string, stockItemId: string, price: number): PriceListLine {
    if (!this.catalog.priceLists.some((list) => list.id === priceListId)) throw new Error(`no price list ${priceListId}`);
    this.item(stockItemId);
    const lines = this.catalog.priceListLines;
    const index = lines.findIndex((line) => line.priceListId === priceListId && line.stockItemId === stockItemId);
    const old = lines[index];
    const next: PriceListLine = { isAvailable: true, priceListId, stockItemId, currentListPrice: price, plannedListPrice: null, previousListPrice: old?.currentListPrice ?? null };
    if (old === undefined) lines.push(next);
    else lines[index] = { ...old, currentListPrice: price, previousListPrice: old.currentListPrice };
    return lines[index] ?? next;
  }

  /** Replaces the order with `change(order)`, totals recomputed, version + 1, lastUpdatedAt now. */
  private touch(orderId: string, change: (order: Order, at: number) => Order): Order {
    const order = this.order(orderId);
    const at = Math.max(this.options.now(), Date.parse(order.header.readOnly.lastUpdatedAt) + 1);
    const changed = withTotals(change(order, at));
    const next: Order = {
      ...changed,
      header: { ...changed.header, version: order.header.version + 1, readOnly: { ...changed.header.readOnly, lastUpdatedAt: formatInstant(at) } },
    };
    this.ordersById.set(orderId, next);
    return next;
  }
}
