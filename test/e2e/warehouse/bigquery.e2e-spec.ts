import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BigQueryConnector } from '../../../src/connectors/bigquery/bigquery.connector.js';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { CAPABILITIES, type Capability } from '../../../src/sync-contract/capability.js';
import type { SalesHistoryRecord } from '../../../src/sync-contract/records/sales-history.record.js';
import type { SourcePage } from '../../../src/sync-contract/source-page.js';
import { type FakeBigQuery, type ServiceAccountKey, startFakeBigQuery } from '../../fakes/bigquery/index.js';
import { BigQueryStandIn } from '../../fakes/warehouse/bigquery-standin.js';
import { WarehouseDataset } from '../../fakes/warehouse/warehouse-dataset.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { type OutboundMonitor, watchOutbound } from '../../support/outbound-monitor.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization } from '../../support/tokens.js';
import { expectSameTotals, expectStoredEquals, listAll, seededUnits, syncAll, TABLE_SETTINGS, unitsBySkuChannel } from '../../support/warehouse-sync.js';

const PROJECT = 'acme-analytics';
const DATASET = 'tether_export';

describe('BigQuery, against the fake, through the API', () => {
  const app = syncSuiteApp('tether_bigquery');
  let fake: FakeBigQuery;
  let standIn: BigQueryStandIn;
  let monitor: OutboundMonitor;

  beforeAll(async () => {
    monitor = watchOutbound();
    fake = await startFakeBigQuery({ projectId: PROJECT, pageRows: 5 });
    standIn = new BigQueryStandIn(fake, PROJECT, DATASET);
  });
  afterAll(async () => {
    await fake.close();
    monitor.stop();
  });

  const credentials = (key: ServiceAccountKey): Record<string, unknown> => ({ projectId: PROJECT, dataset: DATASET, location: 'US', serviceAccountKey: key });

  async function createBigQuery(admin: ApiClient, key: ServiceAccountKey, settings: Record<string, unknown> = {}, capabilities: Capability[] = [...CAPABILITIES]): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: {
        name: `BigQuery ${Math.random().toString(36).slice(2, 7)}`,
        externalService: 'bigquery',
        capabilities,
        enabled: false,
        credentials: credentials(key),
        settings: { apiEndpoint: fake.url, pageSize: 4, ...TABLE_SETTINGS, ...settings },
      },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  const check = async (admin: ApiClient, key: ServiceAccountKey, settings: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
    const result = await admin.POST('/external-services/{key}/check', {
      params: { path: { key: 'bigquery' } },
      body: { credentials: credentials(key), settings: { apiEndpoint: fake.url, ...settings } },
    });
    expectStatus(result, 200);
    return result.data as Record<string, unknown>;
  };

  it('checks the connection: the key exchanged, each configured table against its contract; a revoked key fails fast, secret-free', async () => {
    standIn.load(new WarehouseDataset());
    const admin = app.t.client(newOrganization('bqcheck'), 'admin');
    const key = fake.serviceAccount('checker');
    const ok = await check(admin, key, TABLE_SETTINGS);
    expect(ok).toMatchObject({ ok: true, summary: 'connected to BigQuery', details: { project: PROJECT, dataset: DATASET, sales_history: 'history: 8 columns fit' } });

    const misfit = await check(admin, key, { salesHistoryTable: 'history_wrong' });
    expect(misfit).toMatchObject({ ok: false, error: { kind: 'config', retryable: false } });
    const message = (misfit.error as { message: string }).message;
    expect(message).toContain('history_wrong (settings.salesHistoryTable) does not fit the sales_history column contract');
    expect(message).toContain('quantity is FLOAT, not decimal');
    expect(message).toContain('revenue is missing');

    const missing = await check(admin, key, { salesHistoryTable: 'no_such_table' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'config' } });
    expect((missing.error as { message: string }).message).toContain('no_such_table');

    fake.revokeKey(key.client_email);
    const started = Date.now();
    const revoked = await check(admin, key);
    expect(revoked).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(JSON.stringify(revoked)).not.toContain(key.private_key.slice(40, 80));
    expect(JSON.stringify(revoked)).not.toContain(key.client_email);
  });

  it('dry run, every capability, changes, snapshot, reset: rows equal the dataset, only changed rows read, typed parameters, no duplicates', async () => {
    const data = new WarehouseDataset();
    standIn.load(data);
    const admin = app.t.client(newOrganization('bqsync'), 'admin');
    const id = await createBigQuery(admin, fake.serviceAccount('syncer'));

    const dry = executionOf(await syncToEnd(admin, id, { dryRun: true, capabilities: ['sales_history'] }), 'sales_history');
    expect(dry.recordsFetched).toBe(data.tables.sales_history.length);
    expect(dry.unmapped.map((u) => u.externalId)).toEqual(expect.arrayContaining(['P1', 'P-UNKNOWN']));
    expect(await listAll(admin, '/sales-history', id)).toHaveLength(0);

    const first = await syncAll(admin, id);
    await expectStoredEquals(admin, id, data);
    expect(executionOf(first, 'sales_history').unmapped).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'sku', externalId: 'P-UNKNOWN' }), expect.objectContaining({ kind: 'channel', externalId: 'C-GONE' })]),
    );

    const changed = data.mutate();
    standIn.load(data);
    fake.resetRequests();
    const second = await syncAll(admin, id);
    expect(executionOf(second, 'sales_history').recordsFetched).toBe(changed.sales_history);
    expect(executionOf(second, 'sales_orders').recordsFetched).toBe(1);
    expect(executionOf(second, 'warehouse_inventory').recordsFetched).toBe(data.tables.warehouse_inventory.length);
    // The total each read announced: the warehouse's COUNT(*) of the rows after the cursor (none for orders, a row per line).
    expect(executionOf(second, 'sales_history').progress.total).toBe(changed.sales_history);
    expect(executionOf(second, 'warehouse_inventory').progress.total).toBe(data.tables.warehouse_inventory.length);
    expect(executionOf(second, 'sales_orders').progress.total).toBeNull();
    await expectStoredEquals(admin, id, data);
    // Incremental reads bind the cursor as typed parameters; GoogleSQL has no tuple comparison, so the order is spelt out.
    const incremental = fake.sentQueries().find((q) => q.sql.includes('`history`') && q.sql.includes('@since_ts') && q.sql.includes('LIMIT'));
    // Its total first: COUNT(*) of the same rows, the position as typed parameters too.
    const counted = fake.sentQueries().find((q) => q.sql.startsWith('SELECT COUNT(*)') && q.sql.includes('`history`') && q.sql.includes('@since_ts'));
    expect(counted?.parameters.since_ts?.type).toBe('TIMESTAMP');
    expect(incremental?.parameters.since_ts?.type).toBe('TIMESTAMP');
    expect(incremental?.parameters.limit?.type).toBe('INT64');
    expect(String(incremental?.parameters.limit?.value)).toBe('4');
    expect(incremental?.sql).not.toMatch(/\)\s*>\s*\(/);

    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const third = await syncAll(admin, id);
    expect(executionOf(third, 'sales_history').recordsFetched).toBe(data.tables.sales_history.length);
    await expectStoredEquals(admin, id, data);
  }, 60_000);

  it('recovers from backend errors, rate limits and unfinished jobs with the same data; access denied and a misfit table fail as config', async () => {
    const data = new WarehouseDataset();
    standIn.load(data);
    const admin = app.t.client(newOrganization('bqfault'), 'admin');
    const key = fake.serviceAccount('faulty');
    const id = await createBigQuery(admin, key, { pageSize: 10 });
    await syncToEnd(admin, id, { capabilities: ['products', 'channels'] });
    fake.failNext('rateLimitExceeded', 2, 'query');
    fake.failNext('jobRateLimitExceeded', 1, 'query');
    fake.failNext('backendError', 1, 'getQueryResults');
    fake.setIncompletePolls(2);
    const recovered = executionOf(await syncToEnd(admin, id, { capabilities: ['sales_history'] }), 'sales_history');
    fake.setIncompletePolls(0);
    // Each fault was answered, and retried past.
    expect(fake.requests.map((r) => r.status)).toEqual(expect.arrayContaining([403, 400, 500]));
    expect(recovered.status).toBe('succeeded');
    expect(recovered.recordsFetched).toBe(data.tables.sales_history.length);
    expectSameTotals(unitsBySkuChannel(await listAll(admin, '/sales-history', id)), seededUnits(data, 'sales_history'));

    fake.denyProject(key.client_email, PROJECT);
    const denied = executionOf(await syncToEnd(admin, id, { capabilities: ['pricing'] }), 'pricing');
    fake.allowProject(key.client_email, PROJECT);
    expect(denied).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(denied.error?.message).toContain('accessDenied');

    const wrong = await createBigQuery(admin, key, { salesHistoryTable: 'history_wrong' }, ['sales_history']);
    const misfit = executionOf(await syncToEnd(admin, wrong), 'sales_history');
    expect(misfit).toMatchObject({ status: 'failed', error: { kind: 'config' } });
    expect(misfit.error?.message).toContain('revenue is missing');
  }, 60_000);

  it('keeps NUMERIC, BIGNUMERIC, INT64 beyond 2^53 and microsecond timestamps exact (the connector alone)', async () => {
    fake.createTable(PROJECT, DATASET, 'history_exact', [
      { name: 'sku_id', type: 'STRING' },
      { name: 'channel_id', type: 'STRING' },
      { name: 'period_start', type: 'DATE' },
      { name: 'period_length', type: 'STRING' },
      { name: 'quantity', type: 'INT64' },
      { name: 'revenue', type: 'BIGNUMERIC' },
      { name: 'currency', type: 'STRING' },
      { name: 'updated_at', type: 'TIMESTAMP' },
    ]);
    const row = { sku_id: 'P1', channel_id: null, period_start: '2026-10-01', period_length: 'day', currency: 'USD' };
    fake.upsertRows(`${PROJECT}.${DATASET}.history_exact`, [
      { ...row, quantity: '9007199254740993', revenue: '123456789012345678.123456789', updated_at: '2026-10-01T10:00:00.000001Z' },
      { ...row, period_start: '2026-10-02', quantity: '-3', revenue: '0.0000001', updated_at: '2026-10-01T10:00:00.000002Z' },
    ], ['sku_id', 'period_start']);
    const connector = new BigQueryConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver));
    const pages: SourcePage[] = [];
    const request = {
      capability: 'sales_history',
      cursor: null,
      credentials: credentials(fake.serviceAccount('exact')),
      settings: { apiEndpoint: fake.url, salesHistoryTable: 'history_exact', pageSize: 1 },
    } as const;
    const read = connector.read({ ...request, signal: AbortSignal.timeout(20_000) });
    for await (const page of read) pages.push(page);
    const records = pages.flatMap((p) => p.records) as SalesHistoryRecord[];
    expect(records.map((r) => [r.quantity, r.revenue, r.channelExternalId])).toEqual([
      ['9007199254740993', '123456789012345678.123456789', null],
      ['-3', '0.0000001', null],
    ]);
    // The cursor keeps the microseconds: the second page started after the first row, not at its millisecond.
    expect(JSON.stringify(pages[0]?.cursor)).toContain('10:00:00.000001');
    expect(new Set(pages.map((p) => p.total))).toEqual(new Set([2]));

    // A count the warehouse refuses (its first query) leaves the total unknown; the rows still come.
    fake.failNext('invalidQuery', 1, 'query');
    const uncounted: SourcePage[] = [];
    for await (const page of connector.read({ ...request, signal: AbortSignal.timeout(20_000) })) uncounted.push(page);
    expect(fake.requests.some((r) => r.status === 400)).toBe(true);
    expect(uncounted.flatMap((p) => p.records)).toEqual(records);
    expect(new Set(uncounted.map((p) => p.total))).toEqual(new Set([undefined]));
  });

  it('refuses SQL through every setting, keeps values inert, and reached no one but 127.0.0.1', async () => {
    const admin = app.t.client(newOrganization('bqinject'), 'admin');
    const key = fake.serviceAccount('injector');
    for (const setting of Object.keys(TABLE_SETTINGS)) {
      const refused = await admin.POST('/integrations', {
        body: { name: 'Injected', externalService: 'bigquery', capabilities: ['sales_history'], credentials: credentials(key), settings: { ...TABLE_SETTINGS, [setting]: 'history` WHERE true; --' } },
      });
      expectValidationError(refused, `settings.${setting}`, 'pattern');
    }
    // The project and dataset are written into the SQL too (quoted): refused as credentials.
    for (const [field, value] of [['dataset', 'sales` WHERE true; --'], ['projectId', 'acme`.x; --']]) {
      const refused = await admin.POST('/integrations', {
        body: { name: 'Injected', externalService: 'bigquery', capabilities: ['sales_history'], credentials: { ...credentials(key), [field as string]: value }, settings: TABLE_SETTINGS },
      });
      expectValidationError(refused, `credentials.${field as string}`, 'pattern');
    }
    const data = new WarehouseDataset();
    const injected = "P9' OR 1=1; --";
    data.tables.products.push({ product_id: injected, sku: 'SKU-9', name: 'Robert`); DROP TABLE', barcode: null, updated_at: data.next() });
    standIn.load(data);
    const id = await createBigQuery(admin, key, { pageSize: 3 }, ['products']);
    expect(executionOf(await syncToEnd(admin, id), 'products')).toMatchObject({ status: 'succeeded', recordsFetched: data.tables.products.length });
    // The id came back as a bound parameter of the next page, never in the SQL text.
    expect(fake.sentQueries().some((q) => q.sql.includes(injected))).toBe(false);

    expect([...monitor.addresses].filter((a) => a !== '127.0.0.1' && a !== '::ffff:127.0.0.1')).toEqual([]);
    expect([...monitor.names].filter((n) => n !== 'localhost' && n !== '127.0.0.1')).toEqual([]);
    expect(monitor.addresses.size).toBeGreaterThan(0);
  });
});
