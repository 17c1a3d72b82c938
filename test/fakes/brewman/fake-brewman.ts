import { closeServer } from '../close-server.js';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type FaultKind, type FaultOptions, Faults } from './faults.js';
import { createRequestHandler, type LoggedRequest } from './http-routes.js';
import { type EntireItem } from './items-model.js';
import { type Order, type OrderStatus } from './orders-model.js';
import { type OrderSort } from './queries.js';
import { type Outlet, type PriceList, type PriceListLine, type ProductBrand, type StockItemStockSum, type StockLocation } from './reference-model.js';
import { type BrewmanRoute } from './routes.js';
import { type AddOrdersOptions, TenantStore } from './store.js';

export interface FakeBrewmanOptions {
  /** The token `Api-Token` must carry. Default DEFAULT_API_TOKEN. */
  apiToken?: string;
  /** The tenant every body's `tenantId` must name. Default DEFAULT_TENANT_ID. */
  tenantId?: string;
  /** Seeds all data (ids included). Default 1. */
  seed?: number;
  /** Default 20 (the last is a T-shirt, the fourth a hidden discontinued beer). */
  products?: number;
  /** Raw materials (stock tracked, not sold). Default 4, at most 6. */
  materials?: number;
  /** Product brands the beers spread over. Default 5, at most 8. */
  brands?: number;
  /** Default 3, at most 5; the first is the default (bonded) warehouse. */
  stockLocations?: number;
  /** Default 3 (Trade, Retail with gross prices, Wholesale), at most 4. */
  priceLists?: number;
  /** Default 12: the retail Brewery Shop (BREWSHOP), pubs, a wholesaler; the last hidden (closed). */
  outlets?: number;
  /** First day of the seeded orders, `YYYY-MM-DD` (UTC). Default 2026-09-01. */
  startDate?: string;
  /** Days of seeded orders. Default 30. */
  days?: number;
  /** Orders on each day. Default 4. */
  ordersPerDay?: number;
  /** Days (`YYYY-MM-DD`) given their own order count, e.g. `{ '2026-09-10': 250 }`. */
  busyDays?: Record<string, number>;
  /** Lines on every seeded order; default 1 to 4 at random. */
  linesPerOrder?: number;
  /** The tenant's IANA zone: an order's date (the order-date filters) is its createdAt's day there. Default UTC. */
  timeZone?: string;
  /** List stock levels that fell to 0 (with quantity 0) instead of leaving them out. Default false. */
  listZeroStock?: boolean;
  /** Which orders `maximumResults` keeps. Default oldestFirst. */
  orderSort?: OrderSort;
  /** Every reply is held this long. Default 0. */
  delayMs?: number;
  /** Milliseconds since the epoch, for new orders and changes. Default: the end of the seeded days, moving on in real time. */
  clock?: () => number;
  /** The port on 127.0.0.1; default 0 (a free one). */
  port?: number;
}

export interface FakeBrewman {
  /** `http://127.0.0.1:PORT`: the base URL (methods are under `/webapi/`). */
  readonly url: string;
  readonly apiToken: string;
  readonly tenantId: string;
  /** Every request in arrival order. */
  readonly requests: readonly LoggedRequest[];
  close(): Promise<void>;
  /** The fake's clock. */
  now(): number;

  items(): EntireItem[];
  /** In creation order, as they are now. */
  orders(): Order[];
  order(id: string): Order;
  outlets(): Outlet[];
  stockLocations(): StockLocation[];
  productBrands(): ProductBrand[];
  priceLists(): PriceList[];
  priceListLines(priceListId: string): PriceListLine[];
  /** What GetStockItemsQuantityCurrentlyInStock answers without limits. */
  stockLevels(): StockItemStockSum[];

  setStock(stockItemId: string, stockLocationId: string, quantity: number): void;
  /** Adds `delta` (negative: takes); the new quantity. */
  moveStock(stockItemId: string, stockLocationId: string, delta: number): number;
  /** Every item at the location to 0 (their levels drop out of the listing); how many were emptied. */
  emptyStockLocation(stockLocationId: string): number;
  /** New orders (Open, created now unless `day` or `at`), numbered on from the last. */
  addOrders(count: number, options?: AddOrdersOptions): Order[];
  /** Status changed, version + 1, lastUpdatedAt now; Cancelled sets cancelledAt, cancelledByUserId, cancellationReason. */
  setOrderStatus(orderId: string, status: OrderStatus, cancellationReason?: string): Order;
  cancelOrder(orderId: string, reason?: string): Order;
  /** A line's quantity changed (unit prices kept), totals recomputed, lastUpdatedAt now. */
  setLineQuantity(orderId: string, lineId: string, quantity: number): Order;
  /** A line added, priced from the outlet's price list; its id. */
  addOrderLine(orderId: string, stockItemId: string, quantity: number): string;
  removeOrderLine(orderId: string, lineId: string): Order;
  /** The item's currentListPrice (the old one becomes previousListPrice; a missing line is made). */
  setListPrice(priceListId: string, stockItemId: string, price: number): PriceListLine;

  /** Every later request gets 401 until setApiToken. */
  revokeToken(): void;
  /** The next `requests` requests past routing are let through, every later one gets 401 until setApiToken. */
  revokeTokenAfter(requests: number): void;
  setApiToken(token: string): void;
  /** The next `count` requests (to `options.route`, default any) get the fault (see faults.ts). */
  failNext(kind: FaultKind, count?: number, options?: FaultOptions): void;
  /** The next `count` requests (to `route`, default any) are held `ms` first. */
  delayNext(ms: number, count?: number, route?: BrewmanRoute): void;

  requestsTo(route: BrewmanRoute): LoggedRequest[];
  /** Requests per method reached (404s are left out). */
  routeCounts(): Partial<Record<BrewmanRoute, number>>;
  resetRequests(): void;
}

/** The form Brewman's tokens take: `V1T` and 32 hex digits (from the vendor's 2021 test). */
export const DEFAULT_API_TOKEN = 'V1TFA4EB4E3A1C0DE5EED00000000000001';
export const DEFAULT_TENANT_ID = 'c0ffee00-b4e3-4a1c-8d5e-000000000001';

/** Starts a fake Brewman Web API (one tenant) on 127.0.0.1. */
export async function startFakeBrewman(options: FakeBrewmanOptions = {}): Promise<FakeBrewman> {
  const startedAt = Date.now();
  let clock: () => number = options.clock ?? (() => 0);
  const store = new TenantStore({
    seed: options.seed ?? 1,
    sizes: {
      products: options.products ?? 20,
      materials: options.materials ?? 4,
      brands: options.brands ?? 5,
      stockLocations: options.stockLocations ?? 3,
      priceLists: options.priceLists ?? 3,
      outlets: options.outlets ?? 12,
    },
    plan: {
      startDate: options.startDate ?? '2026-09-01',
      days: options.days ?? 30,
      ordersPerDay: options.ordersPerDay ?? 4,
      busyDays: options.busyDays ?? {},
      linesPerOrder: options.linesPerOrder,
    },
    timeZone: options.timeZone ?? 'UTC',
    listZeroStock: options.listZeroStock ?? false,
    now: () => clock(),
  });
  if (options.clock === undefined) clock = () => store.seedEnd + (Date.now() - startedAt);
  const tenantId = (options.tenantId ?? DEFAULT_TENANT_ID).toLowerCase();
  let token: string | null = options.apiToken ?? DEFAULT_API_TOKEN;
  let allowance: number | null = null;
  const log: LoggedRequest[] = [];
  const faults = new Faults(options.delayMs ?? 0);
  const handle = createRequestHandler({
    context: { store, orderSort: options.orderSort ?? 'oldestFirst' },
    faults,
    log,
    tenantId,
    liveToken: () => {
      if (allowance === null) return token;
      if (allowance <= 0) return null;
      allowance--;
      return token;
    },
  });
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end(`fake Brewman failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    url,
    get apiToken() {
      return token ?? '';
    },
    tenantId,
    get requests() {
      return log;
    },
    close: () => closeServer(server),
    now: () => clock(),
    items: () => [...store.catalog.items],
    orders: () => store.orders(),
    order: (id) => store.order(id),
    outlets: () => [...store.catalog.outlets],
    stockLocations: () => [...store.catalog.stockLocations],
    productBrands: () => [...store.catalog.productBrands],
    priceLists: () => [...store.catalog.priceLists],
    priceListLines: (priceListId) => store.catalog.priceListLines.filter((line) => line.priceListId === priceListId),
    stockLevels: () => store.stockLevels(),
    setStock: (stockItemId, stockLocationId, quantity) => {
      store.setStock(stockItemId, stockLocationId, quantity);
    },
    moveStock: (stockItemId, stockLocationId, delta) => store.moveStock(stockItemId, stockLocationId, delta),
    emptyStockLocation: (stockLocationId) => store.emptyStockLocation(stockLocationId),
    addOrders: (count, addOptions) => store.addOrders(count, addOptions),
    setOrderStatus: (orderId, status, reason) => store.setOrderStatus(orderId, status, reason),
    cancelOrder: (orderId, reason) => store.setOrderStatus(orderId, 'Cancelled', reason),
    setLineQuantity: (orderId, lineId, quantity) => store.setLineQuantity(orderId, lineId, quantity),
    addOrderLine: (orderId, stockItemId, quantity) => store.addOrderLine(orderId, stockItemId, quantity),
    removeOrderLine: (orderId, lineId) => store.removeOrderLine(orderId, lineId),
    setListPrice: (priceListId, stockItemId, price) => store.setListPrice(priceListId, stockItemId, price),
    revokeToken: () => {
      token = null;
      allowance = null;
    },
    revokeTokenAfter: (requests) => {
      allowance = Math.max(0, requests);
    },
    setApiToken: (next) => {
      token = next;
      allowance = null;
    },
    failNext: (kind, count = 1, faultOptions = {}) => {
      faults.failNext(kind, count, faultOptions);
    },
    delayNext: (ms, count = 1, route) => {
      faults.delayNext(ms, count, route);
    },
    requestsTo: (route) => log.filter((entry) => entry.route === route),
    routeCounts: () => {
      const counts: Partial<Record<BrewmanRoute, number>> = {};
      for (const entry of log) if (entry.route !== null) counts[entry.route] = (counts[entry.route] ?? 0) + 1;
      return counts;
    },
    resetRequests: () => {
      log.length = 0;
    },
  };
}
