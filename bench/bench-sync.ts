// What the connector benches share about the Tether side of a sync: the outbound policy a
// connector is built with, a migrated target database with an integration, catalogs read
// through a connector into their sinks, and pages written with their cursor as the runner does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { loadConfig } from '../src/config/load-config.js';
import { OutboundPolicy } from '../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../src/connectors/kit/outbound/resolver.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { migrateUnderLock } from '../src/database/migrate-under-lock.js';
import type { Capability } from '../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../src/sync-contract/records/canonical-record.js';
import type { SourcePage, SyncCursor } from '../src/sync-contract/source-page.js';
import { emptySinkResult, type Sink, type SinkContext, type SinkResult } from '../src/tether/sinks/sink.js';
import { type BenchDatabase, createBenchDatabase, dropBenchDatabase } from './bench-database.js';
import { measured, type MemoryUse, type PageTimes, timedPages } from './bench-process.js';

/** A temporary data folder (the config's DATA_DIR) for the bench's run, removed after it. */
export async function withDataDir<T>(bench: string, run: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), `tether-bench-${bench}-`));
  try {
    return await run(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The outbound policy as the service builds it, with the loopback allowed (the fakes and stand-ins are local). */
export function loopbackPolicy(dataDir: string): OutboundPolicy {
  const config = loadConfig({
    NODE_ENV: 'test',
    OUTBOUND_ALLOW_LOOPBACK: 'true',
    AUTH_JWT_SECRET: 'bench-connector-secret-that-is-long-enough-0123456789',
    CREDENTIAL_KEYS: `b1:${Buffer.alloc(32, 3).toString('base64')}`,
    DATA_DIR: dataDir,
  });
  return new OutboundPolicy(config, systemResolver);
}

export const openTarget = (url: string): Promise<DataSource> => new DataSource(dataSourceOptions(url)).initialize();

async function createIntegration(dataSource: DataSource, organizationId: string, service: string, capabilities: readonly Capability[]): Promise<string> {
  const [integration] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO integrations (organization_id, name, external_service, cron_expression, timezone, capabilities, settings, enabled, dry_run, created_by, updated_by)
     VALUES ($1, 'bench', $2, '0 0 0 * * *', 'UTC', $3, '{}', true, false, 'bench', 'bench') RETURNING id`,
    [organizationId, service, capabilities],
  );
  if (integration === undefined) throw new Error('no integration');
  return integration.id;
}

/**
 * A fresh database, migrated, with an integration of the service, and `setup` run on it
 * (loading the catalog); dropped again when any of that fails.
 */
export async function prepareTarget(
  label: string,
  integration: { organizationId: string; service: string; capabilities: readonly Capability[] },
  setup: (dataSource: DataSource, context: SinkContext) => Promise<void>,
): Promise<{ database: BenchDatabase; integrationId: string }> {
  const database = await createBenchDatabase(label);
  try {
    const dataSource = await migrateUnderLock(await openTarget(database.url));
    try {
      const integrationId = await createIntegration(dataSource, integration.organizationId, integration.service, integration.capabilities);
      await setup(dataSource, { organizationId: integration.organizationId, integrationId, defaultChannelId: null });
      return { database, integrationId };
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    await dropBenchDatabase(database);
    throw error;
  }
}

/** Reads a catalog capability's pages into its sink, a transaction per page (a snapshot page replacing); how many records. */
export async function readInto<C extends Capability>(pages: AsyncIterable<SourcePage>, dataSource: DataSource, context: SinkContext, sink: Sink<CanonicalRecord<C>>): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    const records = page.records as CanonicalRecord<C>[];
    if (page.replace === true && sink.replaceAll === undefined) throw new Error(`${sink.capability} cannot be replaced as a snapshot`);
    await dataSource.transaction((manager) =>
      page.replace === true && sink.replaceAll !== undefined ? sink.replaceAll(manager, context, records) : sink.write(manager, context, records),
    );
    count += records.length;
  }
  return count;
}

/** Saves the page's cursor, as the runner's PAGE statement does (without the session bookkeeping). */
const SAVE_CURSOR = `INSERT INTO sync_states (integration_id, capability, organization_id, cursor, updated_at)
  VALUES ($1, $2, $3, $4::jsonb, now())
  ON CONFLICT (integration_id, capability) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`;

async function saveCursor(manager: EntityManager, context: SinkContext, capability: Capability, cursor: SyncCursor): Promise<void> {
  await manager.query(SAVE_CURSOR, [context.integrationId, capability, context.organizationId, JSON.stringify(cursor)]);
}

/**
 * One page in one transaction, as a sync commits it: the records through the sink (none: the
 * sink is not called, the cursor still moves) and the cursor after them.
 */
function writePage<C extends Capability>(
  dataSource: DataSource,
  context: SinkContext,
  sink: Sink<CanonicalRecord<C>>,
  records: readonly CanonicalRecord<C>[],
  cursor: SyncCursor,
): Promise<SinkResult> {
  return dataSource.transaction(async (manager) => {
    const written = records.length === 0 ? emptySinkResult() : await sink.write(manager, context, records);
    await saveCursor(manager, context, sink.capability, cursor);
    return written;
  });
}

/** What the sink made of the pages; unmapped: the external ids that did not resolve, counted per occurrence. */
export interface SinkTotals {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  unmapped: number;
}

/**
 * A read's pages written into the target database as a sync writes them, each in a
 * transaction with its cursor, with the times and memory measured (see bench-process).
 * `recordsOf` gives what of a page goes to the sink (all of it, or what the record check let through).
 */
export async function syncPages<C extends Capability>(
  target: { url: string; context: SinkContext; sink: Sink<CanonicalRecord<C>> },
  pages: AsyncIterable<SourcePage>,
  recordsOf: (page: SourcePage) => readonly CanonicalRecord<C>[],
): Promise<PageTimes & MemoryUse & SinkTotals> {
  const dataSource = await openTarget(target.url);
  const totals: SinkTotals = { created: 0, updated: 0, unchanged: 0, skipped: 0, unmapped: 0 };
  try {
    const { result: times, memory } = await measured(() =>
      timedPages(pages, async (page) => {
        const result = await writePage(dataSource, target.context, target.sink, recordsOf(page), page.cursor);
        totals.created += result.created;
        totals.updated += result.updated;
        totals.unchanged += result.unchanged;
        totals.skipped += result.skipped;
        totals.unmapped += result.unmapped.reduce((n, u) => n + u.count, 0);
      }),
    );
    return { ...times, ...memory, ...totals };
  } finally {
    await dataSource.destroy();
  }
}
