import type { SalesOrderRecord } from '../../sync-contract/records/sales-order.record.js';
import { compactDateOf, dayStart, instantOf, lastDayOf } from './sample-calendar.js';
import { pickProducts, priceCents, RETIRED_PRICE_CENTS, RETIRED_VARIANTS, UNLISTED_CHANNEL, variantId } from './sample-catalog.js';
import { CURRENCY, money, type SampleStore } from './sample-store.js';

/*
 * The store's orders. Every day has about size/5 orders (at least 2), placed 07:00-21:00
 * UTC, of 1 to 3 lines. Of each day's orders, one in 20 (at least one) is cancelled the
 * next day and one in 10 (at least one) partially refunded three days later (a unit of its
 * first line, which has two or more). Every day one more order comes from the
 * marketplace, a channel the channels feed does not list, and the first order has one more
 * line, of a retired variant the products feed does not list: so every sync, and every
 * dry run, has ids to report as unmapped.
 */

export const CANCELLED_AFTER_DAYS = 1;
export const REFUNDED_AFTER_DAYS = 3;

type Fate = 'cancelled' | 'refunded';

export interface OrderLine {
  variant: string;
  /** As ordered. */
  quantity: number;
  /** Still sold: as ordered, less what was refunded (none once the order is cancelled). */
  current: number;
  unitPriceCents: number;
}

/** An order as of a day: what happened to it by then applied. */
export interface OrderState {
  externalId: string;
  channel: string;
  /** The payment state; a cancelled order was refunded in full. */
  status: 'paid' | 'partially_refunded' | 'refunded';
  orderedAtMs: number;
  cancelledAtMs: number | null;
  updatedAtMs: number;
  lines: OrderLine[];
}

/** The day's orders from the listed channels. */
const regularOrdersOn = (store: SampleStore, day: number): number =>
  Math.max(2, Math.round((store.size / 5) * (0.75 + 0.5 * store.random.fraction('orders', day))));

/** All of the day's orders: the last one is the marketplace's. */
export const ordersOn = (store: SampleStore, day: number): number => regularOrdersOn(store, day) + 1;

/** The cancelled and the refunded orders of a day are runs of indices from a random start. */
function fateOf(store: SampleStore, day: number, index: number): Fate | null {
  const regular = regularOrdersOn(store, day);
  if (index >= regular) return null;
  const cancelled = Math.max(1, Math.floor(regular / 20));
  const refunded = Math.max(1, Math.floor(regular / 10));
  const position = (index - store.random.int(0, regular - 1, 'fate', day) + regular) % regular;
  if (position < cancelled) return 'cancelled';
  return position < cancelled + refunded ? 'refunded' : null;
}

/** Order `index` of `day`, as it stands at the end of `today`. */
export function orderAsOf(store: SampleStore, day: number, index: number, today: number): OrderState {
  const { random } = store;
  const count = ordersOn(store, day);
  const fate = fateOf(store, day, index);
  const channel = index === regularOrdersOn(store, day) ? UNLISTED_CHANNEL : random.weighted([['web', 65], ['retail', 35]] as const, 'channel', day, index);
  const lineCount = random.weighted([[1, 55], [2, 30], [3, 15]] as const, 'lines', day, index);
  const lines: OrderLine[] = pickProducts(store, lineCount, day, index).map((product, line) => {
    const drawn = random.weighted([[1, 60], [2, 25], [3, 10], [4, 5]] as const, 'quantity', day, index, line);
    // A partial refund takes back a unit of the first line.
    const quantity = fate === 'refunded' && line === 0 ? Math.max(2, drawn) : drawn;
    return { variant: variantId(product), quantity, current: quantity, unitPriceCents: priceCents(store, product, channel === 'retail' ? 'retail' : 'web', day) };
  });
  if (index === 0) lines.push({ variant: RETIRED_VARIANTS[day % RETIRED_VARIANTS.length] ?? '', quantity: 1, current: 1, unitPriceCents: RETIRED_PRICE_CENTS });
  const orderedAtMs = dayStart(day, 7 * 60 + Math.floor(((index + random.fraction('minute', day, index)) * 14 * 60) / count));
  const fateDay = day + (fate === 'cancelled' ? CANCELLED_AFTER_DAYS : REFUNDED_AFTER_DAYS);
  const fateAtMs = dayStart(fateDay, 9 * 60 + random.int(0, 480, 'fate-time', day, index));
  const happened = fate !== null && fateDay <= today ? fate : null;
  const firstLine = lines[0];
  if (happened === 'refunded' && firstLine !== undefined) firstLine.current -= 1;
  if (happened === 'cancelled') for (const line of lines) line.current = 0;
  return {
    externalId: `order-${compactDateOf(day)}-${String(index + 1).padStart(4, '0')}`,
    channel,
    status: happened === null ? 'paid' : happened === 'cancelled' ? 'refunded' : 'partially_refunded',
    orderedAtMs,
    cancelledAtMs: happened === 'cancelled' ? fateAtMs : null,
    updatedAtMs: happened === null ? orderedAtMs : fateAtMs,
    lines,
  };
}

/**
 * The orders whose state changed on a day, as of that day: generation 1 is the whole
 * history; a later one the day's cancellations, partial refunds and new orders.
 */
export function* changedOrders(store: SampleStore, generation: number): Generator<OrderState> {
  const today = lastDayOf(generation);
  if (generation === 1) {
    for (let day = 0; day <= today; day += 1) {
      for (let index = 0; index < ordersOn(store, day); index += 1) yield orderAsOf(store, day, index, today);
    }
    return;
  }
  const fates: [number, Fate][] = [
    [today - CANCELLED_AFTER_DAYS, 'cancelled'],
    [today - REFUNDED_AFTER_DAYS, 'refunded'],
  ];
  for (const [day, fate] of fates) {
    for (let index = 0; index < ordersOn(store, day); index += 1) {
      if (fateOf(store, day, index) === fate) yield orderAsOf(store, day, index, today);
    }
  }
  for (let index = 0; index < ordersOn(store, today); index += 1) yield orderAsOf(store, today, index, today);
}

const currentCents = (order: OrderState): number => order.lines.reduce((sum, line) => sum + line.current * line.unitPriceCents, 0);
const refundedCents = (order: OrderState): number => order.lines.reduce((sum, line) => sum + (line.quantity - line.current) * line.unitPriceCents, 0);

export function toOrderRecord(order: OrderState): SalesOrderRecord {
  return {
    externalId: order.externalId,
    orderNumber: `#${order.externalId.slice('order-'.length)}`,
    channelExternalId: order.channel,
    status: order.status,
    countsAsSale: order.cancelledAtMs === null,
    orderedAt: instantOf(order.orderedAtMs),
    cancelledAt: order.cancelledAtMs === null ? null : instantOf(order.cancelledAtMs),
    currency: CURRENCY,
    totalAmount: money(currentCents(order)),
    refundedAmount: money(refundedCents(order)),
    sourceUpdatedAt: instantOf(order.updatedAtMs),
    lines: order.lines.map((line, index) => ({
      externalId: `${order.externalId}-${index + 1}`,
      skuExternalId: line.variant,
      quantity: String(line.current),
      orderedQuantity: String(line.quantity),
      unitPrice: money(line.unitPriceCents),
    })),
  };
}
