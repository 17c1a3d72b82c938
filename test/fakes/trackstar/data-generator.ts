import { intBetween, type Random } from '../shopify/random.js';
import { formatDate, type Location, type Lot, type StockLevels, type StoredItem } from './model.js';

export interface ItemShape {
  /** Warehouses of the connection an item may be stocked in. */
  warehouses: readonly string[];
  warehouseCustomers: readonly string[];
  /** How many of them each item is stocked in, both ends included. */
  warehousesPerItem: readonly [number, number];
  nullSkuRate: number;
}

const DAY = 86_400;

/** Lower-case hex: TrackStar ids are opaque strings, and list order is by id. */
export function hex(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += Math.floor(random() * 16).toString(16);
  return text;
}

export const uuid = (random: Random): string => `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`;

/** Random quantities for one warehouse, consistent as TrackStar documents: onhand = committed + unfulfillable + fulfillable. */
export function randomLevels(random: Random): StockLevels {
  const empty = random() < 0.08;
  const fulfillable = empty ? 0 : intBetween(random, 0, 500);
  const committed = empty ? 0 : intBetween(random, 0, Math.min(60, fulfillable));
  const unfulfillable = random() < 0.8 ? 0 : intBetween(random, 1, 12);
  const awaiting = random() < 0.7 ? 0 : intBetween(random, 1, 240);
  return { onhand: committed + unfulfillable + fulfillable, committed, fulfillable, unfulfillable, sellable: fulfillable, awaiting, unsellable: 0 };
}

function pickWarehouses(random: Random, shape: ItemShape): string[] {
  const [min, max] = shape.warehousesPerItem;
  const count = Math.min(shape.warehouses.length, intBetween(random, min, max));
  const pool = [...shape.warehouses];
  const picked: string[] = [];
  while (picked.length < count && pool.length > 0) picked.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return picked;
}

/** Bins for each warehouse (one or two, sharing its onhand) and, for one item in five, a lot per warehouse. */
function placements(random: Random, byWarehouse: Map<string, StockLevels>): { lots: Lot[]; locations: Location[] } {
  const lots: Lot[] = [];
  const locations: Location[] = [];
  const withLots = random() < 0.2;
  for (const [warehouse, levels] of byWarehouse) {
    const first = intBetween(random, 0, levels.onhand);
    const split = random() < 0.3 && levels.onhand > 1;
    locations.push({ location_id: `loc_${hex(random, 10)}`, quantity: split ? first : levels.onhand, warehouse_id: warehouse });
    if (split) locations.push({ location_id: `loc_${hex(random, 10)}`, quantity: levels.onhand - first, warehouse_id: warehouse });
    if (withLots) {
      const expires = Date.UTC(2026 + intBetween(random, 0, 2), intBetween(random, 0, 11), intBetween(random, 1, 28)) / 1000;
      lots.push({ lot_id: `lot_${hex(random, 8)}`, onhand: levels.onhand, expiration_date: formatDate(expires), warehouse_id: warehouse });
    }
  }
  return { lots, locations };
}

export interface ItemTimes {
  createdAt: number;
  updatedAt: number;
  trackstarCreatedAt: number;
  trackstarUpdatedAt: number;
}

/**
 * Times of a seeded item, like a connection made 30 days before `now`: its initial sync
 * stamps trackstar_created_date in batches of 200 items a second, then hourly syncs
 * re-stamp changed items, so many items share a trackstar_updated_date second.
 * created_date / updated_date are the WMS's own, earlier.
 */
export function seededTimes(random: Random, index: number, connectedAt: number, now: number): ItemTimes {
  const trackstarCreatedAt = connectedAt + Math.floor(index / 200);
  const createdAt = connectedAt - intBetween(random, 1, 400) * DAY + intBetween(random, 0, DAY - 1);
  let trackstarUpdatedAt = trackstarCreatedAt;
  let updatedAt = createdAt + Math.floor(random() * (connectedAt - createdAt));
  if (random() < 0.6) {
    const hours = Math.floor((now - 3600 - trackstarCreatedAt) / 3600);
    const run = connectedAt + 3600 * intBetween(random, 1, Math.max(1, hours));
    trackstarUpdatedAt = Math.min(now - 1, run + intBetween(random, 0, 4));
    updatedAt = Math.max(createdAt, trackstarUpdatedAt - intBetween(random, 60, 3600));
  }
  return { createdAt, updatedAt, trackstarCreatedAt, trackstarUpdatedAt };
}

const NOUNS = ['Widget', 'Gadget', 'Bottle', 'Hoodie', 'Candle', 'Mug', 'Backpack', 'Notebook', 'Charger', 'Sock'];
const ADJECTIVES = ['Blue', 'Large', 'Organic', 'Classic', 'Travel', 'Mini', 'Deluxe', 'Recycled'];

/** One inventory item of a connection; the id is random, so new items land anywhere in the id order. */
export function generateItem(random: Random, connectionId: string, serial: number, shape: ItemShape, times: ItemTimes): StoredItem {
  const id = hex(random, 24);
  const byWarehouse = new Map(pickWarehouses(random, shape).map((warehouse) => [warehouse, randomLevels(random)] as const));
  const name = `${ADJECTIVES[intBetween(random, 0, ADJECTIVES.length - 1)] ?? 'Plain'} ${NOUNS[intBetween(random, 0, NOUNS.length - 1)] ?? 'Item'} ${serial}`;
  const nullSku = random() < shape.nullSkuRate;
  const customers = shape.warehouseCustomers;
  const customer = customers.length === 0 ? null : (customers[intBetween(random, 0, customers.length - 1)] ?? null);
  const unitCost = random() < 0.1 ? null : Math.round(random() * 5000) / 100;
  const metric = random() < 0.5;
  const { lots, locations } = placements(random, byWarehouse);
  return {
    id,
    connectionId,
    warehouseCustomerId: customer,
    sku: nullSku ? null : `SKU-${String(serial).padStart(6, '0')}`,
    name,
    unitCost,
    active: random() >= 0.05,
    ...times,
    byWarehouse,
    lots,
    locations,
    measurements: {
      length: intBetween(random, 1, 60),
      width: intBetween(random, 1, 40),
      height: intBetween(random, 1, 30),
      unit: metric ? 'cm' : 'in',
      weight: Math.round(random() * 200) / 10,
      weight_unit: metric ? 'kg' : 'lb',
    },
  };
}
