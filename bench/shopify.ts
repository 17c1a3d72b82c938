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
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/load-config.js';
import type { Capability } from '../src/sync-contract/capability.js';
import type { SyncCursor } from '../src/sync-contract/source-page.js';
import { ShopifyConnector } from '../src/connectors/shopify/shopify.connector.js';
import { OutboundPolicy } from '../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../src/connectors/kit/outbound/resolver.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { migrateUnderLock } from '../src/database/migrate-under-lock.js';
import type { CanonicalRecord } from '../src/sync-contract/records/canonical-record.js';
import type { SalesOrderRecord } from '../src/sync-contract/records/sales-order.record.js';
import { channelsSink } from '../src/tether/sinks/channels.sink.js';
import { productsSink } from '../src/tether/sinks/products.sink.js';
import { salesOrdersSink } from '../src/tether/sinks/sales-orders.sink.js';
import type { Sink, SinkContext } from '../src/tether/sinks/sink.js';
// Types only: the fake itself is imported dynamically in the parent, so the child never loads it (nor graphql).
import type { FakeShopify, FakeShopifyOptions } from '../test/fakes/shopify/index.js';
import { type BenchDatabase, createBenchDatabase, dropBenchDatabase } from './bench-database.js';

const BIG = envInt('BENCH_SHOPIFY_ORDERS', 100_000, 20_000);
const SMALL = 10_000;
const SECONDS = envInt('BENCH_SHOPIFY_SECONDS', 60, 5);
const ORGANIZATION = 'bench-shopify';
const LINES = 3;
const VARIANTS = 1_000;
const RSS_SAMPLE_MS = 50;
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
const CHILD_FLAG = '--backfill-child';

function envInt(name: string, fallback: number, minimum: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be an integer >= ${minimum}, got ${String(raw)}`);
  return value;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const since = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9;

/** The connector as the service builds it: with an outbound policy that allows the loopback fake. */
function shopifyConnector(dataDir: string): ShopifyConnector {
  const config = loadConfig({
    NODE_ENV: 'test',
    OUTBOUND_ALLOW_LOOPBACK: 'true',
    AUTH_JWT_SECRET: 'bench-shopify-secret-that-is-long-enough-0123456789',
    CREDENTIAL_KEYS: `b1:${Buffer.alloc(32, 3).toString('base64')}`,
    DATA_DIR: dataDir,
  });
  return new ShopifyConnector(new OutboundPolicy(config, systemResolver));
}

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

interface ChildOutput {
  orders: number;
  lines: number;
  pages: number;
  seconds: number;
  /** Until the first page: bulk start, polls, the file made ready and its first 250 orders. */
  firstPageSeconds: number;
  /** Waiting on the connector (download, parse, reassembly, mapping) after the first page. */
  connectorSeconds: number;
  /** In the page transactions (sink + cursor). */
  sinkSeconds: number;
  created: number;
  skipped: number;
  /** Channel and SKU external ids that did not resolve (counted per occurrence). */
  unmapped: number;
  baselineRss: number;
  peakRss: number;
  /** Live heap before the read, the highest heapUsed during it, the live heap after it. */
  baselineHeap: number;
  peakHeap: number;
  retainedHeap: number;
  maxRss: number;
  cpuSeconds: number;
}

/** Samples RSS and the JS heap every RSS_SAMPLE_MS; stop() gives the highest of each. */
function memorySampler(): { stop: () => { rss: number; heap: number } } {
  const peak = { rss: 0, heap: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The live JS heap: after a full collection when node runs with --expose-gc (the child does). */
function liveHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Saves the page's cursor, as the runner's PAGE statement does (without the session bookkeeping). */
const SAVE_CURSOR = `INSERT INTO sync_states (integration_id, capability, organization_id, cursor, updated_at)
  VALUES ($1, 'sales_orders', $2, $3::jsonb, now())
  ON CONFLICT (integration_id, capability) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`;

async function backfillChild(input: ChildInput): Promise<ChildOutput> {
  const connector = shopifyConnector(input.dataDir);
  const dataSource = await new DataSource(dataSourceOptions(input.databaseUrl)).initialize();
  const context: SinkContext = { organizationId: ORGANIZATION, integrationId: input.integrationId, defaultChannelId: null };
  const out: ChildOutput = {
    ...{ orders: 0, lines: 0, pages: 0, seconds: 0, firstPageSeconds: 0, connectorSeconds: 0, sinkSeconds: 0 },
    ...{ created: 0, skipped: 0, unmapped: 0, baselineRss: 0, peakRss: 0, maxRss: 0, cpuSeconds: 0 },
    ...{ baselineHeap: liveHeap(), peakHeap: 0, retainedHeap: 0 },
  };
  out.baselineRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const sampler = memorySampler();
  const started = process.hrtime.bigint();
  try {
    const pages = connector.read({ capability: 'sales_orders', cursor: null, credentials: credentialsOf(input), settings: {}, signal: new AbortController().signal });
    let waited = process.hrtime.bigint();
    for await (const page of pages) {
      const fetched = since(waited);
      if (out.pages === 0) out.firstPageSeconds = fetched;
      else out.connectorSeconds += fetched;
      const records = page.records as SalesOrderRecord[];
      const writing = process.hrtime.bigint();
      // One transaction per page: the records and the cursor after them commit together.
      const result = await dataSource.transaction(async (manager) => {
        const written = await salesOrdersSink.write(manager, context, records);
        await manager.query(SAVE_CURSOR, [input.integrationId, ORGANIZATION, JSON.stringify(page.cursor)]);
        return written;
      });
      out.sinkSeconds += since(writing);
      out.pages += 1;
      out.orders += records.length;
      out.lines += records.reduce((n, r) => n + r.lines.length, 0);
      out.created += result.created;
      out.skipped += result.skipped;
      out.unmapped += result.unmapped.reduce((n, u) => n + u.count, 0);
      waited = process.hrtime.bigint();
    }
    out.seconds = since(started);
  } finally {
    const peak = sampler.stop();
    out.peakRss = peak.rss;
    out.peakHeap = peak.heap;
    out.retainedHeap = liveHeap();
    await dataSource.destroy();
  }
  const used = process.cpuUsage(cpu);
  // maxRSS is in KiB, over the whole life of the process.
  return { ...out, maxRss: process.resourceUsage().maxRSS * 1024, cpuSeconds: (used.user + used.system) / 1e6 };
}

// ---------------------------------------------------------------- parent: databases and the fake


async function startFake(options: FakeShopifyOptions): Promise<FakeShopify> {
  const { startFakeShopify } = await import('../test/fakes/shopify/index.js');
  return startFakeShopify(options);
}

async function createIntegration(dataSource: DataSource): Promise<string> {
  const [integration] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO integrations (organization_id, name, external_service, cron_expression, timezone, capabilities, settings, enabled, dry_run, created_by, updated_by)
     VALUES ($1, 'bench', 'shopify', '0 0 0 * * *', 'UTC', '{channels,products,sales_orders}', '{}', true, false, 'bench', 'bench') RETURNING id`,
    [ORGANIZATION],
  );
  if (integration === undefined) throw new Error('no integration');
  return integration.id;
}

/** Reads a catalog capability through the connector into its sink, a transaction per page. */
async function readInto<C extends Capability>(
  connector: ShopifyConnector,
  shop: FakeShopify,
  dataSource: DataSource,
  context: SinkContext,
  capability: C,
  sink: Sink<CanonicalRecord<C>>,
): Promise<number> {
  let count = 0;
  const pages = connector.read({ capability, cursor: null, credentials: credentialsOf(shop), settings: {}, signal: new AbortController().signal });
  for await (const page of pages) {
    const records = page.records as CanonicalRecord<C>[];
    await dataSource.transaction((manager) => sink.write(manager, context, records));
    count += records.length;
  }
  return count;
}

/** Migrates the database, adds the integration, and maps the store's channel and variants so every order line resolves. */
async function loadCatalog(connector: ShopifyConnector, shop: FakeShopify, database: BenchDatabase): Promise<string> {
  const dataSource = await migrateUnderLock(await new DataSource(dataSourceOptions(database.url)).initialize());
  try {
    const integrationId = await createIntegration(dataSource);
    const context: SinkContext = { organizationId: ORGANIZATION, integrationId, defaultChannelId: null };
    await readInto(connector, shop, dataSource, context, 'channels', channelsSink);
    const skus = await readInto(connector, shop, dataSource, context, 'products', productsSink);
    if (skus !== VARIANTS) throw new Error(`expected ${VARIANTS} variants, read ${skus}`);
    return integrationId;
  } finally {
    await dataSource.destroy();
  }
}

async function prepareDatabase(connector: ShopifyConnector, shop: FakeShopify, label: string): Promise<{ database: BenchDatabase; integrationId: string }> {
  const database = await createBenchDatabase(`shopify_${label}`);
  try {
    return { database, integrationId: await loadCatalog(connector, shop, database) };
  } catch (error) {
    await dropBenchDatabase(database);
    throw error;
  }
}

/** Runs the backfill in a fresh node process; its result is the last line it prints. */
async function runChild(input: ChildInput): Promise<ChildOutput> {
  const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), CHILD_FLAG, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0) throw new Error(`backfill child exited with ${String(code)}:\n${stdout}`);
  return JSON.parse(last) as ChildOutput;
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
      const output = await runChild({ databaseUrl: database.url, integrationId, shopDomain: shop.shopDomain, accessToken: shop.accessToken, dataDir });
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
    `${r.seconds.toFixed(2)} s`,
    int(r.orders / r.seconds),
    `${r.firstPageSeconds.toFixed(2)} s`,
    `${r.connectorSeconds.toFixed(2)} s`,
    `${r.sinkSeconds.toFixed(2)} s`,
    mib(r.baselineRss),
    mib(r.peakRss),
    mib(r.maxRss),
    `${mib(r.baselineHeap)} / ${mib(r.peakHeap)} / ${mib(r.retainedHeap)}`,
    `${r.cpuSeconds.toFixed(1)} s`,
    `${r.fakeCpuSeconds.toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '));
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

/** Samples the fake's bucket every RSS_SAMPLE_MS (full or not, its lowest level). */
function bucketSampler(shop: FakeShopify): { stop: () => { fullShare: number; lowest: number } } {
  let samples = 0;
  let full = 0;
  let lowest = Infinity;
  const timer = setInterval(() => {
    const status = shop.throttleStatus();
    samples += 1;
    if (status.currentlyAvailable >= status.maximumAvailable) full += 1;
    lowest = Math.min(lowest, status.currentlyAvailable);
  }, RSS_SAMPLE_MS);
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

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-bench-shopify-'));
  try {
    const backfills: BackfillResult[] = [];
    for (const orders of [SMALL, BIG]) backfills.push(await backfillScenario(orders, dataDir));
    printBackfill(backfills);
    printIncremental(await incrementalScenario(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CHILD_FLAG) {
  const output = await backfillChild(JSON.parse(process.argv[3] ?? '{}') as ChildInput);
  console.log(JSON.stringify(output));
} else {
  await main();
}
