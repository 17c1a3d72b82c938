// Sales-orders sink throughput against PostgreSQL COPY, measured in the same run:
//   npm run bench:sink            (BENCH_ORDERS=100000 by default, pages of 250 orders, 3 lines each)
// Writes into a fresh database on BENCH_ADMIN_DATABASE_URL's server, dropped at the end.
import 'reflect-metadata';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { migrateUnderLock } from '../src/database/migrate-under-lock.js';
import type { SalesOrderRecord } from '../src/sync-contract/records/sales-order.record.js';
import { channelsSink } from '../src/tether/sinks/channels.sink.js';
import { productsSink } from '../src/tether/sinks/products.sink.js';
import { salesOrdersSink } from '../src/tether/sinks/sales-orders.sink.js';
import type { SinkContext, SinkResult } from '../src/tether/sinks/sink.js';
import { createBenchDatabase, dropBenchDatabase } from './bench-database.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const PAGE = 250;
const LINES = 3;
const SKUS = 1_000;
const ORGANIZATION = 'bench';

function order(n: number, lineQuantity: number): SalesOrderRecord {
  const orderedAt = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    externalId: `gid://shopify/Order/${5_000_000 + n}`,
    orderNumber: `#${1000 + n}`,
    channelExternalId: 'store',
    status: n % 17 === 0 ? 'partially_refunded' : 'paid',
    orderedAt,
    currency: 'USD',
    totalAmount: (LINES * lineQuantity * 19.99).toFixed(2),
    sourceUpdatedAt: orderedAt,
    lines: Array.from({ length: LINES }, (_, line) => ({
      externalId: `gid://shopify/LineItem/${(5_000_000 + n) * 10 + line}`,
      skuExternalId: `gid://shopify/ProductVariant/${(n * LINES + line) % SKUS}`,
      quantity: String(lineQuantity),
      unitPrice: '19.99',
    })),
  };
}

const pages = (lineQuantity: number): SalesOrderRecord[][] =>
  Array.from({ length: Math.ceil(ORDERS / PAGE) }, (_, page) =>
    Array.from({ length: Math.min(PAGE, ORDERS - page * PAGE) }, (_, i) => order(page * PAGE + i, lineQuantity)),
  );

interface Pass {
  name: string;
  seconds: number;
  rows: number;
  result?: SinkResult;
}

async function sinkPass(dataSource: DataSource, context: SinkContext, name: string, input: SalesOrderRecord[][]): Promise<Pass> {
  const total: SinkResult = { created: 0, updated: 0, unchanged: 0, skipped: 0, invalid: 0, unmapped: [] };
  const started = process.hrtime.bigint();
  for (const page of input) {
    // One transaction per page, as the sync runner commits a page with its cursor.
    const result = await dataSource.transaction((manager) => salesOrdersSink.write(manager, context, page));
    total.created += result.created;
    total.updated += result.updated;
    total.unchanged += result.unchanged;
    total.skipped += result.skipped;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, seconds, rows: ORDERS * (1 + LINES), result: total };
}

/**
 * The same rows by COPY FROM STDIN into tables identical to ours (same columns, keys and
 * indexes): in one transaction (the baseline), or a transaction per page as a sync commits.
 */
async function copyPass(url: string, context: SinkContext, channelId: string, skuIds: Map<string, string>, perPage: boolean): Promise<Pass> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const suffix = perPage ? 'per_page' : 'bulk';
  try {
    await client.query(`CREATE TABLE copy_orders_${suffix} (LIKE sales_orders INCLUDING ALL)`);
    await client.query(`CREATE TABLE copy_lines_${suffix} (LIKE sales_order_lines INCLUDING ALL)`);
    const now = new Date().toISOString();
    const rows = (page: SalesOrderRecord[]): { orders: string[]; lines: string[] } => ({
      orders: page.map((o) =>
        [ORGANIZATION, context.integrationId, o.externalId, o.orderNumber, channelId, o.status, o.orderedAt, '\\N', o.currency, o.totalAmount, o.sourceUpdatedAt, now].join('\t'),
      ),
      lines: page.flatMap((o) =>
        o.lines.map((l) =>
          [ORGANIZATION, context.integrationId, o.externalId, l.externalId, skuIds.get(l.skuExternalId), l.quantity, l.unitPrice, o.currency, now].join('\t'),
        ),
      ),
    });
    const batches = (perPage ? pages(1) : [pages(1).flat()]).map(rows);
    const started = process.hrtime.bigint();
    for (const batch of batches) {
      await client.query('BEGIN');
      await pipeline(
        Readable.from(chunks(batch.orders)),
        client.query(
          copyFrom(
            `COPY copy_orders_${suffix} (organization_id, integration_id, external_id, order_number, channel_id, status, ordered_at, cancelled_at, currency, total_amount, source_updated_at, written_at) FROM STDIN`,
          ),
        ),
      );
      await pipeline(
        Readable.from(chunks(batch.lines)),
        client.query(
          copyFrom(
            `COPY copy_lines_${suffix} (organization_id, integration_id, order_external_id, external_id, sku_id, quantity, unit_price, currency, written_at) FROM STDIN`,
          ),
        ),
      );
      await client.query('COMMIT');
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const count = batches.reduce((n, b) => n + b.orders.length + b.lines.length, 0);
    return { name: perPage ? 'COPY, a transaction per page' : 'COPY FROM STDIN (baseline)', seconds, rows: count };
  } finally {
    await client.end();
  }
}

/**
 * The yardstick: the same rows by a plain `INSERT ... SELECT FROM unnest(...) ON
 * CONFLICT DO UPDATE` per page and table, SKUs already resolved, a transaction per page:
 * loaded, then loaded again with every line changed.
 */
async function plainUpsertPass(url: string, context: SinkContext, channelId: string, skuIds: Map<string, string>, lineQuantity: number): Promise<Pass> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE IF NOT EXISTS plain_orders (LIKE sales_orders INCLUDING ALL)');
    await client.query('CREATE TABLE IF NOT EXISTS plain_lines (LIKE sales_order_lines INCLUDING ALL)');
    const input = pages(lineQuantity).map((page) => ({ orders: page, lines: page.flatMap((o) => o.lines.map((line) => ({ order: o, line }))) }));
    const started = process.hrtime.bigint();
    for (const { orders, lines } of input) {
      await client.query('BEGIN');
      await client.query({
        name: 'plain_orders',
        text: `INSERT INTO plain_orders (organization_id, integration_id, external_id, order_number, channel_id, status, ordered_at, currency, total_amount, source_updated_at)
          SELECT $1, $2::uuid, * FROM unnest($3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[], $8::text[], $9::numeric[], $10::timestamptz[])
          ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE SET status = EXCLUDED.status, total_amount = EXCLUDED.total_amount`,
        values: [
          ORGANIZATION,
          context.integrationId,
          orders.map((o) => o.externalId),
          orders.map((o) => o.orderNumber),
          orders.map(() => channelId),
          orders.map((o) => o.status),
          orders.map((o) => o.orderedAt),
          orders.map((o) => o.currency),
          orders.map((o) => o.totalAmount),
          orders.map((o) => o.sourceUpdatedAt),
        ],
      });
      await client.query({
        name: 'plain_lines',
        text: `INSERT INTO plain_lines (organization_id, integration_id, order_external_id, external_id, sku_id, quantity, unit_price, currency)
          SELECT $1, $2::uuid, * FROM unnest($3::text[], $4::text[], $5::uuid[], $6::numeric[], $7::numeric[], $8::text[])
          ON CONFLICT (organization_id, integration_id, order_external_id, external_id) DO UPDATE SET quantity = EXCLUDED.quantity, unit_price = EXCLUDED.unit_price`,
        values: [
          ORGANIZATION,
          context.integrationId,
          lines.map((l) => l.order.externalId),
          lines.map((l) => l.line.externalId),
          lines.map((l) => skuIds.get(l.line.skuExternalId)),
          lines.map((l) => l.line.quantity),
          lines.map((l) => l.line.unitPrice),
          lines.map((l) => l.order.currency),
        ],
      });
      await client.query('COMMIT');
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { name: lineQuantity === 1 ? 'plain upsert: first load' : 'plain upsert: lines changed', seconds, rows: ORDERS * (1 + LINES) };
  } finally {
    await client.end();
  }
}

function* chunks(rows: string[]): Generator<string> {
  for (let i = 0; i < rows.length; i += 1_000) yield `${rows.slice(i, i + 1_000).join('\n')}\n`;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase('sink');
  const { url } = database;
  const dataSource = await migrateUnderLock(await new DataSource(dataSourceOptions(url)).initialize());
  try {
    const [integration] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO integrations (organization_id, name, external_service, cron_expression, timezone, capabilities, settings, enabled, dry_run, created_by, updated_by)
       VALUES ($1, 'bench', 'shopify', '0 0 0 * * *', 'UTC', '{sales_orders}', '{}', true, false, 'bench', 'bench') RETURNING id`,
      [ORGANIZATION],
    );
    if (integration === undefined) throw new Error('no integration');
    const context: SinkContext = { organizationId: ORGANIZATION, integrationId: integration.id, defaultChannelId: null };
    await dataSource.transaction(async (manager) => {
      await channelsSink.write(manager, context, [{ externalId: 'store', code: 'STORE', name: 'Store' }]);
      await productsSink.write(
        manager,
        context,
        Array.from({ length: SKUS }, (_, i) => ({ externalId: `gid://shopify/ProductVariant/${i}`, sku: `SKU-${i}`, name: `Product ${i}` })),
      );
    });
    const skuIds = new Map(
      (await dataSource.query<{ external_id: string; sku_id: string }[]>('SELECT external_id, sku_id FROM sku_external_ids')).map(
        (r) => [r.external_id, r.sku_id] as const,
      ),
    );
    const [channel] = await dataSource.query<{ channel_id: string }[]>('SELECT channel_id FROM channel_external_ids');

    const first = pages(1);
    const changed = pages(2);
    const passes = [
      await copyPass(url, context, channel?.channel_id ?? '', skuIds, false),
      await copyPass(url, context, channel?.channel_id ?? '', skuIds, true),
      await plainUpsertPass(url, context, channel?.channel_id ?? '', skuIds, 1),
      await plainUpsertPass(url, context, channel?.channel_id ?? '', skuIds, 2),
      await sinkPass(dataSource, context, 'sink: first load', first),
      await sinkPass(dataSource, context, 'sink: unchanged re-load', first),
      await sinkPass(dataSource, context, 'sink: every line changed', changed),
    ];
    const [copy] = passes;
    const targets: Record<string, number> = {
      'sink: first load': 0.7,
      'sink: unchanged re-load': 1.0,
      'sink: every line changed': 0.5,
    };
    console.log(`${ORDERS} orders x ${LINES} lines (${ORDERS * (1 + LINES)} rows), pages of ${PAGE} orders, one transaction per page`);
    for (const pass of passes) {
      const rate = pass.rows / pass.seconds;
      const ratio = copy === undefined ? 0 : rate / (copy.rows / copy.seconds);
      const target = targets[pass.name];
      const counts = pass.result ? `  created ${pass.result.created} updated ${pass.result.updated} unchanged ${pass.result.unchanged} skipped ${pass.result.skipped}` : '';
      console.log(
        `${pass.name.padEnd(30)} ${pass.seconds.toFixed(2).padStart(7)} s ${Math.round(rate).toLocaleString('en-US').padStart(10)} rows/s  ${ratio.toFixed(2)}x COPY` +
          (target === undefined ? '' : ` (target >= ${target.toFixed(1)}x: ${ratio >= target ? 'met' : 'NOT met'})`) +
          counts,
      );
    }
  } finally {
    await dataSource.destroy();
    await dropBenchDatabase(database);
  }
}

await main();
