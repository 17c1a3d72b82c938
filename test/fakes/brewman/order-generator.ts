import { type TenantCatalog } from './catalog.js';
import { dayIn, dayStart, MS_PER_DAY } from './dates.js';
import { buildOrder } from './order-builder.js';
import { type LinePricing, priceLine } from './order-pricing.js';
import { type Order, type OrderLine, type OrderSource, type OrderStatus } from './orders-model.js';
import { guid, intBetween, pick, type Random, weighted } from './random.js';
import { type Outlet } from './reference-model.js';

/** Seeded orders: several a day over a range of days, every status, lines priced from the outlet's price list. */

export interface OrderPlan {
  /** The first day, `YYYY-MM-DD` (UTC). */
  startDate: string;
  days: number;
  ordersPerDay: number;
  /** Days (`YYYY-MM-DD`) with their own order count instead of ordersPerDay. */
  busyDays: Readonly<Record<string, number>>;
  /** Lines on every order; undefined: 1 to 4 at random. */
  linesPerOrder: number | undefined;
}

export const LIVE_STATUSES: readonly OrderStatus[] = ['Open', 'Complete', 'Historic', 'Cancelled', 'Posting'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CANCEL_REASONS = ['Customer cancelled', 'Duplicate order', 'Out of stock'];

/** How long after creation an order in each status was last touched (ms range). */
const LAST_TOUCH: Record<OrderStatus, readonly [number, number]> = {
  None: [0, 0],
  Open: [0, HOUR],
  Complete: [HOUR, 3 * MS_PER_DAY],
  Posting: [HOUR, 3 * MS_PER_DAY],
  Historic: [3 * MS_PER_DAY, 8 * MS_PER_DAY],
  Cancelled: [5 * MINUTE, 2 * MS_PER_DAY],
};
const VERSION: Record<OrderStatus, number> = { None: 1, Open: 1, Complete: 2, Posting: 3, Historic: 4, Cancelled: 2 };

export interface NewOrder {
  createdAt: number;
  lastUpdatedAt: number;
  status: OrderStatus;
  /** Default: one drawn at random (a hidden outlet only when `allowHidden`). */
  outlet?: Outlet;
  allowHidden?: boolean;
  lineCount?: number;
}

/** Makes orders from the catalog, numbering them in creation order. */
export class OrderFactory {
  private nextNumber = 10001;

  constructor(
    private readonly random: Random,
    private readonly catalog: TenantCatalog,
    private readonly timeZone: string,
  ) {}

  make(spec: NewOrder): Order {
    const random = this.random;
    const candidates = this.catalog.outlets.filter((outlet) => spec.allowHidden === true || !outlet.isHidden);
    const outlet = spec.outlet ?? weighted(random, candidates.map((entry) => [entry, entry.readOnly.isRetail ? 3 : 1] as const));
    const id = guid(random);
    const orderNumber = String(this.nextNumber++);
    const source = this.source(outlet);
    const external = this.externalReference(source, orderNumber);
    const lines = this.lines(outlet, id, spec.lineCount ?? intBetween(random, 1, 4));
    return buildOrder({
      id,
      orderNumber,
      outlet,
      createdAt: spec.createdAt,
      lastUpdatedAt: Math.max(spec.createdAt, spec.lastUpdatedAt),
      status: spec.status,
      source,
      externalReference: external,
      createdByUserId: source === 'BrewMan' ? this.catalog.staffUserId : this.catalog.apiUser.id,
      cancellation: spec.status === 'Cancelled' ? { byUserId: this.catalog.staffUserId, reason: pick(random, CANCEL_REASONS) } : null,
      customerReference: outlet.readOnly.isRetail || random() < 0.6 ? null : `PO${String(intBetween(random, 1000, 9999))}`,
      lines,
      version: VERSION[spec.status],
      timeZone: this.timeZone,
    });
  }

  /** A line for `stockItemId` on this outlet's price list, or null when the item cannot be sold. */
  line(outlet: Outlet, orderId: string, sequence: number, stockItemId: string, quantity: number, discountPercent = 0): OrderLine | null {
    const pricing = this.pricing(outlet, stockItemId, discountPercent);
    return pricing === null ? null : priceLine(guid(this.random), orderId, sequence, outlet.stockLocationId, quantity, pricing);
  }

  private pricing(outlet: Outlet, stockItemId: string, discountPercent: number): LinePricing | null {
    const item = this.catalog.items.find((entry) => entry.details.id === stockItemId);
    const priceList = this.catalog.priceLists.find((list) => list.id === outlet.priceListId);
    if (item === undefined || priceList === undefined || !item.details.behaviours.isInvoiceable) return null;
    const listLine = this.catalog.priceListLines.find((entry) => entry.priceListId === priceList.id && entry.stockItemId === stockItemId);
    const vatPercentage = this.catalog.vatCodes.find((code) => code.id === item.vat.vatCodeId)?.vatPercentage ?? 0;
    return { item, pkg: this.catalog.packages.get(stockItemId), priceList, listLine, vatPercentage, discountPercent };
  }

  private lines(outlet: Outlet, orderId: string, count: number): OrderLine[] {
    const random = this.random;
    const available = this.catalog.priceListLines.filter((entry) => entry.priceListId === outlet.priceListId && entry.isAvailable).map((entry) => entry.stockItemId);
    const lines: OrderLine[] = [];
    const chosen = new Set<string>();
    for (let n = 0; n < count && chosen.size < available.length; n++) {
      let stockItemId = pick(random, available);
      while (chosen.has(stockItemId)) stockItemId = pick(random, available);
      chosen.add(stockItemId);
      const pkg = this.catalog.packages.get(stockItemId);
      const most = pkg?.draught === true ? 4 : outlet.readOnly.isRetail ? 3 : 12;
      const discount = !outlet.readOnly.isRetail && random() < 0.25 ? pick(random, [5, 10]) : 0;
      const line = this.line(outlet, orderId, lines.length + 1, stockItemId, intBetween(random, 1, most), discount);
      if (line !== null) lines.push(line);
    }
    const delivery = this.catalog.items.find((item) => item.details.mainPurpose === 'DeliveryService');
    if (delivery !== undefined && outlet.distributionType === 'Delivery' && random() < 0.2) {
      const line = this.line(outlet, orderId, lines.length + 1, delivery.details.id, 1);
      if (line !== null) lines.push(line);
    }
    return lines;
  }

  private source(outlet: Outlet): OrderSource {
    if (outlet.readOnly.isRetail)
      return weighted(this.random, [
        ['Shopify', 5],
        ['Square', 2],
        ['BrewMan', 3],
      ]);
    return weighted(this.random, [
      ['BrewMan', 85],
      ['WooCommerce', 15],
    ]);
  }

  /** What the other system calls the order (null for orders taken in Brewman). */
  private externalReference(source: OrderSource, orderNumber: string): string | null {
    if (source === 'Shopify') return `#${String(Number(orderNumber) - 9000)}`;
    if (source === 'Square') return `sq_${guid(this.random).replace(/-/g, '').slice(0, 20)}`;
    if (source === 'WooCommerce') return `wc-${String(Number(orderNumber) - 6000)}`;
    return null;
  }
}

/** When the seeded history ends: midnight UTC after its last day. */
export const planEnd = (plan: OrderPlan): number => dayStart(plan.startDate) + Math.max(0, plan.days) * MS_PER_DAY;

/** The seeded orders in creation order; every live status appears at least once (given five orders). */
export function generateOrders(factory: OrderFactory, random: Random, plan: OrderPlan): Order[] {
  const end = planEnd(plan);
  const slots: number[] = [];
  for (let index = 0; index < plan.days; index++) {
    const start = dayStart(plan.startDate) + index * MS_PER_DAY;
    const day = dayIn(start, 'UTC');
    const count = plan.busyDays[day] ?? plan.ordersPerDay;
    for (let k = 0; k < count; k++) {
      // Every seventh day its last order comes late (23:30 UTC): the next day in zones east of UTC.
      const late = index % 7 === 6 && k === count - 1 && plan.busyDays[day] === undefined;
      slots.push(late ? start + 23 * HOUR + 30 * MINUTE : start + 7 * HOUR + Math.floor(((k + random()) * 12 * HOUR) / count / 1000) * 1000);
    }
  }
  const statuses = slots.map((createdAt): OrderStatus => {
    const old = end - createdAt > 10 * MS_PER_DAY;
    return old
      ? weighted(random, [['Historic', 60], ['Complete', 20], ['Cancelled', 10], ['Posting', 5], ['Open', 5]] as const)
      : weighted(random, [['Open', 45], ['Complete', 30], ['Posting', 10], ['Cancelled', 10], ['Historic', 5]] as const);
  });
  // Small histories may miss a status: give it to the latest order whose status others share.
  for (const status of LIVE_STATUSES.filter((entry) => !statuses.includes(entry))) {
    const slot = statuses.findLastIndex((entry) => statuses.filter((other) => other === entry).length > 1);
    if (slot >= 0) statuses[slot] = status;
  }
  return slots.map((createdAt, index) => {
    const status = statuses[index] ?? 'Open';
    const [least, most] = LAST_TOUCH[status];
    const touched = Math.min(end, createdAt + least + Math.floor((random() * (most - least)) / 1000) * 1000);
    return factory.make({ createdAt, lastUpdatedAt: touched, status, allowHidden: end - createdAt > 10 * MS_PER_DAY, lineCount: plan.linesPerOrder });
  });
}
