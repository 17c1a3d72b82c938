// The Shopify connector against the fake store (test/fakes/shopify), in the same run:
//   npm run bench:shopify      (BENCH_SHOPIFY_ORDERS=100000, BENCH_SHOPIFY_SECONDS=60 by default)
// (a) Backfill through a bulk operation, end to end (start + polling, JSONL download,
//     reassembly, mapping, sink and cursor in a transaction per page), at 10k orders and at
//     BENCH_SHOPIFY_ORDERS: orders/s and peak RSS. The fake runs in this process; the
//     connector and the sink run in a child process per size (a fresh heap each), so the
//     RSS measured is theirs alone. Each size gets a fresh database, dropped at the end.
// (b) Incremental paged reading for BENCH_SHOPIFY_SECONDS against a bucket of 1,000 points
//     restoring 50/s: cost points consumed per second, throttled and MAX_COST_EXCEEDED replies.
import 'reflect-metadata';
import type { SyncCursor } from '../src/sync-contract/source-page.js';
import { ShopifyConnector } from '../src/connectors/shopify/shopify.connector.js';
import type { SalesOrderRecord } from '../src/sync-contract/records/sales-order.record.js';
import { channelsSink } from '../src/tether/sinks/channels.sink.js';
import { productsSink } from '../src/tether/sinks/products.sink.js';
import { salesOrdersSink } from '../src/tether/sinks/sales-orders.sink.js';
import type { SinkContext } from '../src/tether/sinks/sink.js';
// Types only: the fake itself is imported dynamically in the parent, so the child never loads it (nor graphql).
import type { FakeShopify, FakeShopifyOptions } from '../test/fakes/shopify/index.js';
import { dropBenchDatabase } from './bench-database.js';
import { benchMain, envInt, heapCell, int, type MemoryUse, mib, type PageTimes, printTable, runChild, SAMPLE_MS, secs, since, verdict } from './bench-process.js';
import { loopbackPolicy, prepareTarget, readInto, type SinkTotals, syncPages, withDataDir } from './bench-sync.js';

const BIG = envInt('BENCH_SHOPIFY_ORDERS', 100_000, 20_000);
const SMALL = 10_000;
const SECONDS = envInt('BENCH_SHOPIFY_SECONDS', 60, 5);
const ORGANIZATION = 'bench-shopify';
const LINES = 3;
const VARIANTS = 1_000;
const TARGET_ORDERS_PER_SECOND = 5_000;
const TARGET_RSS_RATIO = 1.2;
const TARGET_BUCKET_USE = 0.9;
const TARGET_THROTTLED_SHARE = 0.01;
const BUCKET_SIZE = 1_000;
const RESTORE_RATE = 50;
/**
 * Before any order, with the store read a moment ago: incremental reading from here pages
 * (a store read within the last days is not counted for an export), however many orders changed.
 */
const EPOCH_CURSOR = { updatedAt: '1970-01-01T00:00:00Z', id: 0 };

/** The connector as the service builds it: with an outbound policy that allows the loopback fake. */
const shopifyConnector = (dataDir: string): ShopifyConnector => new ShopifyConnector(loopbackPolicy(dataDir));

const credentialsOf = (shop: { shopDomain: string; accessToken: string }): Record<string, string> => ({
  storeDomain: `http://${shop.shopDomain}`,
  accessToken: shop.accessToken,
});

// ---------------------------------------------------------------- child: the backfill itself

interface ChildInput {
  databaseUrl: string;
  integrationId: string;
  shopDomain: string;
  accessToken: string;
  dataDir: string;
}

/**
 * The page times (first page: bulk start, polls, the file made ready and its first 250
 * orders; connector: download, parse, reassembly, mapping after it; sink: the page
 * transactions), the counts, and the child's memory during the read.
 */
interface ChildOutput extends PageTimes, MemoryUse, SinkTotals {
  orders: number;
  lines: number;
}

async function backfillChild(input: ChildInput): Promise<ChildOutput> {
  const connector = shopifyConnector(input.dataDir);
  const context: SinkContext = { organizationId: ORGANIZATION, integrationId: input.integrationId, defaultChannelId: null };
  const counts = { orders: 0, lines: 0 };
  const pages = connector.read({ capability: 'sales_orders', cursor: null, credentials: credentialsOf(input), settings: {}, signal: new AbortController().signal });
  // One transaction per page: the records and the cursor after them commit together.
  const output = await syncPages({ url: input.databaseUrl, context, sink: salesOrdersSink }, pages, (page) => {
    const records = page.records as SalesOrderRecord[];
    counts.orders += records.length;
    counts.lines += records.reduce((n, r) => n + r.lines.length, 0);
    return records;
  });
  return { ...output, ...counts };
}

// ---------------------------------------------------------------- parent: databases and the fake


async function startFake(options: FakeShopifyOptions): Promise<FakeShopify> {
  const { startFakeShopify } = await import('../test/fakes/shopify/index.js');
  return startFakeShopify(options);
}

/** A migrated database with the integration, the store's channel and variants mapped so every order line resolves. */
function prepareDatabase(connector: ShopifyConnector, shop: FakeShopify, label: string): ReturnType<typeof prepareTarget> {
  const integration = { organizationId: ORGANIZATION, service: 'shopify', capabilities: ['channels', 'products', 'sales_orders'] as const };
  return prepareTarget(`shopify_${label}`, integration, async (dataSource, context) => {
    const read = (capability: 'channels' | 'products') =>
      connector.read({ capability, cursor: null, credentials: credentialsOf(shop), settings: {}, signal: new AbortController().signal });
    await readInto(read('channels'), dataSource, context, channelsSink);
    const skus = await readInto(read('products'), dataSource, context, productsSink);
    if (skus !== VARIANTS) throw new Error(`expected ${VARIANTS} variants, read ${skus}`);
  });
}

// ---------------------------------------------------------------- (a) backfill

interface BackfillResult extends ChildOutput {
  storeOrders: number;
  /** CPU the fake (this process) used while the child ran: the JSONL made and served. */
  fakeCpuSeconds: number;
}

async function backfillScenario(orders: number, dataDir: string): Promise<BackfillResult> {
  // A fast bucket: the catalog pages are not what is measured, and the bulk path is not charged.
  const shop = await startFake({ orders, variants: VARIANTS, linesPerOrder: LINES, unknownSkuRate: 0, customLineRate: 0, restoreRate: 1_000, seed: 7 });
  try {
    const { database, integrationId } = await prepareDatabase(shopifyConnector(dataDir), shop, String(orders));
    try {
      const cpu = process.cpuUsage();
      const input: ChildInput = { databaseUrl: database.url, integrationId, shopDomain: shop.shopDomain, accessToken: shop.accessToken, dataDir };
      const output = await runChild<ChildOutput>(import.meta.url, input, 'backfill');
      const used = process.cpuUsage(cpu);
      return { ...output, storeOrders: orders, fakeCpuSeconds: (used.user + used.system) / 1e6 };
    } finally {
      await dropBenchDatabase(database);
    }
  } finally {
    await shop.close();
  }
}

function printBackfill(results: readonly BackfillResult[]): void {
  console.log(`(a) backfill through a bulk operation: fake store with ${LINES} lines per order, ${VARIANTS} variants; connector + sink in a child process per size, the fake in the parent`);
  const header = ['store orders', 'written', 'pages', 'seconds', 'orders/s', 'first page', 'connector', 'sink+cursor', 'RSS before', 'peak RSS', 'maxRSS', 'heap before/peak/after', 'child CPU', 'fake CPU'];
  const rows = results.map((r) => [
    int(r.storeOrders),
    int(r.orders),
    int(r.pages),
    secs(r.seconds),
    int(r.orders / r.seconds),
    secs(r.firstPageSeconds),
    secs(r.connectorSeconds),
    secs(r.sinkSeconds),
    mib(r.baselineRss),
    mib(r.peakRss),
    mib(r.maxRss),
    heapCell(r),
    `${r.cpuSeconds.toFixed(1)} s`,
    `${r.fakeCpuSeconds.toFixed(1)} s`,
  ]);
  printTable(header, rows);
  for (const r of results) {
    const problems = r.created !== r.orders || r.skipped > 0 || r.unmapped > 0;
    console.log(`  ${int(r.storeOrders)}: created ${int(r.created)} skipped ${int(r.skipped)} unmapped ids ${int(r.unmapped)} ${problems ? '(NOT all written)' : '(all written)'}`);
  }
  const small = results.find((r) => r.storeOrders === SMALL);
  const big = results.find((r) => r.storeOrders === BIG);
  if (small === undefined || big === undefined) return;
  const rate = big.orders / big.seconds;
  console.log(`backfill ${int(BIG)}: ${int(rate)} orders written/s (target >= ${int(TARGET_ORDERS_PER_SECOND)}: ${verdict(rate >= TARGET_ORDERS_PER_SECOND)})`);
  const ratio = big.peakRss / small.peakRss;
  console.log(
    `peak RSS ${int(BIG)} / ${int(SMALL)}: ${mib(big.peakRss)} / ${mib(small.peakRss)} = ${ratio.toFixed(2)}x (target <= ${TARGET_RSS_RATIO}: ${verdict(ratio <= TARGET_RSS_RATIO)}); maxRSS ${(big.maxRss / small.maxRss).toFixed(2)}x`,
  );
}

// ---------------------------------------------------------------- (b) incremental reading

interface IncrementalResult {
  seconds: number;
  pages: number;
  orders: number;
  served: number;
  throttled: number;
  maxCostRefused: number;
  pointsCharged: number;
  bucketAtStart: number;
  bucketAtEnd: number;
  /** Share of the samples with the bucket full: restore capacity thrown away. */
  fullShare: number;
  lowestLevel: number;
  /** Bulk operations the read started: 0 when it paged, as it must here. */
  exports: number;
}

/** Samples the fake's bucket every SAMPLE_MS (full or not, its lowest level). */
function bucketSampler(shop: FakeShopify): { stop: () => { fullShare: number; lowest: number } } {
  let samples = 0;
  let full = 0;
  let lowest = Infinity;
  const timer = setInterval(() => {
    const status = shop.throttleStatus();
    samples += 1;
    if (status.currentlyAvailable >= status.maximumAvailable) full += 1;
    lowest = Math.min(lowest, status.currentlyAvailable);
  }, SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return { fullShare: samples === 0 ? 0 : full / samples, lowest };
    },
  };
}

async function incrementalScenario(dataDir: string): Promise<IncrementalResult> {
  const shop = await startFake({ orders: 20_000, variants: 200, linesPerOrder: LINES, bucketSize: BUCKET_SIZE, restoreRate: RESTORE_RATE, seed: 11 });
  try {
    const connector = shopifyConnector(dataDir);
    const controller = new AbortController();
    const before = shop.stats();
    const bucketAtStart = shop.throttleStatus().currentlyAvailable;
    const sampler = bucketSampler(shop);
    const started = process.hrtime.bigint();
    const timer = setTimeout(() => {
      controller.abort();
    }, SECONDS * 1_000);
    let pages = 0;
    let orders = 0;
    try {
      const cursor: SyncCursor = { ...EPOCH_CURSOR, readAt: new Date().toISOString() };
      for await (const page of connector.read({ capability: 'sales_orders', cursor, credentials: credentialsOf(shop), settings: {}, signal: controller.signal })) {
        // Pages are counted, not written: what is measured is the pacing on the bucket.
        pages += 1;
        orders += page.records.length;
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      clearTimeout(timer);
    }
    const seconds = since(started);
    const { fullShare, lowest } = sampler.stop();
    const after = shop.stats();
    return {
      seconds,
      pages,
      orders,
      served: after.served - before.served,
      throttled: after.throttled - before.throttled,
      maxCostRefused: after.maxCostRefused - before.maxCostRefused,
      pointsCharged: after.pointsCharged - before.pointsCharged,
      bucketAtStart,
      bucketAtEnd: shop.throttleStatus().currentlyAvailable,
      fullShare,
      lowestLevel: lowest,
      exports: shop.bulkOperations().length,
    };
  } finally {
    await shop.close();
  }
}

function printIncremental(r: IncrementalResult): void {
  console.log(
    `(b) incremental paged reading for ${r.seconds.toFixed(1)} s: bucket ${int(BUCKET_SIZE)} points restoring ${RESTORE_RATE}/s, cursor at the epoch, store read a moment ago`,
  );
  console.log(`bulk exports started: ${int(r.exports)} (target 0, the read pages: ${verdict(r.exports === 0)})`);
  console.log(
    `  ${int(r.pages)} pages, ${int(r.orders)} orders, ${int(r.served)} queries served, ${int(r.pointsCharged)} points charged (${(r.pointsCharged / Math.max(1, r.served)).toFixed(0)} per query)`,
  );
  const use = r.pointsCharged / r.seconds / RESTORE_RATE;
  console.log(`points charged/s: ${(r.pointsCharged / r.seconds).toFixed(1)} = ${use.toFixed(2)}x restore rate (target >= ${TARGET_BUCKET_USE}: ${verdict(use >= TARGET_BUCKET_USE)})`);
  // Without the points the bucket held at the start (and still holds at the end): the restored points actually used.
  const net = (r.pointsCharged - (r.bucketAtStart - r.bucketAtEnd)) / r.seconds / RESTORE_RATE;
  console.log(
    `  net of the bucket's level (${int(r.bucketAtStart)} at start, ${int(r.bucketAtEnd)} at end, lowest ${int(r.lowestLevel)}): ${net.toFixed(2)}x restore rate; bucket full ${(r.fullShare * 100).toFixed(1)}% of the time`,
  );
  const replies = r.served + r.throttled + r.maxCostRefused;
  const share = replies === 0 ? 0 : r.throttled / replies;
  console.log(`throttled replies: ${int(r.throttled)} of ${int(replies)} = ${(share * 100).toFixed(1)}% (target <= ${TARGET_THROTTLED_SHARE * 100}%: ${verdict(share <= TARGET_THROTTLED_SHARE)})`);
  console.log(`MAX_COST_EXCEEDED replies: ${int(r.maxCostRefused)} (target 0: ${verdict(r.maxCostRefused === 0)})`);
}

// ---------------------------------------------------------------- main

const main = (): Promise<void> =>
  withDataDir('shopify', async (dataDir) => {
    const backfills: BackfillResult[] = [];
    for (const orders of [SMALL, BIG]) backfills.push(await backfillScenario(orders, dataDir));
    printBackfill(backfills);
    printIncremental(await incrementalScenario(dataDir));
  });

await benchMain(backfillChild, main);
