import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CAPABILITIES, type Capability } from '../../../src/sync-contract/capability.js';
import { sampleRecords } from '../../../src/connectors/sample/sample-feeds.js';
import type { SalesOrderRecord } from '../../../src/sync-contract/records/sales-order.record.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectError, expectStatus, expectValidationError } from '../../support/expectations.js';
import { createSample, sampleIntegration } from '../../support/sample-fixtures.js';
import { scale4 } from '../../support/sink-records.js';
import { type Execution, executionOf, FAST_SYNC, type SessionDetail, syncToEnd } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

/** Small, so that a sync of everything takes a moment; still three pages of orders. */
const SETTINGS = { seed: 5, size: 4 };
const MARKETPLACE = 'marketplace';
/** Fields of a stored order that name its integration or when it was written. */
const UNCOMPARED = new Set(['integrationId', 'writtenAt']);
const LISTED_CHANNELS = ['web', 'retail'];

type Listing = '/sales-orders' | '/sales-history' | '/pending-sales' | '/warehouse-inventory' | '/pricing' | '/forecast-versions' | '/sales-forecast';
type Counts = Pick<Execution, 'recordsFetched' | 'created' | 'updated' | 'unchanged' | 'skipped'>;

const generation = <C extends Capability>(capability: C, g: number, settings = SETTINGS) => sampleRecords(capability, settings, g);
const variants = (settings = SETTINGS): Set<string> => new Set(generation('products', 1, settings).map((p) => p.externalId));
/** An order the sinks write: its channel is listed (a line of an unlisted variant is skipped alone). */
const written = (order: SalesOrderRecord): boolean => order.channelExternalId !== MARKETPLACE;

/** What a sync's executions counted, by capability. */
const countsOf = (session: SessionDetail): Partial<Record<Capability, Counts>> =>
  Object.fromEntries(
    session.executions.map((e) => [e.capability, { recordsFetched: e.recordsFetched, created: e.created, updated: e.updated, unchanged: e.unchanged, skipped: e.skipped }]),
  );

/** The ids a page of orders cannot map, with their counts, as the execution lists them. */
function ordersUnmapped(orders: readonly SalesOrderRecord[], listed: ReadonlySet<string>): { kind: string; externalId: string; count: number }[] {
  const counts = new Map<string, { kind: string; externalId: string; count: number }>();
  const add = (kind: string, externalId: string): void => {
    const key = `${kind}:${externalId}`;
    counts.set(key, { kind, externalId, count: (counts.get(key)?.count ?? 0) + 1 });
  };
  for (const order of orders) {
    if (!written(order)) add('channel', MARKETPLACE);
    else for (const line of order.lines.filter((l) => !listed.has(l.skuExternalId))) add('sku', line.skuExternalId);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.externalId.localeCompare(b.externalId));
}

describe('the sample store through the API (SAMPLE_SOURCE_ENABLED=true)', () => {
  let database: string;
  let t: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    // Its own database: another suite's worker (without the sample service) must not claim these sessions.
    database = await createDatabase('tether_sample');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), SAMPLE_SOURCE_ENABLED: 'true', ...FAST_SYNC }));
  });
  beforeEach(() => {
    // SKUs and channels are the organization's: each test starts with none.
    admin = t.client(newOrganization('sample'), 'admin');
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  const total = async (path: Listing, integrationId: string): Promise<number> => {
    const result = await admin.GET(path, { params: { query: { integrationId, limit: 1 } } });
    expectStatus(result, 200);
    return (result.data as { total: number }).total;
  };
  const catalogTotal = async (path: '/skus' | '/channels'): Promise<number> => {
    const result = await admin.GET(path, { params: { query: { limit: 1 } } });
    expectStatus(result, 200);
    return (result.data as { total: number }).total;
  };
  const storedOrder = async (integrationId: string, externalId: string) => {
    const result = await admin.GET('/sales-orders/{integrationId}/{externalId}', { params: { path: { integrationId, externalId } } });
    expectStatus(result, 200);
    return result.data;
  };
  /** Every stored order of the integration, without what names the integration or when it was written. */
  const ordersOf = async (integrationId: string): Promise<unknown[]> => {
    const orders: unknown[] = [];
    for (let offset = 0; ; offset += 100) {
      const result = await admin.GET('/sales-orders', { params: { query: { integrationId, limit: 100, offset } } });
      expectStatus(result, 200);
      const page = result.data as { total: number; items: unknown[] };
      orders.push(...(JSON.parse(JSON.stringify(page.items, (key, value: unknown) => (UNCOMPARED.has(key) ? undefined : value))) as unknown[]));
      if (offset + 100 >= page.total) return orders;
    }
  };

  it('lists the sample store in the catalog: every capability, no credentials, integer settings', async () => {
    const list = await admin.GET('/external-services');
    expectStatus(list, 200);
    expect(list.data?.map((s) => s.key)).toContain('sample');
    const sample = await admin.GET('/external-services/{key}', { params: { path: { key: 'sample' } } });
    expectStatus(sample, 200);
    expect(sample.data).toMatchObject({ key: 'sample', displayName: 'Sample store (demo data)', credentialFields: [] });
    expect(sample.data?.capabilities.map((c) => c.key).sort()).toEqual([...CAPABILITIES].sort());
    expect(sample.data?.settingFields).toEqual([
      expect.objectContaining({ name: 'seed', type: 'number', integer: true, required: false, default: 1, minimum: 0 }),
      expect.objectContaining({ name: 'size', type: 'number', integer: true, required: false, default: 25, minimum: 1, maximum: 5000 }),
    ]);
  });

  it('first sync: every capability succeeds and the rows are what the generator says; the second shows the next day', async () => {
    const id = await createSample(admin, SETTINGS);
    const first = await syncToEnd(admin, id);
    expect(first.status).toBe('succeeded');
    expect(first.executions.every((e) => e.status === 'succeeded' && e.error === null)).toBe(true);

    const listed = variants();
    const orders = generation('sales_orders', 1);
    const history = generation('sales_history', 1);
    const historyWritten = history.filter((h) => listed.has(h.skuExternalId) && h.channelExternalId !== MARKETPLACE).length;
    const all = (capability: Capability): Counts => {
      const n = generation(capability, 1).length;
      return { recordsFetched: n, created: n, updated: 0, unchanged: 0, skipped: 0 };
    };
    expect(countsOf(first)).toEqual({
      channels: all('channels'),
      products: all('products'),
      forecast_versions: all('forecast_versions'),
      pricing: all('pricing'),
      warehouse_inventory: all('warehouse_inventory'),
      sales_orders: { recordsFetched: orders.length, created: orders.filter(written).length, updated: 0, unchanged: 0, skipped: orders.filter((o) => !written(o)).length },
      pending_sales: all('pending_sales'),
      sales_history: { recordsFetched: history.length, created: historyWritten, updated: 0, unchanged: 0, skipped: history.length - historyWritten },
      sales_forecast: all('sales_forecast'),
    });
    expect(executionOf(first, 'sales_orders').unmapped).toEqual(ordersUnmapped(orders, listed));

    expect(await catalogTotal('/skus')).toBe(SETTINGS.size);
    expect(await catalogTotal('/channels')).toBe(LISTED_CHANNELS.length);
    expect(await total('/sales-orders', id)).toBe(orders.filter(written).length);
    expect(await total('/sales-history', id)).toBe(historyWritten);
    expect(await total('/pending-sales', id)).toBe(generation('pending_sales', 1).length);
    expect(await total('/warehouse-inventory', id)).toBe(2 * SETTINGS.size);
    expect(await total('/pricing', id)).toBe(2 * SETTINGS.size);
    expect(await total('/forecast-versions', id)).toBe(2);
    expect(await total('/sales-forecast', id)).toBe(generation('sales_forecast', 1).length);
    const unmapped = await admin.GET('/integrations/{id}/unmapped', { params: { path: { id } } });
    expectStatus(unmapped, 200);
    expect(unmapped.data?.items.map((u) => `${u.kind}:${u.externalId}`).sort()).toEqual(
      ['channel:marketplace', 'sku:variant-retired-1', 'sku:variant-retired-2'],
    );

    // The next trading day: new orders, some cancelled or partially refunded, all stock moved.
    const second = await syncToEnd(admin, id);
    expect(second.status).toBe('succeeded');
    const before = new Set(orders.map((o) => o.externalId));
    const changed = generation('sales_orders', 2).filter(written);
    const counts = countsOf(second);
    expect(counts.sales_orders).toMatchObject({
      recordsFetched: generation('sales_orders', 2).length,
      created: changed.filter((o) => !before.has(o.externalId)).length,
      updated: changed.filter((o) => before.has(o.externalId)).length,
    });
    expect(counts.sales_orders?.updated).toBeGreaterThanOrEqual(2);
    expect(counts.warehouse_inventory).toMatchObject({ created: 0, updated: 2 * SETTINGS.size });
    expect(counts.pending_sales).toMatchObject({ created: generation('pending_sales', 2).length });
    expect(await total('/pending-sales', id)).toBe(generation('pending_sales', 2).length);
    expect(await total('/sales-orders', id)).toBe(orders.filter(written).length + (counts.sales_orders?.created ?? 0));

    // A cancellation (refunded in full, no longer a sale) and a partial refund, as they stand.
    for (const status of ['refunded', 'partially_refunded']) {
      const order = changed.find((o) => before.has(o.externalId) && o.status === status);
      expect(order).toBeDefined();
      if (order === undefined) continue;
      expect(await storedOrder(id, order.externalId)).toMatchObject({
        status,
        countsAsSale: status === 'partially_refunded',
        cancelledAt: order.cancelledAt,
        totalAmount: scale4(order.totalAmount),
        refundedAmount: scale4(order.refundedAmount ?? ''),
        sourceUpdatedAt: order.sourceUpdatedAt,
      });
    }
  });

  it('a dry run reports the day’s unmapped ids and writes nothing; a reset starts the store over', async () => {
    const id = await createSample(admin, SETTINGS, { capabilities: ['channels', 'products', 'sales_orders', 'warehouse_inventory'] });
    await syncToEnd(admin, id);
    const stored = await ordersOf(id);

    const dry = await syncToEnd(admin, id, { dryRun: true });
    expect(dry).toMatchObject({ status: 'succeeded', dryRun: true });
    const day2 = generation('sales_orders', 2);
    expect(executionOf(dry, 'sales_orders')).toMatchObject({ recordsFetched: day2.length, unmapped: ordersUnmapped(day2, variants()) });
    expect(executionOf(dry, 'sales_orders').unmapped.map((u) => u.externalId)).toContain(MARKETPLACE);
    expect(await ordersOf(id)).toEqual(stored);

    // No cursor was kept: the real run reads the same day.
    const real = await syncToEnd(admin, id);
    expect(executionOf(real, 'sales_orders').recordsFetched).toBe(day2.length);
    expect(await total('/sales-orders', id)).toBeGreaterThan(stored.length);

    // Reset: generation 1 again; orders changed since are set back, new ones stay.
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const again = await syncToEnd(admin, id);
    const day1 = generation('sales_orders', 1);
    const changedSince = new Set(day2.map((o) => o.externalId));
    expect(countsOf(again).sales_orders).toEqual({
      recordsFetched: day1.length,
      created: 0,
      updated: day1.filter((o) => written(o) && changedSince.has(o.externalId)).length,
      unchanged: day1.filter((o) => written(o) && !changedSince.has(o.externalId)).length,
      skipped: day1.filter((o) => !written(o)).length,
    });
    expect(countsOf(again).warehouse_inventory).toMatchObject({ recordsFetched: 2 * SETTINGS.size, updated: 2 * SETTINGS.size });
    const restored = new Set((await ordersOf(id)).map((o) => JSON.stringify(o)));
    for (const order of stored) expect(restored.has(JSON.stringify(order))).toBe(true);
  });

  it('a dry run of a fresh integration maps against nothing: it names every channel its orders come from', async () => {
    const id = await createSample(admin, SETTINGS);
    const dry = await syncToEnd(admin, id, { dryRun: true });
    expect(dry.status).toBe('succeeded');
    const orders = generation('sales_orders', 1);
    expect(executionOf(dry, 'products')).toMatchObject({ recordsFetched: SETTINGS.size, created: SETTINGS.size });
    expect(executionOf(dry, 'sales_orders')).toMatchObject({ recordsFetched: orders.length, created: 0, skipped: orders.length });
    const byChannel = (channel: string) => orders.filter((o) => o.channelExternalId === channel).length;
    expect(executionOf(dry, 'sales_orders').unmapped).toEqual(
      ['web', 'retail', MARKETPLACE]
        .map((externalId) => ({ kind: 'channel', externalId, count: byChannel(externalId) }))
        .sort((a, b) => b.count - a.count || a.externalId.localeCompare(b.externalId)),
    );
    expect(executionOf(dry, 'warehouse_inventory').unmapped.map((u) => u.externalId).sort()).toEqual([...variants()].sort());
    expect(await total('/sales-orders', id)).toBe(0);
    expect(await catalogTotal('/skus')).toBe(0);
    const unmapped = await admin.GET('/integrations/{id}/unmapped', { params: { path: { id } } });
    expect(unmapped.data?.total).toBe(0);
  });

  it('is deterministic: the same seed and size end with the same data, another seed with other data', async () => {
    const capabilities: Capability[] = ['channels', 'products', 'sales_orders'];
    const ids = await Promise.all([SETTINGS, SETTINGS, { ...SETTINGS, seed: 6 }].map((settings) => createSample(admin, settings, { capabilities })));
    const data: unknown[][] = [];
    for (const id of ids) {
      expect((await syncToEnd(admin, id)).status).toBe('succeeded');
      data.push(await ordersOf(id));
    }
    expect(data[0]?.length).toBe(generation('sales_orders', 1).filter(written).length);
    expect(data[1]).toEqual(data[0]);
    expect(data[2]).not.toEqual(data[0]);
  });

  it('validates the settings: integers within bounds, each named', async () => {
    const create = (settings: Record<string, unknown>) => admin.POST('/integrations', { body: sampleIntegration(settings) });
    expectValidationError(await create({ seed: 1.5 }), 'settings.seed', 'integer');
    expectValidationError(await create({ size: 0 }), 'settings.size', 'minimum');
    expectValidationError(await create({ size: 5001 }), 'settings.size', 'maximum');
    expectValidationError(await create({ size: 'x' }), 'settings.size', 'type');
    expectValidationError(await create({ colour: 'red' }), 'settings.colour', 'unknown');
    const id = await createSample(admin, { size: 3 });
    expectValidationError(
      await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { size: 2.5 } } }),
      'settings.size',
      'integer',
    );
    const got = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expect(got.data?.settings).toEqual({ seed: 1, size: 3 });
  });

  it('needs no credentials: {} is accepted, anything else refused; a check says what it generates', async () => {
    expectValidationError(await admin.POST('/integrations', { body: sampleIntegration({}, { credentials: { token: 'x' } }) }), 'credentials.token', 'unknown');
    const id = await createSample(admin, { seed: 9 });
    const got = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expect(got.data?.credentialFields).toEqual([]);
    expectStatus(await admin.PUT('/integrations/{id}/credentials', { params: { path: { id } }, body: { credentials: {} } }), 200);
    const check = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expectStatus(check, 200);
    expect(check.data).toMatchObject({ ok: true, summary: 'Sample store: 25 products, seed 9', error: null });
    const before = await admin.POST('/external-services/{key}/check', { params: { path: { key: 'sample' } }, body: { credentials: {}, settings: { size: 3 } } });
    expect(before.data).toMatchObject({ ok: true, summary: 'Sample store: 3 products, seed 1' });
  });
});

describe('an integration of the sample store on a server that no longer offers it', () => {
  let database: string;
  let t: TestApp;
  let admin: ApiClient;
  let id: string;

  beforeAll(async () => {
    database = await createDatabase('tether_sample_off');
    const org = newOrganization('sample-off');
    // Created while the service was offered (an API-only replica), then the server restarted without it.
    const before = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), SAMPLE_SOURCE_ENABLED: 'true', SYNC_CONCURRENCY: '0' }));
    id = await createSample(before.client(org, 'admin'), { size: 2 });
    await before.close();
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), SAMPLE_SOURCE_ENABLED: 'false', ...FAST_SYNC }));
    admin = t.client(org, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  it('is not in the catalog and cannot be created', async () => {
    const list = await admin.GET('/external-services');
    expect(list.data?.map((s) => s.key)).not.toContain('sample');
    expectError(await admin.GET('/external-services/{key}', { params: { path: { key: 'sample' } } }), 404);
    expectValidationError(await admin.POST('/integrations', { body: sampleIntegration() }), 'externalService', 'isSupported');
  });

  it('is still listed and read; editing, credentials and checks answer 409 saying why; deleting works', async () => {
    const got = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expectStatus(got, 200);
    expect(got.data).toMatchObject({ externalService: 'sample', externalServiceName: 'sample' });
    const list = await admin.GET('/integrations');
    expect(list.data?.items.map((i) => i.id)).toEqual([id]);
    const path = { params: { path: { id } } };
    for (const answer of [
      await admin.PATCH('/integrations/{id}', { ...path, body: { enabled: false } }),
      await admin.PUT('/integrations/{id}/credentials', { ...path, body: { credentials: {} } }),
      await admin.POST('/integrations/{id}/check', path),
    ]) {
      expect(expectError(answer, 409).message).toContain('the "sample" service is not available on this server');
    }

    // A sync fails every execution as a config error with that reason.
    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('failed');
    expect(session.executions).toHaveLength(CAPABILITIES.length);
    for (const execution of session.executions) {
      expect(execution).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
      expect(execution.error?.message).toContain('not available on this server');
    }
    expectStatus(await admin.DELETE('/integrations/{id}', path), 204);
  });
});
