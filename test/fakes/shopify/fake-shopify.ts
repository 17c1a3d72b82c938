import { closeServer } from '../close-server.js';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { LeakyBucket, type ThrottleStatus } from './bucket.js';
import { type BulkOperationInfo, BulkOperations } from './bulk-operations.js';
import { FaultInjector, type FaultOptions, NO_FAULTS } from './faults.js';
import { createRequestHandler, type LoggedRequest } from './http-routes.js';
import { type FakeOrder, type FakeVariant } from './model.js';
import { shopifySchema } from './schema.js';
import { emptyStats, type FakeShopifyStats } from './stats.js';
import { type CancelOptions, FakeStore, type NetSale, type OrderTruth } from './store.js';

export interface FakeShopifyOptions extends Partial<FaultOptions> {
  /** The token `X-Shopify-Access-Token` must carry. Default `shpat_fake_access_token`. */
  accessToken?: string;
  /** Seeds the data and the fault sequence. Default 1. */
  seed?: number;
  shopName?: string;
  /** Shop currency (`shopMoney`, `Order.currencyCode`). Default USD. */
  currencyCode?: string;
  /** The customers' currency on every order (`presentmentMoney`, `Order.presentmentCurrencyCode`). Default: the shop currency. */
  presentmentCurrencyCode?: string;
  /** Presentment amount = round(shop amount × rate). Default 1. */
  presentmentRate?: number;
  ianaTimezone?: string;
  /** Default 100. */
  orders?: number;
  /** Default 20. */
  variants?: number;
  /** Lines on every order; default 1 to 5 at random. */
  linesPerOrder?: number;
  /** Share of lines naming a SKU not in the catalog (variant null). Default 0.1. */
  unknownSkuRate?: number;
  /** Share of lines that are custom items (no variant, sku null, a title like "Gift wrap"). Default 0.03. */
  customLineRate?: number;
  /** Creation time of the first order (cut to its whole second). Default 2026-09-01T00:00:00Z. */
  startDate?: string;
  /** Seconds between orders. Default 60. */
  orderIntervalSeconds?: number;
  /** Leaky bucket size in points. Default 1000. */
  bucketSize?: number;
  /** Points restored per second. Default 50. */
  restoreRate?: number;
  /** Single query limit. Default 1000. */
  maxQueryCost?: number;
  /** Polls until a bulk operation completes. Default 2. */
  bulkPollsToComplete?: number;
  /** Complete bulk operations after this many ms instead of counting polls. */
  bulkCompleteAfterMs?: number;
  /** Bulk queries that may run at once. Default 1. */
  maxConcurrentBulk?: number;
  /** Parents per batch in a JSONL without groupObjects. Default 50. */
  bulkBatchSize?: number;
  /** The next bulk operation ends FAILED (INTERNAL_SERVER_ERROR) with a partial file. */
  failNextBulk?: boolean;
  /** The next bulk operation ends EXPIRED. */
  expireNextBulk?: boolean;
}

export interface FakeShopify {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** What the connector is given as the store domain: `127.0.0.1:PORT`. */
  readonly shopDomain: string;
  readonly accessToken: string;
  /** `http://127.0.0.1:PORT/admin/api/<version>/graphql.json` */
  graphqlUrl(apiVersion?: string): string;
  close(): Promise<void>;

  /** Orders by id, as they are now (records are replaced, never changed in place). */
  orders(): readonly FakeOrder[];
  variants(): readonly FakeVariant[];
  /** Edits `count` orders picked at random (as editOrders); their gids. */
  mutateOrders(count: number): string[];
  /**
   * Edits these orders: one more unit on the first line, totals recomputed, one shared
   * updatedAt = now (a cancelled order only gets the new updatedAt); their gids.
   */
  editOrders(ids: readonly string[]): string[];
  /** Creates `count` orders now; their gids. */
  addOrders(count: number): string[];
  /**
   * Refunds `units` units (default: all that remain) line by line from the first line
   * with units left; PARTIALLY_REFUNDED, or REFUNDED when none remain. Throws unless the
   * order is PAID or PARTIALLY_REFUNDED with units left.
   */
  refundOrder(id: string, units?: number): void;
  /**
   * Cancels: cancelledAt = now, cancelReason (default OTHER), every currentQuantity 0;
   * a paid order is REFUNDED in full unless `refund: false`; PENDING / AUTHORIZED → VOIDED.
   */
  cancelOrder(id: string, options?: CancelOptions): void;
  /** AUTHORIZED / PENDING → VOIDED (not cancelled, units kept). Throws otherwise. */
  voidOrder(id: string): void;
  /** PENDING / AUTHORIZED / PARTIALLY_PAID → PAID. Throws otherwise. */
  payOrder(id: string): void;
  /**
   * What a connector should hold as sold, from the model: per variant gid (`sku:<sku>` for
   * an unknown SKU, `custom:<name>` for a custom item), Σ currentQuantity and Σ currentQuantity ×
   * discounted unit price (shop currency) over orders not test, not cancelled, PAID or
   * PARTIALLY_REFUNDED. Lines with no units left are left out.
   */
  netSales(): Map<string, NetSale>;
  orderTruth(id: string): OrderTruth;

  /** Every later request gets 401 until setAccessToken. */
  revokeToken(): void;
  /** The next `requests` GraphQL requests are let through; every later one gets 401 until setAccessToken. */
  revokeTokenAfter(requests: number): void;
  setAccessToken(token: string): void;
  /** Changes fault rates from now on. */
  setFaults(faults: Partial<FaultOptions>): void;
  /** The next GraphQL reply is truncated JSON. */
  malformNext(): void;
  failNextBulk(): void;
  expireNextBulk(): void;

  throttleStatus(): ThrottleStatus;
  /** Leaves `points` in the bucket (0 drains it). */
  setBucket(points: number): void;

  stats(): FakeShopifyStats;
  /** GraphQL requests in arrival order. */
  requests(): readonly LoggedRequest[];
  resetStats(): void;
  bulkOperations(): BulkOperationInfo[];
}

export const DEFAULT_ACCESS_TOKEN = 'shpat_fake_access_token';
export const DEFAULT_API_VERSION = '2026-10';

/** Starts a fake Shopify store on 127.0.0.1 (a free port) speaking the Admin GraphQL API. */
export async function startFakeShopify(options: FakeShopifyOptions = {}): Promise<FakeShopify> {
  const seed = options.seed ?? 1;
  const currencyCode = options.currencyCode ?? 'USD';
  const store = new FakeStore({
    seed,
    orders: options.orders ?? 100,
    variants: options.variants ?? 20,
    linesPerOrder: options.linesPerOrder,
    unknownSkuRate: options.unknownSkuRate ?? 0.1,
    customLineRate: options.customLineRate ?? 0.03,
    presentmentCurrencyCode: options.presentmentCurrencyCode ?? currencyCode,
    presentmentRate: options.presentmentRate ?? 1,
    // Whole seconds, as every timestamp of the store (a startDate with milliseconds is cut to its second).
    startAt: Math.floor(Date.parse(options.startDate ?? '2026-09-01T00:00:00Z') / 1000) * 1000,
    orderIntervalSeconds: options.orderIntervalSeconds ?? 60,
    currencyCode,
  });
  let baseUrl = '';
  const bulk = new BulkOperations(
    shopifySchema,
    store,
    {
      pollsToComplete: options.bulkPollsToComplete ?? 2,
      completeAfterMs: options.bulkCompleteAfterMs,
      maxConcurrent: options.maxConcurrentBulk ?? 1,
      batchSize: options.bulkBatchSize ?? 50,
    },
    () => baseUrl,
  );
  if (options.failNextBulk === true) bulk.failNext();
  if (options.expireNextBulk === true) bulk.expireNext();
  const faults = new FaultInjector(seed + 104_729, { ...NO_FAULTS, ...definedFaults(options) });
  const bucket = new LeakyBucket(options.bucketSize ?? 1000, options.restoreRate ?? 50);
  let stats = emptyStats();
  let log: LoggedRequest[] = [];
  let token: string | null = options.accessToken ?? DEFAULT_ACCESS_TOKEN;
  /** GraphQL requests still let through before the token counts as revoked (null: no limit). */
  let allowance: number | null = null;

  const routeDeps = {
    schema: shopifySchema,
    store,
    bulk,
    bucket,
    faults,
    maxQueryCost: options.maxQueryCost ?? 1000,
    shop: { name: options.shopName ?? 'Fake Shop', myshopifyDomain: '', currencyCode, ianaTimezone: options.ianaTimezone ?? 'America/New_York' },
    get stats() {
      return stats;
    },
    get log() {
      return log;
    },
    accessToken: () => {
      if (allowance === null) return token;
      if (allowance <= 0) return null;
      allowance--;
      return token;
    },
  };
  const handle = createRequestHandler(routeDeps);
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end('fake Shopify failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  const shopDomain = `127.0.0.1:${port}`;
  routeDeps.shop.myshopifyDomain = shopDomain;

  return {
    url: baseUrl,
    shopDomain,
    get accessToken() {
      return token ?? '';
    },
    graphqlUrl: (apiVersion = DEFAULT_API_VERSION) => `${baseUrl}/admin/api/${apiVersion}/graphql.json`,
    close: () => closeServer(server),
    orders: () => store.orders(),
    variants: () => store.variants(),
    mutateOrders: (count) => store.mutateOrders(count, Date.now()),
    editOrders: (ids) => store.editOrders(ids, Date.now()),
    addOrders: (count) => store.addOrders(count, Date.now()),
    refundOrder: (id, units) => {
      store.refundOrder(id, units, Date.now());
    },
    cancelOrder: (id, cancel = {}) => {
      store.cancelOrder(id, cancel, Date.now());
    },
    voidOrder: (id) => {
      store.voidOrder(id, Date.now());
    },
    payOrder: (id) => {
      store.payOrder(id, Date.now());
    },
    netSales: () => store.netSales(),
    orderTruth: (id) => store.orderTruth(id),
    revokeToken: () => {
      token = null;
      allowance = null;
    },
    revokeTokenAfter: (requests) => {
      allowance = Math.max(0, requests);
    },
    setAccessToken: (next) => {
      token = next;
      allowance = null;
    },
    setFaults: (next) => {
      faults.update(next);
    },
    malformNext: () => {
      faults.malformNext();
    },
    failNextBulk: () => {
      bulk.failNext();
    },
    expireNextBulk: () => {
      bulk.expireNext();
    },
    throttleStatus: () => bucket.status(),
    setBucket: (points) => {
      bucket.setAvailable(points);
    },
    stats: () => ({ ...stats }),
    requests: () => log,
    resetStats: () => {
      stats = emptyStats();
      log = [];
    },
    bulkOperations: () => bulk.list(),
  };
}

/** Only the fault options that were given, so undefined does not override a default. */
function definedFaults(options: Partial<FaultOptions>): Partial<FaultOptions> {
  const picked: Partial<FaultOptions> = {};
  for (const key of Object.keys(NO_FAULTS) as (keyof FaultOptions)[]) {
    const value = options[key];
    if (value !== undefined) Object.assign(picked, { [key]: value });
  }
  return picked;
}
