import { closeServer } from '../close-server.js';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { seededRandom } from '../shopify/random.js';
import { WMS_FUNCTIONS, type WmsFunction } from './connections.js';
import { type FaultKind, type FaultRoute, Faults } from './faults.js';
import { createRequestHandler, type LoggedRequest } from './http-routes.js';
import { formatDate, type InventoryItem, type StockLevels, toWire } from './model.js';
import { FixedWindowLimiter, type HeaderSpelling, type RateLimits } from './rate-limiter.js';
import { emptyStats, type FakeTrackStarStats, snapshot } from './stats.js';
import { type ConnectionSpec, type NewItemOptions, TrackStarStore } from './store.js';

/** One WMS connection (an access token) under the fake's API key; unset fields take the fake-wide option. */
export interface FakeConnectionOptions {
  /** Default: a seeded UUID. */
  connectionId?: string;
  /** Default: `ts_access_<n>_<hex>`. */
  accessToken?: string;
  /** Default: ShipHero, Extensiv (3PL Central), ShipBob, Logiwa in turn. */
  integrationName?: string;
  /** Default `customer-<n>`. */
  customerId?: string | null;
  items?: number;
  warehouses?: number;
  warehouseCustomers?: number;
  warehousesPerItem?: number | readonly [number, number];
  nullSkuRate?: number;
  /** The inventory's first sync has finished (else reads are empty). Default true. */
  historicalSyncCompleted?: boolean;
  /** False: the WMS has no inventory endpoint, GET /wms/inventory is a 501. Default true. */
  implementsInventory?: boolean;
}

export interface FakeTrackStarOptions {
  /** The organisation key `x-trackstar-api-key` must carry. Default `ts_fake_api_key`. */
  apiKey?: string;
  /** Seeds the data and the short pages. Default 1. */
  seed?: number;
  /** How many connections, or each one's options. Default 2. */
  connections?: number | readonly FakeConnectionOptions[];
  /** Inventory items per connection. Default 5000. */
  items?: number;
  /** Warehouses per connection. Default 3. */
  warehouses?: number;
  /** Warehouses each item is stocked in, a number or [min, max]. Default [1, 3]. */
  warehousesPerItem?: number | readonly [number, number];
  /** Share of items with `sku: null`. Default 0.02. */
  nullSkuRate?: number;
  /** Merchants (warehouse_customer_id) per connection. Default 2. */
  warehouseCustomers?: number;
  /** The fake's clock at start (ISO, or epoch ms), on whole seconds; it moves only when told. Default 2026-04-01T12:00:00Z. */
  now?: string | number;
  /** Share of pages (not the last) cut shorter than limit, some to nothing, with next_token set. Default 0.2. */
  shortPages?: number;
  /** A page_token with other filters than it was issued for: `refuse` (422, default) or `ignore` (a position, the new filters apply). */
  tokenFilters?: 'refuse' | 'ignore';
  /** GET /connections/{id}: `list` (`{data: [c], next_token, total_count}`, TrackStar's OpenAPI document; default) or `object` (`{data: c}`). */
  connectionShape?: 'list' | 'object';
  /** Requests a second per access token, GET and the other methods; false turns the limiter off. Default {get: 10, write: 50}. */
  rateLimit?: Partial<RateLimits> | false;
  /** `x-ratelimit` (limit/remaining/reset + retry-after, default) or the older `x-rate-limit` (…/x-rate-limit-retry-after). */
  rateLimitHeaders?: HeaderSpelling;
  /** Milliseconds for the limiter's windows and the log. Default Date.now. */
  rateClock?: () => number;
  /** The port on 127.0.0.1; default 0 (a free one). */
  port?: number;
}

export interface FakeConnectionInfo {
  connectionId: string;
  accessToken: string;
  integrationName: string;
  warehouses: readonly string[];
  warehouseCustomers: readonly string[];
}

export interface FakeTrackStar {
  /** `http://127.0.0.1:PORT`: the client's base URL. */
  readonly url: string;
  readonly apiKey: string;
  /** Connections in creation order. */
  connections(): FakeConnectionInfo[];
  close(): Promise<void>;

  /** The fake's clock, `YYYY-MM-DDTHH:MM:SSZ`. */
  now(): string;
  setNow(time: string | number | Date): void;
  /** Moves the clock on; the new time. */
  advance(seconds: number): string;

  /** A connection's items (by access token or connection id; default the first) as TrackStar sends them, in list order. */
  items(connection?: string): InventoryItem[];
  item(id: string): InventoryItem | undefined;
  /**
   * A stock move: sets the warehouse's levels (added to the breakdown if absent); onhand
   * and sellable follow unless given. updated_date and trackstar_updated_date = now.
   */
  setStock(itemId: string, warehouseId: string, levels: Partial<StockLevels>): InventoryItem;
  /** The warehouse leaves the item's inventory_by_warehouse_id (totals shrink); dates = now. */
  removeWarehouse(itemId: string, warehouseId: string): InventoryItem;
  /** The item disappears from every answer. */
  deleteItem(itemId: string): void;
  setActive(itemId: string, active: boolean): InventoryItem;
  /** trackstar_updated_date = now with nothing else changed (TrackStar re-read the items). */
  touchItems(ids: readonly string[]): void;
  /** Items created now (all four dates); their ids. */
  addItems(connection: string, count: number, options?: NewItemOptions): string[];

  /** Whether a function's first sync has finished (default function get_inventory); false empties its reads. */
  setHistoricalSyncCompleted(connection: string, completed: boolean, functionName?: WmsFunction): void;
  /** Whether the WMS has the function: false gives 501 and drops it from available_actions. */
  setImplemented(connection: string, functionName: WmsFunction, implemented: boolean): void;

  /** The access token (or the connection's, given its id) gets 401 "Invalid access token" until restored. */
  revokeAccessToken(connection: string): void;
  restoreAccessToken(connection: string): void;
  /** Every request gets 401 "Invalid API key" until restored. */
  revokeApiKey(): void;
  restoreApiKey(): void;
  /**
   * The next `count` requests to `route` (default any) that pass authentication and the
   * limiter fail: 429 (with rate headers), 500 (JSON), 502 / 503 (HTML), 501, 422, a 200
   * whose JSON is cut in half (`malformed`), or a dropped connection (`reset`).
   */
  failNext(kind: FaultKind, count?: number, route?: FaultRoute): void;
  /** The next `count` requests to `route` (default any) are held `ms` first. */
  delayNext(ms: number, count?: number, route?: FaultRoute): void;

  /** Every request in arrival order. */
  requests(): readonly LoggedRequest[];
  stats(): FakeTrackStarStats;
  /** Forgets the request log and the counters (the limiter's current windows stay). */
  resetStats(): void;
}

export const DEFAULT_API_KEY = 'ts_fake_api_key';
const INTEGRATIONS = ['ShipHero', 'Extensiv (3PL Central)', 'ShipBob', 'Logiwa'];

const range = (value: number | readonly [number, number]): readonly [number, number] => (typeof value === 'number' ? [value, value] : value);

function specs(options: FakeTrackStarOptions): ConnectionSpec[] {
  const given = options.connections ?? 2;
  const list: readonly FakeConnectionOptions[] = typeof given === 'number' ? Array.from({ length: given }, () => ({})) : given;
  return list.map((connection, index) => ({
    ...(connection.connectionId === undefined ? {} : { connectionId: connection.connectionId }),
    ...(connection.accessToken === undefined ? {} : { accessToken: connection.accessToken }),
    integrationName: connection.integrationName ?? INTEGRATIONS[index % INTEGRATIONS.length] ?? 'ShipHero',
    customerId: connection.customerId === undefined ? `customer-${index + 1}` : connection.customerId,
    items: connection.items ?? options.items ?? 5000,
    warehouses: connection.warehouses ?? options.warehouses ?? 3,
    warehouseCustomers: connection.warehouseCustomers ?? options.warehouseCustomers ?? 2,
    warehousesPerItem: range(connection.warehousesPerItem ?? options.warehousesPerItem ?? [1, 3]),
    nullSkuRate: connection.nullSkuRate ?? options.nullSkuRate ?? 0.02,
    historicalSyncCompleted: connection.historicalSyncCompleted ?? true,
    implementsInventory: connection.implementsInventory ?? true,
  }));
}

const toSeconds = (time: string | number | Date): number => {
  const ms = time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (Number.isNaN(ms)) throw new Error(`fake TrackStar: not a time: ${String(time)}`);
  return Math.floor(ms / 1000);
};

/** Starts a fake TrackStar WMS API (inventory and connections) on 127.0.0.1. */
export async function startFakeTrackStar(options: FakeTrackStarOptions = {}): Promise<FakeTrackStar> {
  const seed = options.seed ?? 1;
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const store = new TrackStarStore(seed, toSeconds(options.now ?? '2026-04-01T12:00:00Z'), specs(options));
  const rateClock = options.rateClock ?? Date.now;
  const limits: RateLimits = { get: 10, write: 50, ...(options.rateLimit === false ? {} : options.rateLimit) };
  const limiter = options.rateLimit === false ? null : new FixedWindowLimiter(limits, rateClock);
  const faults = new Faults();
  let stats = emptyStats();
  let log: LoggedRequest[] = [];
  let keyRevoked = false;

  const handle = createRequestHandler({
    store,
    short: { rate: options.shortPages ?? 0.2, random: seededRandom(seed + 7_777) },
    tokenFilters: options.tokenFilters ?? 'refuse',
    connectionShape: options.connectionShape ?? 'list',
    get stats() {
      return stats;
    },
    get log() {
      return log;
    },
    faults,
    limiter,
    limits,
    headerSpelling: options.rateLimitHeaders ?? 'x-ratelimit',
    rateClock,
    apiKey: () => (keyRevoked ? null : apiKey),
  });
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end(`fake TrackStar failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const wire = (id: string): InventoryItem => {
    const item = store.item(id);
    if (item === undefined) throw new Error(`fake TrackStar: no inventory item ${id}`);
    return toWire(item);
  };
  const firstConnection = (): string => store.connections[0]?.connectionId ?? '';

  return {
    url,
    apiKey,
    connections: () =>
      store.connections.map((connection) => ({
        connectionId: connection.connectionId,
        accessToken: connection.accessToken,
        integrationName: connection.integrationName,
        warehouses: [...connection.warehouses],
        warehouseCustomers: [...connection.warehouseCustomers],
      })),
    close: () => closeServer(server),
    now: () => formatDate(store.now()),
    setNow: (time) => {
      store.setNow(toSeconds(time));
    },
    advance: (seconds) => {
      store.setNow(store.now() + seconds);
      return formatDate(store.now());
    },
    items: (connection = firstConnection()) => store.itemsOf(store.connection(connection).connectionId).map(toWire),
    item: (id) => {
      const item = store.item(id);
      return item === undefined ? undefined : toWire(item);
    },
    setStock: (itemId, warehouseId, levels) => {
      store.setStock(itemId, warehouseId, levels);
      return wire(itemId);
    },
    removeWarehouse: (itemId, warehouseId) => {
      store.removeWarehouse(itemId, warehouseId);
      return wire(itemId);
    },
    deleteItem: (itemId) => {
      store.deleteItem(itemId);
    },
    setActive: (itemId, active) => {
      store.setActive(itemId, active);
      return wire(itemId);
    },
    touchItems: (ids) => {
      store.touchItems(ids);
    },
    addItems: (connection, count, itemOptions) => store.addItems(connection, count, itemOptions),
    setHistoricalSyncCompleted: (connection, completed, functionName = 'get_inventory') => {
      store.connection(connection).historicalSyncCompleted.set(functionName, completed);
    },
    setImplemented: (connection, functionName, implemented) => {
      if (!WMS_FUNCTIONS.includes(functionName)) throw new Error(`fake TrackStar: unknown function ${functionName}`);
      const missing = store.connection(connection).notImplemented;
      if (implemented) missing.delete(functionName);
      else missing.add(functionName);
    },
    revokeAccessToken: (connection) => {
      store.connection(connection).revoked = true;
    },
    restoreAccessToken: (connection) => {
      store.connection(connection).revoked = false;
    },
    revokeApiKey: () => {
      keyRevoked = true;
    },
    restoreApiKey: () => {
      keyRevoked = false;
    },
    failNext: (kind, count = 1, route) => {
      faults.failNext(kind, count, route);
    },
    delayNext: (ms, count = 1, route) => {
      faults.delayNext(ms, count, route);
    },
    requests: () => log,
    stats: () => snapshot(stats, limiter?.peak ?? 0),
    resetStats: () => {
      stats = emptyStats();
      log = [];
      if (limiter !== null) limiter.peak = 0;
    },
  };
}
