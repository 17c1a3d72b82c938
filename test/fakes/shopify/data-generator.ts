import { gid } from './gid.js';
import {
  CANCEL_REASONS,
  currentTotal,
  type FakeLineItem,
  type FakeOrder,
  type FakeProduct,
  type FakeVariant,
  type FinancialStatus,
  type FulfillmentStatus,
  orderTotal,
} from './model.js';
import { intBetween, type Random, seededRandom, weighted } from './random.js';

export interface DataOptions {
  seed: number;
  orders: number;
  variants: number;
  /** Fixed number of lines on every order; undefined: 1 to 5. */
  linesPerOrder: number | undefined;
  /** Share of lines whose SKU is not in the catalog (variant null). */
  unknownSkuRate: number;
  /** Creation time of the first order (epoch ms). */
  startAt: number;
  /** Seconds between two orders' creation. */
  orderIntervalSeconds: number;
  currencyCode: string;
  /** Share of lines that are custom items: no variant and no SKU ("Gift wrap"). */
  customLineRate: number;
  /** The customer's currency on every order (presentmentMoney). */
  presentmentCurrencyCode: string;
  /** Presentment amount = round(shop amount × rate). */
  presentmentRate: number;
}

// Ids are large and not contiguous, like real ones, so nobody confuses them with numbers.
const ORDER_ID_BASE = 5_100_000_000_000;
const LINE_ID_BASE = 13_700_000_000_000;
const VARIANT_ID_BASE = 44_200_000_000_000;
const PRODUCT_ID_BASE = 8_900_000_000_000;

const FINANCIAL_MIX: readonly (readonly [FinancialStatus, number])[] = [
  ['PAID', 62],
  ['PARTIALLY_REFUNDED', 10],
  ['PENDING', 8],
  ['AUTHORIZED', 8],
  ['PARTIALLY_PAID', 5],
  ['REFUNDED', 5],
  ['VOIDED', 1],
  ['EXPIRED', 1],
];
const TEST_ORDER_RATE = 0.05;
const CANCELLED_RATE = 0.06;
const ADJECTIVES = ['Alpine', 'Coastal', 'Urban', 'Classic', 'Nordic', 'Desert', 'Forest', 'Summit'];
const NOUNS = ['Jacket', 'Board', 'Bottle', 'Backpack', 'Beanie', 'Tent', 'Lamp', 'Mug'];
const OPTION_TITLES = ['Small', 'Medium', 'Large', '151cm', '158cm', 'Red', 'Blue'];
const CUSTOM_TITLES = ['Gift wrap', 'Engraving', 'Rush handling', 'Custom embroidery'];
/** Roughly one line in four has a line-level discount of 10 to 30 %. */
const DISCOUNTED_LINE_RATE = 0.25;

/**
 * Makes the store's data from a seed. It keeps its own random sequence and counters so
 * that orders added later (addOrders) are as reproducible as the first ones. Discounts,
 * custom items and cancel reasons come from a second sequence, so a seed gives the same
 * orders, statuses, variants and quantities as before they were added.
 */
export class DataGenerator {
  private readonly random: Random;
  private readonly extras: Random;
  private nextOrderNumber = 1;
  private nextLineId = 1;

  constructor(private readonly options: DataOptions) {
    this.random = seededRandom(options.seed);
    this.extras = seededRandom(options.seed + 15_485_863);
  }

  variants(): FakeVariant[] {
    const variants: FakeVariant[] = [];
    let product: FakeProduct | undefined;
    let left = 0;
    for (let i = 1; i <= this.options.variants; i++) {
      if (product === undefined || left === 0) {
        const p = i;
        product = {
          legacyId: PRODUCT_ID_BASE + p * 11,
          id: gid('Product', PRODUCT_ID_BASE + p * 11),
          title: `${ADJECTIVES[p % ADJECTIVES.length] ?? 'Plain'} ${NOUNS[(p * 3) % NOUNS.length] ?? 'Thing'}`,
        };
        left = intBetween(this.random, 1, 3);
      }
      left--;
      const legacyId = VARIANT_ID_BASE + i * 17;
      const createdAt = this.options.startAt - 90 * 86_400_000 + i * 3_600_000;
      variants.push({
        legacyId,
        id: gid('ProductVariant', legacyId),
        sku: `SKU-${String(i).padStart(5, '0')}`,
        barcode: this.random() < 0.1 ? null : String(4_006_381_000_000 + i * 7),
        title: OPTION_TITLES[intBetween(this.random, 0, OPTION_TITLES.length - 1)] ?? 'Default Title',
        priceCents: intBetween(this.random, 1, 40) * 500 - (this.random() < 0.5 ? 1 : 0),
        createdAt,
        updatedAt: createdAt + intBetween(this.random, 0, 48) * 3_600_000,
        product,
      });
    }
    return variants;
  }

  /** Orders numbered from where the last call stopped; `firstCreatedAt` overrides the schedule. */
  orders(count: number, catalog: readonly FakeVariant[], firstCreatedAt?: number): FakeOrder[] {
    const orders: FakeOrder[] = [];
    for (let i = 0; i < count; i++) {
      const n = this.nextOrderNumber++;
      const interval = this.options.orderIntervalSeconds * 1000;
      const scheduled = this.options.startAt + (n - 1) * interval;
      // Orders come in groups of three sharing one updatedAt, so readers must handle ties.
      const scheduledUpdate = this.options.startAt + (Math.floor((n - 1) / 3) * 3 + 2) * interval + 30_000;
      const createdAt = firstCreatedAt ?? scheduled;
      const updatedAt = firstCreatedAt ?? scheduledUpdate;
      orders.push(this.order(n, createdAt, updatedAt, catalog));
    }
    return orders;
  }

  private order(n: number, createdAt: number, updatedAt: number, catalog: readonly FakeVariant[]): FakeOrder {
    const cancelled = this.random() < CANCELLED_RATE;
    const financialStatus: FinancialStatus = cancelled
      ? weighted(this.random, [
          ['VOIDED', 1],
          ['REFUNDED', 1],
        ] as const)
      : weighted(this.random, FINANCIAL_MIX);
    const lineCount = this.options.linesPerOrder ?? intBetween(this.random, 1, 5);
    const lineItems = Array.from({ length: lineCount }, (_, index) => this.lineItem(catalog, financialStatus, cancelled, index));
    const legacyId = ORDER_ID_BASE + n * 3;
    const total = orderTotal(lineItems);
    // What was refunded: the units taken away, or everything on a refunded order; nothing was captured on a voided one.
    const refunded = financialStatus === 'REFUNDED' ? total : financialStatus === 'PARTIALLY_REFUNDED' ? total - currentTotal(lineItems) : 0;
    return {
      legacyId,
      id: gid('Order', legacyId),
      name: `#${1000 + n}`,
      number: 1000 + n,
      createdAt,
      updatedAt,
      processedAt: createdAt,
      cancelledAt: cancelled ? updatedAt : null,
      cancelReason: cancelled ? (CANCEL_REASONS[intBetween(this.extras, 0, CANCEL_REASONS.length - 1)] ?? 'OTHER') : null,
      test: this.random() < TEST_ORDER_RATE,
      currencyCode: this.options.currencyCode,
      presentmentCurrencyCode: this.options.presentmentCurrencyCode,
      presentmentRate: this.options.presentmentRate,
      financialStatus,
      fulfillmentStatus: this.fulfillment(financialStatus),
      totalPriceCents: total,
      currentTotalPriceCents: currentTotal(lineItems),
      totalRefundedCents: refunded,
      lineItems,
    };
  }

  private lineItem(catalog: readonly FakeVariant[], status: FinancialStatus, cancelled: boolean, index: number): FakeLineItem {
    const legacyId = LINE_ID_BASE + this.nextLineId++ * 5;
    const quantity = intBetween(this.random, 1, 4);
    // A refund takes quantity away from the first line (partially) or from all lines; a
    // cancellation removes every unit.
    const currentQuantity =
      cancelled || status === 'REFUNDED' ? 0 : status === 'PARTIALLY_REFUNDED' && index === 0 ? quantity - 1 : quantity;
    const variant = catalog.length === 0 || this.random() < this.options.unknownSkuRate ? undefined : catalog[intBetween(this.random, 0, catalog.length - 1)];
    const unknownSku = variant === undefined ? `GONE-${String(intBetween(this.random, 1, 9999)).padStart(4, '0')}` : null;
    const unknownPrice = variant === undefined ? intBetween(this.random, 100, 9_999) : 0;
    const base = { legacyId, id: gid('LineItem', legacyId), quantity, currentQuantity };
    let line: FakeLineItem;
    if (this.extras() < this.options.customLineRate) {
      const title = CUSTOM_TITLES[intBetween(this.extras, 0, CUSTOM_TITLES.length - 1)] ?? 'Custom item';
      const price = intBetween(this.extras, 1, 20) * 100;
      line = { ...base, sku: null, name: title, title, unitPriceCents: price, discountedUnitPriceCents: price, variantId: null };
    } else if (variant === undefined) {
      line = {
        ...base,
        sku: unknownSku,
        name: 'Discontinued item',
        title: 'Discontinued item',
        unitPriceCents: unknownPrice,
        discountedUnitPriceCents: unknownPrice,
        variantId: null,
      };
    } else {
      line = {
        ...base,
        sku: variant.sku,
        name: `${variant.product.title} - ${variant.title}`,
        title: variant.product.title,
        unitPriceCents: variant.priceCents,
        discountedUnitPriceCents: variant.priceCents,
        variantId: variant.id,
      };
    }
    if (this.extras() < DISCOUNTED_LINE_RATE) {
      const percentOff = intBetween(this.extras, 10, 30);
      line = { ...line, discountedUnitPriceCents: Math.round((line.unitPriceCents * (100 - percentOff)) / 100) };
    }
    return line;
  }

  private fulfillment(status: FinancialStatus): FulfillmentStatus {
    if (status !== 'PAID' && status !== 'PARTIALLY_REFUNDED') return 'UNFULFILLED';
    return weighted(this.random, [
      ['FULFILLED', 6],
      ['UNFULFILLED', 3],
      ['PARTIALLY_FULFILLED', 1],
    ] as const);
  }
}
