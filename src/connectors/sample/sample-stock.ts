import type { PendingSaleRecord } from '../../sync-contract/records/pending-sale.record.js';
import type { WarehouseInventoryRecord } from '../../sync-contract/records/warehouse-inventory.record.js';
import { compactDateOf, dayStart, instantOf } from './sample-calendar.js';
import { pickProducts, priceCents, SELLING_CHANNELS, variantId } from './sample-catalog.js';
import { CURRENCY, money, type SampleStore } from './sample-store.js';

const LOCATIONS = ['east-dc', 'west-dc'] as const;

/**
 * Stock of every variant at each distribution centre at the end of a day. Each runs down
 * by a steady amount a day and is restocked every 10 to 30 days (its own cycle), so every
 * level moves every day.
 */
export function inventory(store: SampleStore, today: number): WarehouseInventoryRecord[] {
  const { random } = store;
  const asOf = instantOf(dayStart(today, 23 * 60));
  return Array.from({ length: store.size }, (_, product) =>
    LOCATIONS.map((location) => {
      const restocked = random.int(40, 400, 'restock', product, location);
      const cycle = random.int(10, 30, 'cycle', product, location);
      const daysSince = (today + random.int(0, cycle - 1, 'stock-phase', product, location)) % cycle;
      const onHand = restocked - Math.floor((daysSince * restocked) / cycle);
      const committed = Math.min(onHand, random.int(0, 6, 'committed', product, location, today));
      return {
        skuExternalId: variantId(product),
        location,
        onHand: String(onHand),
        committed: String(committed),
        available: String(onHand - committed),
        asOf,
      };
    }),
  ).flat();
}

/** The day's orders awaiting payment (about size/10, at least one), line by line; a new set each day. */
export function pendingSales(store: SampleStore, today: number): PendingSaleRecord[] {
  const { random } = store;
  const count = Math.max(1, Math.ceil(store.size / 10));
  return Array.from({ length: count }, (_, index) => {
    const orderExternalId = `pending-${compactDateOf(today)}-${String(index + 1).padStart(4, '0')}`;
    const channel = SELLING_CHANNELS[random.int(0, SELLING_CHANNELS.length - 1, 'pending-channel', today, index)] ?? 'web';
    const orderedAt = instantOf(dayStart(today, 20 * 60 + Math.floor((index * 180) / count)));
    const lines = pickProducts(store, random.int(1, 2, 'pending-lines', today, index), 'pending', today, index);
    return lines.map((product, line) => {
      const quantity = random.int(1, 3, 'pending-quantity', today, index, line);
      return {
        orderExternalId,
        lineExternalId: `${orderExternalId}-${line + 1}`,
        skuExternalId: variantId(product),
        channelExternalId: channel,
        orderedAt,
        quantity: String(quantity),
        amount: money(quantity * priceCents(store, product, channel, today)),
        currency: CURRENCY,
      };
    });
  }).flat();
}
