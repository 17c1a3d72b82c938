// The Redshift connector end to end against a plain pg SELECT of the same rows, in the same run:
//   npm run bench:warehouse      (BENCH_WAREHOUSE_ROWS=500000 by default; the small size is 50,000)
// The source is a Redshift stand-in on the local PostgreSQL (BENCH_ADMIN_DATABASE_URL's server):
// a fresh database per size with sales.history in the sales_history column contract (1,000
// SKUs x 2 channels, daily periods, every updated_at distinct, with microseconds) and the
// catalog tables, and an index in the read order (updated_at, then the key) standing in for a
// sort key. The target is a fresh migrated database per size with the catalog read through
// the connector. Each size then runs, each in a child process of its own (a fresh heap, so
// the RSS measured is the run's alone):
//   - plain SELECT: one `pg` query of all the rows (the ratio's denominator);
//   - keyset SELECT: the connector's keyset query, pages of 10,000, with plain `pg`;
//   - end to end: the connector's read of sales_history (pages of 10,000: query, decoding,
//     mapping), the runner's record check, and a transaction per page writing the sink and
//     the cursor.
// Prints rows/s and peak RSS of each; every database made is dropped at the end.
import 'reflect-metadata';
import pg from 'pg';
import type { ReadRequest } from '../src/connectors/connector.js';
import { postgresKeyset, type OrderColumn } from '../src/connectors/kit/paging/keyset-sql.js';
import { RedshiftConnector } from '../src/connectors/redshift/redshift.connector.js';
import type { Capability } from '../src/sync-contract/capability.js';
import { checkRecords } from '../src/sync-contract/record-check.js';
import { channelsSink } from '../src/tether/sinks/channels.sink.js';
import { productsSink } from '../src/tether/sinks/products.sink.js';
import { salesHistorySink } from '../src/tether/sinks/sales-history.sink.js';
import type { SinkContext } from '../src/tether/sinks/sink.js';
import { type BenchDatabase, createBenchDatabase, dropBenchDatabase } from './bench-database.js';
import { benchMain, envInt, heapCell, int, measured, type MemoryUse, mib, type PageTimes, printTable, runChild, secs, since, verdict } from './bench-process.js';
import { loopbackPolicy, prepareTarget, readInto, type SinkTotals, syncPages, withDataDir } from './bench-sync.js';

const SMALL = 50_000;
const BIG = envInt('BENCH_WAREHOUSE_ROWS', 500_000, 2 * SMALL);
const PAGE_ROWS = 10_000;
const SKUS = 1_000;
const CHANNELS = [
  { id: 'C-WEB', code: 'WEB', name: 'Web store' },
  { id: 'C-RET', code: 'RET', name: 'Retail stores' },
];
const ORGANIZATION = 'bench-warehouse';
const TARGET_SELECT_RATIO = 0.5;
const TARGET_RSS_RATIO = 1.2;

const SETTINGS = { schema: 'sales', salesHistoryTable: 'history', productsTable: 'products', channelsTable: 'channels', pageSize: PAGE_ROWS };
const HISTORY_COLUMNS = ['sku_id', 'channel_id', 'period_start', 'period_length', 'quantity', 'revenue', 'currency', 'updated_at'];
/** The connector's page order: updated_at, then the key, its text columns as COALESCE(col, ''). */
const READ_ORDER: OrderColumn[] = [
  { name: 'updated_at' },
  { name: 'sku_id', nullable: true },
  { name: 'channel_id', nullable: true },
  { name: 'period_start' },
  { name: 'period_length', nullable: true },
];
const PLAIN_SELECT = `SELECT ${HISTORY_COLUMNS.join(', ')} FROM sales.history`;

/** 50k, 500k, 1M; 123,456 as it is. */
const size = (n: number): string => (n % 1_000_000 === 0 ? `${int(n / 1_000_000)}M` : n % 1_000 === 0 ? `${int(n / 1_000)}k` : int(n));

/** A read of the stand-in as a sync asks for it: from the beginning, as the trusting local server's superuser. */
const readRequest = (database: string, capability: Capability): ReadRequest => ({
  capability,
  cursor: null,
  credentials: { host: '127.0.0.1', port: 5432, database, user: 'postgres', password: 'unused', sslMode: 'disable' },
  settings: SETTINGS,
  signal: new AbortController().signal,
});

// ---------------------------------------------------------------- the Redshift stand-in

/**
 * The contract tables, filled in the database by generate_series: history row n is SKU
 * P(n mod 1,000 + 1), channel n div 1,000 mod 2, day n div 2,000 (so every key is unique),
 * updated n ms and some µs after the epoch of the run's data (every value distinct).
 */
function sourceStatements(rows: number): string[] {
  const channels = CHANNELS.map((c) => `('${c.id}', '${c.code}', '${c.name}', TIMESTAMPTZ '2024-12-01 00:00:00+00')`).join(', ');
  return [
    'CREATE SCHEMA sales',
    'CREATE TABLE sales.history (sku_id text, channel_id text, period_start date, period_length text, quantity numeric, revenue numeric, currency text, updated_at timestamptz)',
    'CREATE TABLE sales.products (product_id text, sku text, name text, barcode text, updated_at timestamptz)',
    'CREATE TABLE sales.channels (channel_id text, code text, name text, updated_at timestamptz)',
    `INSERT INTO sales.products SELECT 'P' || i, 'SKU-' || lpad(i::text, 5, '0'), 'Product ' || i, lpad(i::text, 13, '0'), TIMESTAMPTZ '2024-12-01 00:00:00+00' + i * INTERVAL '1 second'
       FROM generate_series(1, ${SKUS}) AS i`,
    `INSERT INTO sales.channels VALUES ${channels}`,
    `INSERT INTO sales.history
       SELECT 'P' || (n % ${SKUS} + 1),
              CASE (n / ${SKUS}) % 2 WHEN 0 THEN '${CHANNELS[0]?.id ?? ''}' ELSE '${CHANNELS[1]?.id ?? ''}' END,
              DATE '2024-01-01' + n / ${SKUS * CHANNELS.length},
              'day',
              (n % 17 + 1)::numeric,
              round((n % 17 + 1) * 12.49, 2),
              'USD',
              TIMESTAMPTZ '2025-01-01 00:00:00+00' + n * INTERVAL '1 millisecond' + ((n % 1000) * 7919 % 1000) * INTERVAL '1 microsecond'
       FROM generate_series(0, ${rows - 1}) AS n`,
    `CREATE INDEX history_read_order ON sales.history (${READ_ORDER.map((c) => (c.nullable === true ? `COALESCE(${c.name}, '')` : c.name)).join(', ')})`,
    // Hint bits set and statistics taken now, so that no run pays for them.
    'VACUUM ANALYZE sales.history',
  ];
}

async function fillSource(database: BenchDatabase, rows: number): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const statement of sourceStatements(rows)) await client.query(statement);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- children

type ChildInput = { mode: 'connector'; sourceDatabase: string; targetUrl: string; integrationId: string; dataDir: string } | { mode: 'select' | 'keyset'; sourceUrl: string };

/** The connector's read written through the sink: page times (check: the record check's part of the sink's), counts, memory. */
interface ConnectorOutput extends PageTimes, MemoryUse, SinkTotals {
  read: number;
  refused: number;
  checkSeconds: number;
}

interface BaselineOutput extends MemoryUse {
  rows: number;
  pages: number;
  seconds: number;
}

async function connectorChild(input: Extract<ChildInput, { mode: 'connector' }>): Promise<ConnectorOutput> {
  const connector = new RedshiftConnector(loopbackPolicy(input.dataDir));
  const context: SinkContext = { organizationId: ORGANIZATION, integrationId: input.integrationId, defaultChannelId: null };
  const counts = { read: 0, refused: 0, checkSeconds: 0 };
  const pages = connector.read(readRequest(input.sourceDatabase, 'sales_history'));
  // As the runner writes a page: the records that fit the contract, then sink and cursor in one transaction.
  const output = await syncPages({ url: input.targetUrl, context, sink: salesHistorySink }, pages, (page) => {
    const checking = process.hrtime.bigint();
    const { valid, refused } = checkRecords('sales_history', page.records);
    counts.checkSeconds += since(checking);
    counts.read += page.records.length;
    counts.refused += refused.length;
    return valid;
  });
  return { ...output, ...counts };
}

/** Dates and instants as the server's text, so that a keyset position is exact (a Date drops the microseconds). */
const TEXT_TYPES = new Set([1082, 1184]);
const driverParser = pg.types.getTypeParser as (oid: number) => (value: string) => unknown;
const keysetTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number) => (TEXT_TYPES.has(oid) ? (value: string) => value : driverParser(oid))) as pg.CustomTypesConfig['getTypeParser'],
};

/** The same rows with plain pg: one SELECT of them all, or the connector's keyset query page by page. */
async function baselineChild(input: Extract<ChildInput, { mode: 'select' | 'keyset' }>): Promise<BaselineOutput> {
  const { result, memory } = await measured(async () => {
    const started = process.hrtime.bigint();
    const client = new pg.Client({ connectionString: input.sourceUrl, ...(input.mode === 'keyset' ? { types: keysetTypes } : {}) });
    await client.connect();
    try {
      if (input.mode === 'select') {
        const { rows } = await client.query(PLAIN_SELECT);
        return { rows: rows.length, pages: 1, seconds: since(started) };
      }
      let count = 0;
      let pages = 0;
      let after: unknown[] | null = null;
      for (;;) {
        const query = postgresKeyset({ table: 'sales.history', columns: HISTORY_COLUMNS, order: READ_ORDER, after, limit: PAGE_ROWS });
        const { rows } = await client.query<Record<string, unknown>>(query.text, query.values);
        count += rows.length;
        pages += 1;
        const last = rows.at(-1);
        if (rows.length < PAGE_ROWS || last === undefined) break;
        after = READ_ORDER.map((c) => last[c.name] ?? (c.nullable === true ? '' : null));
      }
      return { rows: count, pages, seconds: since(started) };
    } finally {
      await client.end();
    }
  });
  return { ...result, ...memory };
}

const child = (input: ChildInput): Promise<ConnectorOutput | BaselineOutput> => (input.mode === 'connector' ? connectorChild(input) : baselineChild(input));

// ---------------------------------------------------------------- parent: one size

interface SizeResult {
  rows: number;
  select: BaselineOutput;
  keyset: BaselineOutput;
  connector: ConnectorOutput;
  /** Sales history rows the target holds for the integration afterwards. */
  stored: number;
}

const INTEGRATION = { organizationId: ORGANIZATION, service: 'redshift', capabilities: ['channels', 'products', 'sales_history'] as const };

async function countStored(url: string, integrationId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM sales_history WHERE integration_id = $1', [integrationId]);
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

async function sizeScenario(rows: number, dataDir: string): Promise<SizeResult> {
  const source = await createBenchDatabase(`redshift_source_${rows}`);
  try {
    await fillSource(source, rows);
    const connector = new RedshiftConnector(loopbackPolicy(dataDir));
    // The catalog through the connector, so that every history row's SKU and channel map.
    const { database: target, integrationId } = await prepareTarget(`warehouse_${rows}`, INTEGRATION, async (dataSource, context) => {
      const skus = await readInto(connector.read(readRequest(source.name, 'products')), dataSource, context, productsSink);
      const channels = await readInto(connector.read(readRequest(source.name, 'channels')), dataSource, context, channelsSink);
      if (skus !== SKUS || channels !== CHANNELS.length) throw new Error(`expected ${SKUS} products and ${CHANNELS.length} channels, read ${skus} and ${channels}`);
    });
    try {
      const select = await runChild<BaselineOutput>(import.meta.url, { mode: 'select', sourceUrl: source.url } satisfies ChildInput, 'plain SELECT');
      const keyset = await runChild<BaselineOutput>(import.meta.url, { mode: 'keyset', sourceUrl: source.url } satisfies ChildInput, 'keyset SELECT');
      const input: ChildInput = { mode: 'connector', sourceDatabase: source.name, targetUrl: target.url, integrationId, dataDir };
      const through = await runChild<ConnectorOutput>(import.meta.url, input, 'connector');
      return { rows, select, keyset, connector: through, stored: await countStored(target.url, integrationId) };
    } finally {
      await dropBenchDatabase(target);
    }
  } finally {
    await dropBenchDatabase(source);
  }
}

// ---------------------------------------------------------------- output

const endToEnd = (c: ConnectorOutput): number => c.read / c.seconds;
const baselineRate = (b: BaselineOutput): number => b.rows / b.seconds;
const baselineCells = (b: BaselineOutput): string[] => [int(b.rows), int(b.pages), secs(b.seconds), int(baselineRate(b)), mib(b.peakRss)];

function printResults(results: readonly SizeResult[]): void {
  console.log(
    `Redshift stand-in (local PostgreSQL): sales.history of ${int(SKUS)} SKUs x ${CHANNELS.length} channels, daily periods, indexed in the read order; pages of ${int(PAGE_ROWS)}; each run in a child process of its own`,
  );
  console.log('(a) end to end: connector (query, decoding, mapping), record check, sink + cursor in a transaction per page');
  printTable(
    ['source rows', 'read', 'written', 'pages', 'seconds', 'rows/s', 'first page', 'connector', 'check', 'sink+cursor', 'RSS before', 'peak RSS', 'maxRSS', 'heap before/peak/after', 'child CPU'],
    results.map(({ rows, connector: c }) => [
      int(rows),
      int(c.read),
      int(c.created),
      int(c.pages),
      secs(c.seconds),
      int(endToEnd(c)),
      secs(c.firstPageSeconds),
      secs(c.firstPageSeconds + c.connectorSeconds),
      secs(c.checkSeconds),
      secs(c.sinkSeconds - c.checkSeconds),
      mib(c.baselineRss),
      mib(c.peakRss),
      mib(c.maxRss),
      heapCell(c),
      `${c.cpuSeconds.toFixed(1)} s`,
    ]),
  );
  console.log('  (connector: until the first page and waiting for each after it; first page includes connecting and the column check)');
  console.log(`(b) the same rows with plain pg in a child process: one SELECT of all of them (the ratio's denominator), and the connector's keyset query in pages of ${int(PAGE_ROWS)}`);
  printTable(
    ['source rows', 'SELECT rows', 'pages', 'SELECT', 'rows/s', 'peak RSS', 'keyset rows', 'pages', 'keyset', 'rows/s', 'peak RSS', 'end to end / SELECT', 'end to end / keyset'],
    results.map((r) => [
      int(r.rows),
      ...baselineCells(r.select),
      ...baselineCells(r.keyset),
      `${(endToEnd(r.connector) / baselineRate(r.select)).toFixed(2)}x`,
      `${(endToEnd(r.connector) / baselineRate(r.keyset)).toFixed(2)}x`,
    ]),
  );
  for (const { rows, connector: c, stored, select, keyset } of results) {
    const complete = c.read === rows && c.created === rows && stored === rows && c.refused === 0 && c.skipped === 0 && c.unmapped === 0 && select.rows === rows && keyset.rows === rows;
    console.log(
      `  ${int(rows)}: read ${int(c.read)} refused ${int(c.refused)} created ${int(c.created)} updated ${int(c.updated)} unchanged ${int(c.unchanged)} skipped ${int(c.skipped)} unmapped ids ${int(c.unmapped)}; stored ${int(stored)} ${complete ? '(all written)' : '(NOT all written)'}`,
    );
  }
  const small = results.find((r) => r.rows === SMALL);
  const big = results.find((r) => r.rows === BIG);
  if (small === undefined || big === undefined) return;
  const plain = baselineRate(big.select);
  console.log(
    `  at ${size(BIG)}: ${int(endToEnd(big.connector))} rows/s end to end against ${int(plain)} rows/s for the plain SELECT; the keyset SELECT ${int(baselineRate(big.keyset))} rows/s`,
  );
  console.log(`  peak RSS ${mib(big.connector.peakRss)} at ${size(BIG)}, ${mib(small.connector.peakRss)} at ${size(SMALL)}; maxRSS ${(big.connector.maxRss / small.connector.maxRss).toFixed(2)}x`);
  const ratio = endToEnd(big.connector) / plain;
  console.log(`end to end / plain SELECT: ${ratio.toFixed(2)}x (target >= ${TARGET_SELECT_RATIO}x: ${verdict(ratio >= TARGET_SELECT_RATIO)})`);
  const rss = big.connector.peakRss / small.connector.peakRss;
  console.log(`peak RSS ${size(BIG)} / ${size(SMALL)}: ${rss.toFixed(2)}x (target <= ${TARGET_RSS_RATIO}x: ${verdict(rss <= TARGET_RSS_RATIO)})`);
}

const main = (): Promise<void> =>
  withDataDir('warehouse', async (dataDir) => {
    const results: SizeResult[] = [];
    for (const rows of [SMALL, BIG]) results.push(await sizeScenario(rows, dataDir));
    printResults(results);
  });

await benchMain(child, main);
