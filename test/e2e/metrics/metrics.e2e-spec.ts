import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { components } from '../../../openapi/schema.js';
import { type FakeShopify, type FakeShopifyStats, startFakeShopify } from '../../fakes/shopify/index.js';
import { apiClient } from '../../support/api-client.js';
import { expectError, expectStatus } from '../../support/expectations.js';
import { delta, Scrape } from '../../support/prometheus-text.js';
import { executionOf, FAST_SYNC, syncToEnd, triggerSync } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';
import { eventually } from '../../support/webhook-receiver.js';

type SessionSummary = components['schemas']['SyncSessionDto'];

const METRICS_TOKEN = 'metrics-token-canary-5e1d7a';
const CAPABILITIES = ['channels', 'products', 'pricing', 'sales_orders', 'pending_sales'] as const;
const OUTCOMES = { fetched: 'recordsFetched', created: 'created', updated: 'updated', unchanged: 'unchanged', skipped: 'skipped', failed: 'failed' } as const;

async function scrape(t: TestApp): Promise<Scrape> {
  const answer = await apiClient(t.baseUrl, METRICS_TOKEN).GET('/metrics', { parseAs: 'text' });
  expectStatus(answer, 200);
  expect(answer.response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return new Scrape(answer.data as string);
}

async function createShopify(t: TestApp, organization: string, shop: FakeShopify, cronExpression?: string): Promise<string> {
  const created = await t.client(organization, 'admin').POST('/integrations', {
    body: {
      name: `Shop ${Math.random().toString(36).slice(2, 7)}`,
      externalService: 'shopify',
      capabilities: [...CAPABILITIES],
      credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken },
      ...(cronExpression === undefined ? {} : { cronExpression }),
    },
  });
  expectStatus(created, 201);
  return (created.data as { id: string }).id;
}

/** How much each fake's counter grew. */
const grown = (before: FakeShopifyStats, after: FakeShopifyStats): FakeShopifyStats =>
  Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof FakeShopifyStats]])) as unknown as FakeShopifyStats;

describe('GET /metrics', () => {
  const app = syncSuiteApp('tether_metrics', { METRICS_TOKEN });
  let shop: FakeShopify | undefined;

  afterEach(async () => {
    await shop?.close();
    shop = undefined;
  });

  it('refuses a missing or wrong token, and a user JWT, with 401', async () => {
    const organization = newOrganization('metricsauth');
    for (const client of [apiClient(app.t.baseUrl), apiClient(app.t.baseUrl, 'wrong-metrics-token-0000'), apiClient(app.t.baseUrl, `${METRICS_TOKEN}x`), app.t.client(organization, 'admin')]) {
      const answer = await client.GET('/metrics', { parseAs: 'text' });
      const refused = expectError(answer, 401);
      expect(answer.response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(refused.message).not.toContain(METRICS_TOKEN);
    }
    const basic = await fetch(`${app.t.baseUrl}/metrics`, { headers: { authorization: `Basic ${METRICS_TOKEN}` } });
    expect(basic.status).toBe(401);
    expect(app.t.logger.lines.join('\n')).not.toContain(METRICS_TOKEN);
    await scrape(app.t);
  });

  it('counts a Shopify sync through faults by the right amounts', async () => {
    shop = await startFakeShopify({ orders: 40, variants: 8, linesPerOrder: 2, seed: 11, bucketSize: 2000, restoreRate: 1000, fiveHundredRate: 0.2, throttleRate: 0.1, tooManyRequestsRate: 0.1, retryAfterSeconds: 0 });
    shop.malformNext();
    const organization = newOrganization('metricsshop');
    const id = await createShopify(app.t, organization, shop);

    const statsBefore = shop.stats();
    const before = await scrape(app.t);
    const session = await syncToEnd(app.t.client(organization, 'admin'), id);
    const after = await scrape(app.t);
    const stats = grown(statsBefore, shop.stats());

    expect(session.status).toBe('succeeded');
    expect(delta(before, after, 'tether_sync_sessions_started_total', { service: 'shopify', trigger: 'manual' })).toBe(1);
    expect(delta(before, after, 'tether_sync_sessions_finished_total', { service: 'shopify', status: 'succeeded' })).toBe(1);
    expect(delta(before, after, 'tether_sync_sessions_finished_total')).toBe(1);
    for (const capability of CAPABILITIES) {
      const execution = executionOf(session, capability);
      for (const [outcome, field] of Object.entries(OUTCOMES)) {
        expect([capability, outcome, delta(before, after, 'tether_sync_records_total', { capability, outcome, dry_run: 'false' })]).toEqual([capability, outcome, execution[field]]);
      }
      expect(delta(before, after, 'tether_sync_execution_duration_seconds_count', { capability, status: 'succeeded' })).toBe(1);
    }
    expect(executionOf(session, 'sales_orders').recordsFetched).toBeGreaterThan(0);

    // Every fault the store injected was retried, and counted by the status class it had.
    expect(stats.serverErrors).toBeGreaterThan(0);
    expect(stats.tooManyRequests).toBeGreaterThan(0);
    expect(stats.malformed).toBe(1);
    expect(delta(before, after, 'tether_connector_retries_total', { service: 'shopify' })).toBe(stats.serverErrors + stats.tooManyRequests + stats.throttled + stats.malformed);
    expect(delta(before, after, 'tether_connector_http_requests_total', { service: 'shopify', status_class: '5xx' })).toBe(stats.serverErrors);
    expect(delta(before, after, 'tether_connector_http_requests_total', { service: 'shopify', status_class: '4xx' })).toBe(stats.tooManyRequests);
    expect(delta(before, after, 'tether_connector_http_requests_total', { service: 'shopify' })).toBe(stats.requests + stats.bulkDownloads);
    expect(delta(before, after, 'tether_connector_http_requests_total', { service: 'shopify', status_class: 'network_error' })).toBe(0);
    // The store's bucket, as its last reply described it.
    expect(after.value('tether_connector_rate_bucket_maximum', { service: 'shopify' })).toBe(2000);
    const available = after.value('tether_connector_rate_bucket_available', { service: 'shopify' }) ?? -1;
    expect(available).toBeGreaterThan(0);
    expect(available).toBeLessThanOrEqual(2000);

    // Requests to the service, by route pattern: ids never become labels.
    expect(delta(before, after, 'tether_http_request_duration_seconds_count', { method: 'POST', route: '/integrations/:id/sync', status: '202' })).toBe(1);
    expect(delta(before, after, 'tether_http_request_duration_seconds_count', { method: 'GET', route: '/sync-sessions/:id', status: '200' })).toBeGreaterThan(0);
    expect(delta(before, after, 'tether_http_request_duration_seconds_count', { method: 'GET', route: '/metrics', status: '200' })).toBe(1);
    const labels = JSON.stringify(after.samples.map((s) => s.labels));
    for (const value of [id, session.id, organization, shop.shopDomain]) expect(labels).not.toContain(value);
  });

  it('times each scheduled session from its tick to its start', async () => {
    shop = await startFakeShopify({ orders: 2 });
    const organization = newOrganization('metricslag');
    const admin = app.t.client(organization, 'admin');
    const before = await scrape(app.t);
    const id = await createShopify(app.t, organization, shop, '* * * * * *');
    const scheduled = async (): Promise<SessionSummary[]> => {
      const page = await admin.GET('/sync-sessions', { params: { query: { integrationId: id, trigger: 'schedule', limit: 100 } } });
      expectStatus(page, 200);
      return (page.data as { items: SessionSummary[] }).items;
    };
    await eventually(async () => (await scheduled()).filter((s) => s.status === 'succeeded').length >= 2, 15_000, 'two scheduled sessions');
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: false } }), 200);
    await eventually(async () => (await scheduled()).every((s) => s.status !== 'queued' && s.status !== 'running'), 15_000, 'the scheduled sessions ended');
    const started = (await scheduled()).filter((s) => s.startedAt !== null);
    const after = await scrape(app.t);

    expect(delta(before, after, 'tether_sync_sessions_started_total', { service: 'shopify', trigger: 'schedule' })).toBe(started.length);
    expect(delta(before, after, 'tether_scheduler_lag_seconds_count')).toBe(started.length);
    const lags = started.map((s) => (Date.parse(s.startedAt ?? '') - Date.parse(s.scheduledFor ?? '')) / 1000);
    expect(lags.every((lag) => lag >= 0 && lag < 5)).toBe(true);
    expect(delta(before, after, 'tether_scheduler_lag_seconds_sum')).toBeCloseTo(lags.reduce((sum, lag) => sum + lag, 0), 3);
  });

  it('labels a request no route matched as unmatched, without its URL', async () => {
    const before = await scrape(app.t);
    const path = `/no-such-route/${Math.random().toString(36).slice(2)}`;
    expect((await fetch(`${app.t.baseUrl}${path}`)).status).toBe(404);
    const after = await scrape(app.t);
    expect(delta(before, after, 'tether_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    expect(JSON.stringify(after.samples)).not.toContain(path);
  });
});

describe('GET /metrics, queue gauges on an API-only replica', () => {
  let database = '';
  let t: TestApp;
  beforeAll(async () => {
    database = await createDatabase('tether_metrics_queue');
    // No worker: a triggered session stays queued.
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, SYNC_CONCURRENCY: '0', OUTBOUND_ALLOW_LOOPBACK: 'true', METRICS_TOKEN }));
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  it('reports the queued sessions and the age of the oldest', async () => {
    const empty = await scrape(t);
    expect(empty.value('tether_sync_queue_depth')).toBe(0);
    expect(empty.value('tether_sync_queue_oldest_age_seconds')).toBe(0);
    const shop = await startFakeShopify({ orders: 1 });
    try {
      const organization = newOrganization('metricsqueue');
      await triggerSync(t.client(organization, 'admin'), await createShopify(t, organization, shop));
      await triggerSync(t.client(organization, 'admin'), await createShopify(t, organization, shop));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const queued = await scrape(t);
      expect(queued.value('tether_sync_queue_depth')).toBe(2);
      expect(queued.value('tether_sync_queue_oldest_age_seconds')).toBeGreaterThanOrEqual(0.3);
    } finally {
      await shop.close();
    }
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testConfig());
  });
  afterAll(async () => {
    await t.close();
  });

  it('is absent: 404 as an unknown route, whatever the token', async () => {
    const unknown = expectError(await apiClient(t.baseUrl).GET('/no-such-route' as '/metrics', { parseAs: 'text' }), 404);
    for (const token of [undefined, METRICS_TOKEN]) {
      const absent = expectError(await apiClient(t.baseUrl, token).GET('/metrics', { parseAs: 'text' }), 404);
      expect(absent.message).toBe(unknown.message.replace('/no-such-route', '/metrics'));
    }
  });
});
