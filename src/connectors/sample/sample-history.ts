import type { SalesHistoryRecord } from '../../sync-contract/records/sales-history.record.js';
import { dateOf, lastDayOf, weekOf } from './sample-calendar.js';
import { CANCELLED_AFTER_DAYS, orderAsOf, ordersOn, REFUNDED_AFTER_DAYS } from './sample-orders.js';
import { CURRENCY, money, type SampleStore } from './sample-store.js';

/**
 * Weekly sales per variant and channel, summed from the orders as they stand (units still
 * sold: cancelled orders count nothing). Generation 1 holds every week of the history; a later one the
 * weeks that day's orders changed: the current week, grown, and those of the orders
 * cancelled or refunded that day.
 */
export function* salesHistory(store: SampleStore, generation: number): Generator<SalesHistoryRecord> {
  const today = lastDayOf(generation);
  const weeks =
    generation === 1
      ? Array.from({ length: (weekOf(today) - weekOf(0)) / 7 + 1 }, (_, i) => weekOf(0) + 7 * i)
      : [...new Set([today - REFUNDED_AFTER_DAYS, today - CANCELLED_AFTER_DAYS, today].map(weekOf))];
  for (const week of weeks) yield* weekOfSales(store, week, today);
}

function weekOfSales(store: SampleStore, week: number, today: number): SalesHistoryRecord[] {
  const totals = new Map<string, { variant: string; channel: string; quantity: number; revenueCents: number }>();
  for (let day = Math.max(0, week); day <= Math.min(week + 6, today); day += 1) {
    for (let index = 0; index < ordersOn(store, day); index += 1) {
      const order = orderAsOf(store, day, index, today);
      for (const line of order.lines) {
        const key = `${line.variant}\u0000${order.channel}`;
        const total = totals.get(key) ?? { variant: line.variant, channel: order.channel, quantity: 0, revenueCents: 0 };
        total.quantity += line.current;
        total.revenueCents += line.current * line.unitPriceCents;
        totals.set(key, total);
      }
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, total]) => ({
      skuExternalId: total.variant,
      channelExternalId: total.channel,
      periodStart: dateOf(week),
      periodLength: 'week',
      quantity: String(total.quantity),
      revenue: money(total.revenueCents),
      currency: CURRENCY,
    }));
}
