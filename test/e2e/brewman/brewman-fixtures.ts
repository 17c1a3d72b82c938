import type { FakeBrewman, Order } from '../../fakes/brewman/index.js';

const DAY_MS = 86_400_000;

/** The UTC day `days` before today, `YYYY-MM-DD`: the fake's orders are seeded relative to the real clock. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const GOODS = new Set(['Product', 'AutoAssembledItem']);
const CHARGES = new Set(['DeliveryService', 'PoDeliveryService', 'BottleDepositCharge', 'BottleDepositRedemption']);
const SOLD = new Set(['Open', 'Complete', 'Historic', 'Posting']);

/** Numbers as one text, so "12.5000" and 12.5 compare equal. */
const n = (value: unknown): string => String(Number(value));

/** What the fake holds, in the terms the API lists it: codes for ids (mappings by external id), units as numbers. */
export function expected(fake: FakeBrewman): {
  goods: string[];
  stock: string[];
  prices: (priceListId: string) => string[];
  outlets: string[];
  order: (order: Order) => string;
} {
  const items = fake.items();
  const code = new Map(items.map((i) => [i.details.id, i.details.code ?? '']));
  const goods = new Set(items.filter((i) => GOODS.has(i.details.mainPurpose)).map((i) => i.details.id));
  const charges = new Set(items.filter((i) => CHARGES.has(i.details.mainPurpose)).map((i) => i.details.id));
  const outlet = new Map(fake.outlets().map((o) => [o.id, o.readOnly.code ?? '']));
  return {
    goods: [...goods].sort(),
    stock: fake
      .stockLevels()
      .filter((l) => goods.has(l.stockItemId))
      .map((l) => `${code.get(l.stockItemId) ?? ''}@${l.stockLocationId}=${n(l.quantity)}`)
      .sort(),
    prices: (priceListId) =>
      fake
        .priceListLines(priceListId)
        .filter((l) => l.isAvailable && l.currentListPrice !== null)
        .map((l) => `${code.get(l.stockItemId) ?? ''}=${n(l.currentListPrice)}`)
        .sort(),
    outlets: fake
      .outlets()
      .map((o) => o.id)
      .sort(),
    order: (order) => {
      const said = order.header.readOnly;
      const sold = SOLD.has(said.status);
      const lines = order.lines
        .filter((l) => !charges.has(l.stockItemId))
        .map((l) => `${code.get(l.stockItemId) ?? ''}:${sold ? n(l.quantity) : '0'}/${n(l.quantity)}@${n(l.unitNetPrice)}`)
        .sort();
      return [said.orderNumber, said.status, sold, outlet.get(said.outletId) ?? '', sold ? n(said.totalNetPrice) : '0', instantOf(said.cancelledAt), lines.join(',')].join(' ');
    },
  };
}

/** A stored order (GET /sales-orders) in the same terms as `expected(...).order`. */
export function storedOrder(row: Record<string, unknown>): string {
  const lines = (row.lines as Record<string, unknown>[]).map((l) => `${l.skuCode as string}:${n(l.quantity)}/${n(l.orderedQuantity)}@${n(l.unitPrice)}`).sort();
  return [row.orderNumber, row.status, row.countsAsSale, row.channelCode ?? '', n(row.totalAmount), instantOf(row.cancelledAt as string | null), lines.join(',')].join(' ');
}

/** An instant in one spelling: Brewman trims trailing zeros of the milliseconds (".73Z"), our API does not. */
function instantOf(value: string | null | undefined): string {
  return value === null || value === undefined ? '-' : new Date(value).toISOString();
}

/** A stored inventory row in the terms of `expected(...).stock`. */
export const storedStock = (row: Record<string, unknown>): string => `${row.skuCode as string}@${row.location as string}=${n(row.onHand)}`;
/** A stored price in the terms of `expected(...).prices`. */
export const storedPrice = (row: Record<string, unknown>): string => `${row.skuCode as string}=${n(row.amount)}`;
