import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { expectError, expectStatus, expectValidationError, ISO_INSTANT } from '../../support/expectations.js';
import { MALFORMED } from '../../fakes/scripted/scripted-source.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import type { ApiClient } from '../../support/api-client.js';
import {
  createScripted,
  executionOf,
  FAST_SYNC,
  getSession,
  SCRIPTED_TOKEN,
  syncToEnd,
  triggerSync,
  waitForSession,
} from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

/** For values the generated types forbid: the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

describe('sync sessions through the API (scripted source, real worker)', () => {
  let database: string;
  let t: TestApp;
  let admin: ApiClient;
  let org: string;

  beforeAll(async () => {
    // Its own database: another suite's worker (without the scripted connector) must not claim these sessions.
    database = await createDatabase('tether_sync_api');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, SYNC_CONCURRENCY: '2' }), [ScriptedConnector]);
  });
  beforeEach(() => {
    // SKUs are the organization's: each test starts with none.
    org = newOrganization('sync');
    admin = t.client(org, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  const ordersOf = async (integrationId: string): Promise<{ total: number; quantities: string[] }> => {
    const result = await admin.GET('/sales-orders', { params: { query: { integrationId, limit: 100 } } });
    expectStatus(result, 200);
    const page = result.data as { total: number; items: { lines: { quantity: string }[] }[] };
    return { total: page.total, quantities: [...new Set(page.items.flatMap((o) => o.lines.map((l) => l.quantity)))] };
  };

  it('runs every capability in dependency order, writes the rows and reports the counts', async () => {
    const id = await createScripted(admin, { records: 60, pageSize: 25 });
    const queued = await triggerSync(admin, id);
    expect(queued).toMatchObject({ integrationId: id, trigger: 'manual', dryRun: false, scheduledFor: null, cancelRequested: false });
    expect(queued.triggeredBy).toEqual(expect.any(String));
    expect(queued.executions.map((e) => e.capability)).toEqual(['channels', 'products', 'sales_orders']);

    const session = await waitForSession(admin, queued.id);
    expect(session.status).toBe('succeeded');
    expect(session.startedAt).toMatch(ISO_INSTANT);
    expect(session.durationMs).toBeGreaterThanOrEqual(0);
    expect(executionOf(session, 'channels')).toMatchObject({ status: 'succeeded', recordsFetched: 1, created: 1, attempts: 1, error: null });
    expect(executionOf(session, 'products')).toMatchObject({ status: 'succeeded', recordsFetched: 60, created: 60, updated: 0, skipped: 0 });
    expect(executionOf(session, 'sales_orders')).toMatchObject({ status: 'succeeded', recordsFetched: 60, created: 60, unmapped: [] });
    // Run order: each execution started after the one before finished.
    const [channels, products, orders] = session.executions;
    expect(Date.parse(products?.startedAt ?? '') >= Date.parse(channels?.finishedAt ?? '')).toBe(true);
    expect(Date.parse(orders?.startedAt ?? '') >= Date.parse(products?.finishedAt ?? '')).toBe(true);

    expect(await ordersOf(id)).toEqual({ total: 60, quantities: ['1.0000'] });
    const dashboard = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expect(dashboard.data?.lastSync).toEqual({ sessionId: session.id, status: 'succeeded', at: session.finishedAt });
  });

  it('names the records a sink refused and why, in the execution (the first 20), dry runs too', async () => {
    const id = await createScripted(admin, { records: 30, pageSize: 10, productsWithoutSku: 23 });
    const refused = Array.from({ length: 20 }, (_, i) => ({ externalId: `variant-${i}`, reason: 'sku is empty' }));
    for (const dryRun of [true, false]) {
      const session = await syncToEnd(admin, id, { dryRun, capabilities: ['products'] });
      const products = executionOf(session, 'products') as ReturnType<typeof executionOf> & { refused?: unknown };
      expect(products).toMatchObject({ status: 'succeeded', recordsFetched: 30, created: 7, skipped: 0, failed: 23 });
      expect(products.refused).toEqual(refused);
      expect(JSON.stringify(products)).not.toContain(SCRIPTED_TOKEN);
      // The history API gives the same.
      const history = await admin.GET('/integrations/{id}/executions', { params: { path: { id }, query: { capability: 'products', limit: 1 } } });
      expect((history.data?.items[0] as { refused?: unknown } | undefined)?.refused).toEqual(refused);
    }
    // A sync that refuses nothing names nothing.
    const channels = executionOf(await syncToEnd(admin, id, { capabilities: ['channels'] }), 'channels') as { refused?: unknown };
    expect(channels.refused).toEqual([]);
  });

  it('refuses records that break the contract where they leave the connector: counted failed, named with why, the page written', async () => {
    const id = await createScripted(admin, { records: 30, pageSize: 10, malformedOrders: 6 });
    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('succeeded');
    const orders = executionOf(session, 'sales_orders');
    expect(orders).toMatchObject({ status: 'succeeded', recordsFetched: 30, created: 24, failed: 6 });
    expect(orders.refused).toEqual(Array.from({ length: 6 }, (_, i) => ({ externalId: `order-${i}`, reason: MALFORMED[i % MALFORMED.length]?.reason })));
    const stored = await admin.GET('/sales-orders', { params: { query: { integrationId: id, limit: 100 } } });
    expect(stored.data?.total).toBe(24);
    expect(stored.data?.items.some((o) => ['order-0', 'order-1', 'order-2', 'order-3', 'order-4', 'order-5'].includes(o.externalId))).toBe(false);
  });

  it('resumes from the cursors: a second sync reads nothing; after a reset it re-reads and changes nothing', async () => {
    const id = await createScripted(admin, { records: 30, pageSize: 10 });
    await syncToEnd(admin, id);
    const again = await syncToEnd(admin, id);
    expect(again.status).toBe('succeeded');
    expect(again.executions.map((e) => e.recordsFetched)).toEqual([0, 0, 0]);

    const reset = await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } });
    expectStatus(reset, 200);
    expect(reset.data).toEqual({ cleared: ['sales_orders'] });
    const partial = await syncToEnd(admin, id);
    expect(partial.executions.map((e) => [e.capability, e.recordsFetched, e.unchanged])).toEqual([
      ['channels', 0, 0],
      ['products', 0, 0],
      ['sales_orders', 30, 30],
    ]);

    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const full = await syncToEnd(admin, id);
    expect(full.executions.map((e) => [e.capability, e.recordsFetched, e.created, e.unchanged])).toEqual([
      ['channels', 1, 0, 1],
      ['products', 30, 0, 30],
      ['sales_orders', 30, 0, 30],
    ]);
    expect((await ordersOf(id)).total).toBe(30);
  });

  it('picks up changed source data after a reset as updates', async () => {
    const id = await createScripted(admin, { records: 20, pageSize: 20 });
    await syncToEnd(admin, id);
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { records: 20, pageSize: 20, version: 3 } } }), 200);
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 200);
    const session = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(session.executions.map((e) => e.capability)).toEqual(['sales_orders']);
    expect(executionOf(session, 'sales_orders')).toMatchObject({ recordsFetched: 20, updated: 20, created: 0 });
    expect(await ordersOf(id)).toEqual({ total: 20, quantities: ['3.0000'] });
  });

  it('dry run reads and maps everything, reports the counts, and writes no row and no cursor', async () => {
    const id = await createScripted(admin, { records: 15, pageSize: 5, unmappedLines: 2 });
    const dry = await syncToEnd(admin, id, { dryRun: true });
    expect(dry).toMatchObject({ status: 'succeeded', dryRun: true });
    expect(dry.executions.every((e) => e.dryRun)).toBe(true);
    expect(executionOf(dry, 'products')).toMatchObject({ recordsFetched: 15, created: 15 });
    // Within the dry run the products are not written, so every order line is unmapped.
    expect(executionOf(dry, 'sales_orders')).toMatchObject({ recordsFetched: 15 });
    expect(executionOf(dry, 'sales_orders').unmapped.length).toBeGreaterThan(0);
    expect((await ordersOf(id)).total).toBe(0);
    const skus = await admin.GET('/sku-mappings', { params: { query: { integrationId: id } } });
    expect((skus.data as { total: number }).total).toBe(0);

    // No cursor was kept: the real run reads everything.
    const real = await syncToEnd(admin, id);
    expect(real.executions.map((e) => e.recordsFetched)).toEqual([1, 15, 15]);
    expect(executionOf(real, 'sales_orders').unmapped).toEqual([
      { kind: 'sku', externalId: 'variant-missing-0', count: 1 },
      { kind: 'sku', externalId: 'variant-missing-1', count: 1 },
    ]);
    expect((await ordersOf(id)).total).toBe(15);
  });

  it('an integration in dry-run mode syncs dry unless the trigger says otherwise', async () => {
    const id = await createScripted(admin, { records: 5 }, { dryRun: true });
    expect((await syncToEnd(admin, id)).dryRun).toBe(true);
    expect((await ordersOf(id)).total).toBe(0);
    expect((await syncToEnd(admin, id, { dryRun: false })).dryRun).toBe(false);
    expect((await ordersOf(id)).total).toBe(5);
  });

  it('answers 409 with the active session while one runs, refuses a reset, and cancels between pages', async () => {
    const id = await createScripted(admin, { records: 200, pageSize: 10, pageDelayMs: 40 });
    const running = await triggerSync(admin, id);
    await waitForSession(admin, running.id, (s) => executionOf(s, 'products').recordsFetched >= 20);

    const second = await admin.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    const conflict = expectError(second, 409);
    expect(conflict.sessionId).toBe(running.id);
    const reset = await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} });
    expect(expectError(reset, 409).sessionId).toBe(running.id);

    const cancel = await admin.POST('/sync-sessions/{id}/cancel', { params: { path: { id: running.id } } });
    expectStatus(cancel, 202);
    expect(cancel.data?.cancelRequested).toBe(true);
    const cancelled = await waitForSession(admin, running.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.executions.map((e) => [e.capability, e.status])).toEqual([
      ['channels', 'succeeded'],
      ['products', 'skipped'],
      ['sales_orders', 'skipped'],
    ]);
    const written = executionOf(cancelled, 'products').recordsFetched;
    expect(written).toBeGreaterThanOrEqual(20);
    expect(written).toBeLessThan(200);

    const ended = await admin.POST('/sync-sessions/{id}/cancel', { params: { path: { id: running.id } } });
    expect(expectError(ended, 409).message).toContain('already ended (cancelled)');

    // The pages written stay, with their cursor: the next sync goes on from there.
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { records: 200, pageSize: 50 } } }), 200);
    const resumed = await syncToEnd(admin, id);
    expect(executionOf(resumed, 'products')).toMatchObject({ status: 'succeeded', recordsFetched: 200 - written, created: 200 - written });
  });

  it('cancels a queued session at once, and runs sessions up to the concurrency', async () => {
    // This suite's worker runs 2 at once: two slow sessions fill it, the third waits queued.
    const slow = await Promise.all([0, 1].map(() => createScripted(admin, { records: 1000, pageSize: 1, pageDelayMs: 50 }, { capabilities: ['products'] })));
    const running = await Promise.all(slow.map((id) => triggerSync(admin, id)));
    await Promise.all(running.map((s) => waitForSession(admin, s.id, (x) => x.status === 'running')));
    const waiting = await triggerSync(admin, await createScripted(admin, { records: 5 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getSession(admin, waiting.id)).status).toBe('queued');

    const cancel = await admin.POST('/sync-sessions/{id}/cancel', { params: { path: { id: waiting.id } } });
    expectStatus(cancel, 202);
    expect(cancel.data).toMatchObject({ status: 'cancelled', cancelRequested: true, startedAt: null });
    expect(cancel.data?.executions.map((e) => e.status)).toEqual(['skipped', 'skipped', 'skipped']);
    for (const session of running) expectStatus(await admin.POST('/sync-sessions/{id}/cancel', { params: { path: { id: session.id } } }), 202);
    for (const session of running) expect((await waitForSession(admin, session.id)).status).toBe('cancelled');
  });

  it('retries transient errors from the last committed page, and records how often', async () => {
    const id = await createScripted(admin, { records: 40, pageSize: 10, failAtPage: 2, failTimes: 2 });
    const session = await syncToEnd(admin, id, { capabilities: ['products'] });
    expect(executionOf(session, 'products')).toMatchObject({ status: 'succeeded', attempts: 3, recordsFetched: 40, created: 40, error: null });
    expect(session.status).toBe('succeeded');
  });

  it('fails an execution on a non-retryable error without a secret, and runs the others', async () => {
    const id = await createScripted(admin, { records: 40, pageSize: 10, failAtPage: 1, failKind: 'auth' });
    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('partially_failed');
    expect(executionOf(session, 'channels').status).toBe('succeeded');
    const products = executionOf(session, 'products');
    expect(products).toMatchObject({ status: 'failed', attempts: 1, recordsFetched: 10, created: 10 });
    expect(products.error).toEqual({ kind: 'auth', retryable: false, message: 'scripted auth failure at page 1 (token [redacted])' });
    expect(executionOf(session, 'sales_orders').status).toBe('failed');
    expect(JSON.stringify(session)).not.toContain(SCRIPTED_TOKEN);
    expect(t.logger.lines.join('\n')).not.toContain(SCRIPTED_TOKEN);
    const failedOnly = await admin.GET('/integrations/{id}/executions', { params: { path: { id }, query: { status: 'failed' } } });
    expect(failedOnly.data?.items.map((e) => e.capability).sort()).toEqual(['products', 'sales_orders']);
  });

  it('keeps history and cursors when disabled, and syncs a disabled integration when triggered by hand', async () => {
    const id = await createScripted(admin, { records: 3 });
    const first = await syncToEnd(admin, id);
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: false } }), 200);
    const history = await admin.GET('/integrations/{id}/sessions', { params: { path: { id } } });
    expect(history.data?.items.map((s) => s.id)).toEqual([first.id]);
    const manual = await syncToEnd(admin, id);
    expect(manual.status).toBe('succeeded');
    // The cursors stayed: nothing new to read.
    expect(manual.executions.map((e) => e.recordsFetched)).toEqual([0, 0, 0]);

    const neverEnabled = await createScripted(admin, { records: 3 }, { enabled: false });
    expect((await syncToEnd(admin, neverEnabled)).executions.map((e) => e.recordsFetched)).toEqual([1, 3, 3]);
  });

  it('validates the trigger and reset bodies, naming the field', async () => {
    const id = await createScripted(admin, { records: 3 }, { capabilities: ['products'] });
    expectValidationError(await admin.POST('/integrations/{id}/sync', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 'capabilities', 'isSubset');
    expectValidationError(await admin.POST('/integrations/{id}/sync', { params: { path: { id } }, body: { capabilities: unchecked(['nope']) } }), 'capabilities', 'isIn');
    expectValidationError(await admin.POST('/integrations/{id}/sync', { params: { path: { id } }, body: { dryRun: unchecked('yes') } }), 'dryRun', 'isBoolean');
    expectValidationError(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: unchecked([]) } }), 'capabilities', 'arrayNotEmpty');
    expectValidationError(await admin.GET('/integrations/{id}/executions', { params: { path: { id }, query: { status: unchecked('done') } } }), 'status', 'isIn');
  });

  it('lists sessions and executions newest first, paginated and filtered', async () => {
    const id = await createScripted(admin, { records: 2 });
    const first = await syncToEnd(admin, id);
    const second = await syncToEnd(admin, id, { capabilities: ['products'] });
    const sessions = await admin.GET('/integrations/{id}/sessions', { params: { path: { id }, query: { limit: 1 } } });
    expectStatus(sessions, 200);
    expect(sessions.data).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(sessions.data?.items.map((s) => s.id)).toEqual([second.id]);
    const older = await admin.GET('/integrations/{id}/sessions', { params: { path: { id }, query: { offset: 1 } } });
    expect(older.data?.items.map((s) => s.id)).toEqual([first.id]);

    const products = await admin.GET('/integrations/{id}/executions', { params: { path: { id }, query: { capability: 'products' } } });
    expect(products.data?.items.map((e) => e.sessionId)).toEqual([second.id, first.id]);
    const all = await admin.GET('/integrations/{id}/executions', { params: { path: { id } } });
    expect(all.data?.total).toBe(4);
  });

  it('keeps each organization to its own sessions; viewers read and cannot act', async () => {
    const id = await createScripted(admin, { records: 2 });
    const session = await syncToEnd(admin, id);
    const stranger = t.client(newOrganization('stranger'), 'admin');
    expectError(await stranger.GET('/sync-sessions/{id}', { params: { path: { id: session.id } } }), 404);
    expectError(await stranger.POST('/sync-sessions/{id}/cancel', { params: { path: { id: session.id } } }), 404);
    expectError(await stranger.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} }), 404);
    expectError(await stranger.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 404);
    expectError(await stranger.GET('/integrations/{id}/sessions', { params: { path: { id } } }), 404);
    expectError(await stranger.GET('/integrations/{id}/executions', { params: { path: { id } } }), 404);

    const viewer = t.client(org, 'viewer');
    expectStatus(await viewer.GET('/sync-sessions/{id}', { params: { path: { id: session.id } } }), 200);
    expectStatus(await viewer.GET('/integrations/{id}/sessions', { params: { path: { id } } }), 200);
    expectError(await viewer.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} }), 403);
    expectError(await viewer.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 403);
    expectError(await viewer.POST('/sync-sessions/{id}/cancel', { params: { path: { id: session.id } } }), 403);
    expect((await getSession(admin, session.id)).status).toBe('succeeded');
  });
});
