import { type Random, seededRandom } from '../shopify/random.js';
import { type StoredConnection, WMS_FUNCTIONS, type WmsFunction } from './connections.js';
import { generateItem, hex, type ItemShape, seededTimes, uuid } from './data-generator.js';
import { LEVEL_FIELDS, type StockLevels, type StoredItem, zeroLevels } from './model.js';

/** A connection as the fake is told to make it (every field resolved). */
export interface ConnectionSpec {
  connectionId?: string;
  accessToken?: string;
  integrationName: string;
  customerId: string | null;
  items: number;
  warehouses: number;
  warehouseCustomers: number;
  warehousesPerItem: readonly [number, number];
  nullSkuRate: number;
  historicalSyncCompleted: boolean;
  implementsInventory: boolean;
}

export interface NewItemOptions {
  /** Default `SKU-N`; null for an item without one. */
  sku?: string | null;
  name?: string;
  /** Levels per warehouse id; default random levels in random warehouses of the connection. */
  stock?: Record<string, Partial<StockLevels>>;
}

/** Connections and their items, on a clock the test moves (epoch seconds, frozen unless told). */
export class TrackStarStore {
  readonly connections: StoredConnection[] = [];
  private readonly items = new Map<string, StoredItem>();
  /** Item ids of each connection in TrackStar's list order (by id), rebuilt after a change. */
  private readonly order = new Map<string, string[]>();
  private readonly randoms = new Map<string, Random>();
  private readonly shapes = new Map<string, ItemShape>();
  private readonly serials = new Map<string, number>();
  private clock: number;

  constructor(seed: number, now: number, specs: readonly ConnectionSpec[]) {
    this.clock = now;
    specs.forEach((spec, index) => {
      this.addConnection(seededRandom(seed * 7919 + index * 104_729 + 1), index, spec);
    });
  }

  now(): number {
    return this.clock;
  }

  setNow(epochSeconds: number): void {
    this.clock = Math.floor(epochSeconds);
  }

  connectionByToken(token: string): StoredConnection | undefined {
    return this.connections.find((connection) => connection.accessToken === token);
  }

  /** A connection by access token or connection id; throws when neither. */
  connection(ref: string): StoredConnection {
    const found = this.connections.find((connection) => connection.accessToken === ref || connection.connectionId === ref);
    if (found === undefined) throw new Error(`fake TrackStar: no connection with access token or id ${ref}`);
    return found;
  }

  /** The connection's items in list order (by id). */
  itemsOf(connectionId: string): StoredItem[] {
    let ids = this.order.get(connectionId);
    if (ids === undefined) {
      ids = [...this.items.values()].filter((item) => item.connectionId === connectionId).map((item) => item.id);
      ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.order.set(connectionId, ids);
    }
    return ids.map((id) => this.items.get(id)).filter((item): item is StoredItem => item !== undefined);
  }

  item(id: string): StoredItem | undefined {
    return this.items.get(id);
  }

  /**
   * Sets a warehouse's levels (added to the item if absent). Fields not given keep their
   * value, except onhand (committed + unfulfillable + fulfillable) and sellable
   * (fulfillable), derived unless given. Bins and lots there follow onhand.
   */
  setStock(itemId: string, warehouseId: string, levels: Partial<StockLevels>): void {
    const item = this.mustItem(itemId);
    const next = { ...(item.byWarehouse.get(warehouseId) ?? zeroLevels()), ...levels };
    if (levels.onhand === undefined) next.onhand = next.committed + next.unfulfillable + next.fulfillable;
    if (levels.sellable === undefined) next.sellable = next.fulfillable;
    for (const field of LEVEL_FIELDS) if (!Number.isInteger(next[field])) throw new Error(`fake TrackStar: ${field} must be an integer`);
    item.byWarehouse.set(warehouseId, next);
    const bins = item.locations.filter((location) => location.warehouse_id === warehouseId);
    const firstBin = bins[0];
    item.locations = item.locations.filter((location) => location.warehouse_id !== warehouseId);
    item.locations.push({ location_id: firstBin?.location_id ?? `loc_${hex(this.randomOf(item.connectionId), 10)}`, quantity: next.onhand, warehouse_id: warehouseId });
    const lot = item.lots.find((entry) => entry.warehouse_id === warehouseId);
    item.lots = item.lots.filter((entry) => entry.warehouse_id !== warehouseId);
    if (lot !== undefined) item.lots.push({ ...lot, onhand: next.onhand });
    this.touch(item, true);
  }

  /** The warehouse leaves the item's breakdown (and its bins and lots); totals shrink. */
  removeWarehouse(itemId: string, warehouseId: string): void {
    const item = this.mustItem(itemId);
    if (!item.byWarehouse.delete(warehouseId)) throw new Error(`fake TrackStar: item ${itemId} has no stock in ${warehouseId}`);
    item.locations = item.locations.filter((location) => location.warehouse_id !== warehouseId);
    item.lots = item.lots.filter((lot) => lot.warehouse_id !== warehouseId);
    this.touch(item, true);
  }

  /** The item is gone from every list (TrackStar documents no tombstone). */
  deleteItem(itemId: string): void {
    const item = this.mustItem(itemId);
    this.items.delete(itemId);
    this.order.delete(item.connectionId);
  }

  setActive(itemId: string, active: boolean): void {
    const item = this.mustItem(itemId);
    item.active = active;
    this.touch(item, true);
  }

  /** trackstar_updated_date = now without a visible change (TrackStar re-read it). */
  touchItems(ids: readonly string[]): void {
    for (const id of ids) this.touch(this.mustItem(id), false);
  }

  /** New items created now; their ids (random, so they fall anywhere in the list order). */
  addItems(connectionRef: string, count: number, options: NewItemOptions = {}): string[] {
    const connection = this.connection(connectionRef);
    const random = this.randomOf(connection.connectionId);
    const now = this.clock;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const item = this.newItem(connection, random, { createdAt: now, updatedAt: now, trackstarCreatedAt: now, trackstarUpdatedAt: now });
      if (options.sku !== undefined) item.sku = options.sku;
      if (options.name !== undefined) item.name = options.name;
      if (options.stock !== undefined) {
        item.byWarehouse.clear();
        item.locations = [];
        item.lots = [];
        for (const [warehouse, levels] of Object.entries(options.stock)) this.setStock(item.id, warehouse, levels);
      }
      ids.push(item.id);
    }
    return ids;
  }

  private addConnection(random: Random, index: number, spec: ConnectionSpec): void {
    const connectionId = spec.connectionId ?? uuid(random);
    const now = this.clock;
    const connectedAt = now - 30 * 86_400;
    const connection: StoredConnection = {
      connectionId,
      accessToken: spec.accessToken ?? `ts_access_${index + 1}_${hex(random, 24)}`,
      integrationName: spec.integrationName,
      customerId: spec.customerId,
      createdAt: connectedAt - 3600,
      warehouses: Array.from({ length: spec.warehouses }, () => `wh_${hex(random, 12)}`),
      warehouseCustomers: Array.from({ length: spec.warehouseCustomers }, () => `wc_${hex(random, 12)}`),
      historicalSyncCompleted: new Map(WMS_FUNCTIONS.map((name): [WmsFunction, boolean] => [name, spec.historicalSyncCompleted || name !== 'get_inventory'])),
      notImplemented: new Set(spec.implementsInventory ? [] : ['get_inventory']),
      revoked: false,
      lastUsed: null,
      timesUsed: 0,
      lastCrawlEnd: now - 600,
    };
    this.connections.push(connection);
    this.randoms.set(connectionId, random);
    this.shapes.set(connectionId, {
      warehouses: connection.warehouses,
      warehouseCustomers: connection.warehouseCustomers,
      warehousesPerItem: spec.warehousesPerItem,
      nullSkuRate: spec.nullSkuRate,
    });
    for (let i = 0; i < spec.items; i++) this.newItem(connection, random, seededTimes(random, i, connectedAt, now));
  }

  private newItem(connection: StoredConnection, random: Random, times: Parameters<typeof generateItem>[4]): StoredItem {
    const serial = (this.serials.get(connection.connectionId) ?? 0) + 1;
    this.serials.set(connection.connectionId, serial);
    const shape = this.shapes.get(connection.connectionId);
    if (shape === undefined) throw new Error('fake TrackStar: connection without a shape');
    let item = generateItem(random, connection.connectionId, serial, shape, times);
    while (this.items.has(item.id)) item = generateItem(random, connection.connectionId, serial, shape, times);
    this.items.set(item.id, item);
    this.order.delete(connection.connectionId);
    return item;
  }

  private touch(item: StoredItem, sourceChanged: boolean): void {
    if (sourceChanged) item.updatedAt = this.clock;
    item.trackstarUpdatedAt = this.clock;
  }

  private mustItem(id: string): StoredItem {
    const item = this.items.get(id);
    if (item === undefined) throw new Error(`fake TrackStar: no inventory item ${id}`);
    return item;
  }

  private randomOf(connectionId: string): Random {
    const random = this.randoms.get(connectionId);
    if (random === undefined) throw new Error('fake TrackStar: connection without a generator');
    return random;
  }
}
