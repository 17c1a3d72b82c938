import type { ChannelRecord } from '../../sync-contract/records/channel.record.js';
import type { PriceRecord } from '../../sync-contract/records/price.record.js';
import type { ProductRecord } from '../../sync-contract/records/product.record.js';
import type { RandomKey } from './sample-random.js';
import { CURRENCY, money, type SampleStore } from './sample-store.js';

/** The channels the feed lists; orders also come from `marketplace`, which it does not. */
export const SELLING_CHANNELS = ['web', 'retail'] as const;
export type SellingChannel = (typeof SELLING_CHANNELS)[number];
export const UNLISTED_CHANNEL = 'marketplace';

/** Variants some order lines still name, long gone from the products feed. */
export const RETIRED_VARIANTS = ['variant-retired-1', 'variant-retired-2'] as const;
export const RETIRED_PRICE_CENTS = 1299;

const CHANNEL_RECORDS: Readonly<Record<SellingChannel, ChannelRecord>> = {
  web: { externalId: 'web', code: 'SAMPLE-WEB', name: 'Sample web store' },
  retail: { externalId: 'retail', code: 'SAMPLE-RETAIL', name: 'Sample retail shops' },
};

const ADJECTIVES = ['Cedar', 'Harbor', 'Juniper', 'Copper', 'Meadow', 'Granite', 'Saffron', 'Willow', 'Amber', 'Cobalt', 'Maple', 'Linen', 'Slate', 'Coral', 'Birch', 'Indigo'];
const NOUNS = ['Mug', 'Candle', 'Tote', 'Notebook', 'Throw', 'Planter', 'Teapot', 'Scarf', 'Lamp', 'Bowl', 'Apron', 'Journal', 'Vase', 'Blanket', 'Tumbler', 'Cushion'];

export const channels = (): ChannelRecord[] => SELLING_CHANNELS.map((key) => CHANNEL_RECORDS[key]);

export const variantId = (product: number): string => `variant-${product + 1}`;

export function products(store: SampleStore): ProductRecord[] {
  return Array.from({ length: store.size }, (_, i) => ({
    externalId: variantId(i),
    sku: `S${store.seed}-${String(i + 1).padStart(4, '0')}`,
    name: `${ADJECTIVES[store.random.int(0, ADJECTIVES.length - 1, 'adjective', i)] ?? ''} ${NOUNS[store.random.int(0, NOUNS.length - 1, 'noun', i)] ?? ''}`,
    barcode: ean13(`20${String(store.random.int(0, 99_999, 'barcode', i)).padStart(5, '0')}${String(i).padStart(5, '0')}`),
  }));
}

/**
 * `count` different products for the lines of one order (at most every product), the
 * popular ones (low numbers) more often.
 */
export function pickProducts(store: SampleStore, count: number, ...key: RandomKey): number[] {
  const chosen: number[] = [];
  for (let line = 0; line < Math.min(count, store.size); line += 1) {
    let product = Math.floor(store.size * store.random.fraction('product', ...key, line) ** 1.6);
    while (chosen.includes(product)) product = (product + 1) % store.size;
    chosen.push(product);
  }
  return chosen;
}

/**
 * A product's price on a channel on a day, in cents. Each product's prices hold for a
 * period of its own (7 to 28 days), so on any day a few products change price; the web
 * store runs a 10% promotion in some periods.
 */
export function priceCents(store: SampleStore, product: number, channel: SellingChannel, day: number): number {
  const { random } = store;
  const length = random.int(7, 28, 'price-period', product);
  const period = Math.floor((day + random.int(0, length - 1, 'price-phase', product)) / length);
  const base = random.int(3, 119, 'price', product) * 100 + 99;
  const list = Math.max(99, Math.round((base * (0.85 + 0.3 * random.fraction('price-move', product, period))) / 100) * 100 - 1);
  const promotion = channel === 'web' && random.fraction('promotion', product, period) < 0.3;
  return promotion ? Math.round(list * 0.9) : list;
}

/** Every product's price on each selling channel (one price list per channel), as of a day. */
export function prices(store: SampleStore, day: number): PriceRecord[] {
  return Array.from({ length: store.size }, (_, i) =>
    SELLING_CHANNELS.map((channel) => ({
      skuExternalId: variantId(i),
      priceList: channel,
      channelExternalId: channel,
      currency: CURRENCY,
      amount: money(priceCents(store, i, channel, day)),
    })),
  ).flat();
}

/** Twelve digits and their EAN-13 check digit. */
function ean13(digits: string): string {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) sum += Number(digits.charAt(index)) * (index % 2 === 0 ? 1 : 3);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}
