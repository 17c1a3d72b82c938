import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Capability } from '../../../src/sync-contract/capability.js';
import { CAPABILITIES } from '../../../src/sync-contract/capability.js';
import { EmbeddedPostgres } from '../../../src/database/embedded/embedded-postgres.js';
import { PostgresStandIn, READER } from '../../fakes/warehouse/postgres-standin.js';
import { EmbeddedDataDirs } from '../../support/embedded-data-dirs.js';
import { WarehouseDataset } from '../../fakes/warehouse/warehouse-dataset.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { newOrganization } from '../../support/tokens.js';
import { expectSameTotals, expectStoredEquals, listAll, seededUnits, syncAll, TABLE_SETTINGS, unitsBySkuChannel } from '../../support/warehouse-sync.js';

describe('Redshift, against a PostgreSQL stand-in, through the API', () => {
  const app = syncSuiteApp('tether_redshift');
  let standIn: PostgresStandIn;

  beforeAll(async () => {
    standIn = await PostgresStandIn.start();
  });
  afterAll(async () => {
    await standIn.stop();
  });

  const credentials = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    host: '127.0.0.1',
    port: 5432,
    database: standIn.database,
    user: READER.user,
    password: READER.password,
    sslMode: 'disable',
    ...overrides,
  });

  async function createRedshift(admin: ApiClient, settings: Record<string, unknown> = {}, capabilities: Capability[] = [...CAPABILITIES]): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: { name: `Warehouse ${Math.random().toString(36).slice(2, 7)}`, externalService: 'redshift', capabilities, enabled: false, credentials: credentials(), settings: { schema: 'sales', pageSize: 4, ...TABLE_SETTINGS, ...settings } },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  const check = async (admin: ApiClient, body: { credentials: Record<string, unknown>; settings?: Record<string, unknown> }): Promise<Record<string, unknown>> => {
    const result = await admin.POST('/external-services/{key}/check', { params: { path: { key: 'redshift' } }, body });
    expectStatus(result, 200);
    return result.data as Record<string, unknown>;
  };

  it('checks the connection: each configured table against its contract; a refused login and a server without TLS fail fast, without the password', async () => {
    await standIn.load(new WarehouseDataset());
    const admin = app.t.client(newOrganization('rscheck'), 'admin');
    const ok = await check(admin, { credentials: credentials(), settings: { schema: 'sales', ...TABLE_SETTINGS } });
    expect(ok).toMatchObject({ ok: true, summary: 'connected to Redshift', details: { user: READER.user, database: standIn.database, schema: 'sales', sales_history: 'history: 8 columns fit' } });

    const misfit = await check(admin, { credentials: credentials(), settings: { schema: 'sales', salesHistoryTable: 'history_wrong' } });
    expect(misfit).toMatchObject({ ok: false, error: { kind: 'config', retryable: false } });
    const message = (misfit.error as { message: string }).message;
    expect(message).toContain('history_wrong (settings.salesHistoryTable) does not fit the sales_history column contract');
    expect(message).toContain('quantity is double precision, not decimal');
    expect(message).toContain('revenue is missing');

    await standIn.setReaderLogin(false);
    try {
      const started = Date.now();
      const refused = await check(admin, { credentials: credentials() });
      expect(refused).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(JSON.stringify(refused)).not.toContain(READER.password);
    } finally {
      await standIn.setReaderLogin(true);
    }
    const plain = await check(admin, { credentials: credentials({ sslMode: 'require' }) });
    expect(plain).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect((plain.error as { message: string }).message).toMatch(/SSL|TLS/);
  });

  it('a wrong password fails fast as auth, secret-free (a server that checks passwords: the embedded PostgreSQL)', async () => {
    const dataDirs = new EmbeddedDataDirs();
    const server = await EmbeddedPostgres.start(dataDirs.create());
    try {
      const admin = app.t.client(newOrganization('rspassword'), 'admin');
      const password = decodeURIComponent(new URL(server.url).password);
      const right = { host: '127.0.0.1', port: server.port, database: 'postgres', user: 'postgres', password, sslMode: 'disable' };
      expect(await check(admin, { credentials: right })).toMatchObject({ ok: true, details: { user: 'postgres' } });
      const wrongPassword = 'wrong-password-canary-5e1d';
      const started = Date.now();
      const refused = await check(admin, { credentials: { ...right, password: wrongPassword } });
      expect(refused).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(JSON.stringify(refused)).not.toContain(wrongPassword);
    } finally {
      await server.stop();
      dataDirs.removeAll();
    }
  }, 60_000);

  it('dry run, every capability, changes, snapshot, reset: rows equal the warehouse, only changed rows read, no duplicates', async () => {
    const data = new WarehouseDataset();
    await standIn.load(data);
    const admin = app.t.client(newOrganization('rssync'), 'admin');
    const id = await createRedshift(admin);

    // A dry run maps against what Tether holds and writes nothing: every SKU is unmapped, named.
    const dry = await syncToEnd(admin, id, { dryRun: true, capabilities: ['sales_history'] });
    const dryHistory = executionOf(dry, 'sales_history');
    expect(dryHistory.recordsFetched).toBe(data.tables.sales_history.length);
    expect(dryHistory.unmapped.map((u) => u.externalId)).toEqual(expect.arrayContaining(['P1', 'P-UNKNOWN']));
    expect(await listAll(admin, '/sales-history', id)).toHaveLength(0);

    const first = await syncAll(admin, id);
    await expectStoredEquals(admin, id, data);
    const history = executionOf(first, 'sales_history');
    expect(history.unmapped).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sku', externalId: 'P-UNKNOWN' }), expect.objectContaining({ kind: 'channel', externalId: 'C-GONE' })]));
    expect(executionOf(first, 'sales_orders').recordsFetched).toBe(12);

    // Updates, inserts and a stock row gone upstream.
    const changed = data.mutate();
    await standIn.load(data);
    const second = await syncAll(admin, id);
    expect(executionOf(second, 'sales_history').recordsFetched).toBe(changed.sales_history);
    expect(executionOf(second, 'sales_orders').recordsFetched).toBe(1);
    // Inventory is a snapshot table: read whole, the gone row removed.
    expect(executionOf(second, 'warehouse_inventory').recordsFetched).toBe(data.tables.warehouse_inventory.length);
    // The total each read announced: the warehouse's COUNT(*) of the rows after the cursor (none for orders, a row per line).
    expect(executionOf(second, 'sales_history').progress.total).toBe(changed.sales_history);
    expect(executionOf(second, 'warehouse_inventory').progress.total).toBe(data.tables.warehouse_inventory.length);
    expect(executionOf(second, 'sales_orders').progress.total).toBeNull();
    await expectStoredEquals(admin, id, data);
    const refunded = (await listAll(admin, '/sales-orders', id)).find((o) => o.externalId === 'O3');
    expect(refunded).toMatchObject({ status: 'refunded', countsAsSale: false });

    // Reset and read everything again: the same rows, none twice.
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const third = await syncAll(admin, id);
    expect(executionOf(third, 'sales_history').recordsFetched).toBe(data.tables.sales_history.length);
    await expectStoredEquals(admin, id, data);
  }, 60_000);

  it('a view missing a column fails with config naming it; dropped connections are retried to the same data', async () => {
    const data = new WarehouseDataset();
    await standIn.load(data);
    const admin = app.t.client(newOrganization('rsfault'), 'admin');
    const wrong = await createRedshift(admin, { salesHistoryTable: 'history_wrong' }, ['sales_history']);
    const failed = executionOf(await syncToEnd(admin, wrong), 'sales_history');
    expect(failed).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(failed.error?.message).toContain('revenue is missing');

    // The session is read-only: a view that would write when read fails, as config, and nothing changed.
    const writing = executionOf(await syncToEnd(admin, await createRedshift(admin, { salesHistoryTable: 'writing_history' }, ['sales_history'])), 'sales_history');
    expect(writing).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(writing.error?.message).toContain('read-only transaction');

    const flaky = await createRedshift(admin, { salesHistoryTable: 'flaky_history', pageSize: 10 });
    await syncToEnd(admin, flaky, { capabilities: ['products', 'channels'] });
    await standIn.failNextReads(2);
    const recovered = executionOf(await syncToEnd(admin, flaky, { capabilities: ['sales_history'] }), 'sales_history');
    expect(recovered.status).toBe('succeeded');
    // Reconnected and retried by the connector, from the same page: the execution's one attempt.
    expect(recovered.attempts).toBe(1);
    expect(await standIn.faultsLeft()).toBe(0);
    expect(recovered.recordsFetched).toBeGreaterThanOrEqual(data.tables.sales_history.length);
    expectSameTotals(unitsBySkuChannel(await listAll(admin, '/sales-history', flaky)), seededUnits(data, 'sales_history'));
  }, 60_000);

  it('a channel gone from a snapshot channels table loses its link to this integration; the channel itself stays', async () => {
    const data = new WarehouseDataset();
    await standIn.load(data);
    const admin = app.t.client(newOrganization('rschannels'), 'admin');
    const id = await createRedshift(admin, {}, ['channels']);
    const links = async (): Promise<string[]> => {
      const listed = await admin.GET('/channel-mappings', { params: { query: { integrationId: id, limit: 100 } } });
      expectStatus(listed, 200);
      return (listed.data?.items ?? []).map((m) => m.externalId).sort();
    };
    expect(executionOf(await syncToEnd(admin, id), 'channels').status).toBe('succeeded');
    expect(await links()).toEqual(['C-RET', 'C-WEB']);
    data.tables.channels.splice(data.tables.channels.findIndex((c) => c.channel_id === 'C-RET'), 1);
    await standIn.load(data);
    expect(executionOf(await syncToEnd(admin, id), 'channels').status).toBe('succeeded');
    expect(await links()).toEqual(['C-WEB']);
    const channels = await admin.GET('/channels', { params: { query: { limit: 100 } } });
    expect((channels.data?.items ?? []).map((c) => c.code)).toContain('RETAIL');
  });

  it('refuses SQL through every setting and keeps values inert', async () => {
    const admin = app.t.client(newOrganization('rsinject'), 'admin');
    for (const setting of ['schema', ...Object.keys(TABLE_SETTINGS)]) {
      const refused = await admin.POST('/integrations', {
        body: { name: 'Injected', externalService: 'redshift', capabilities: ['sales_history'], credentials: credentials(), settings: { ...TABLE_SETTINGS, [setting]: 'history"; DROP TABLE sales.products; --' } },
      });
      expectValidationError(refused, `settings.${setting}`, 'pattern');
    }
    const data = new WarehouseDataset();
    const injected = "P9'); DROP TABLE sales.products; --";
    data.tables.products.push({ product_id: injected, sku: 'SKU-9', name: "Robert'); DROP TABLE", barcode: null, updated_at: data.next() });
    await standIn.load(data);
    const id = await createRedshift(admin, {}, ['products']);
    expect(executionOf(await syncToEnd(admin, id), 'products').status).toBe('succeeded');
    const mapped = await admin.GET('/sku-mappings', { params: { query: { integrationId: id, limit: 100 } } });
    expect((mapped.data?.items ?? []).map((m) => m.externalId)).toContain(injected);
    expect(await standIn.admin(async (client) => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM sales.products')).rows[0])).toEqual({ n: data.tables.products.length });
  });
});
