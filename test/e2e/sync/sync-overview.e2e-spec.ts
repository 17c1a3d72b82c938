import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { components } from '../../../openapi/schema.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { createSample } from '../../support/sample-fixtures.js';
import {
  createScripted,
  type Execution,
  executionOf,
  FAST_SYNC,
  type SessionDetail,
  syncToEnd,
  triggerSync,
  waitForSession,
} from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

type Session = components['schemas']['SyncSessionDto'];
type IntegrationQuery = { lastSyncStatus?: string; sort?: string; status?: 'enabled' | 'disabled'; limit?: number; offset?: number };

/** For values the generated types forbid: the client sends them as given. */
const unchecked = (value: unknown): never => value as never;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('seeing syncs across the organization, and their progress', () => {
  let database: string;
  let t: TestApp;

  beforeAll(async () => {
    database = await createDatabase('tether_sync_overview');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, SAMPLE_SOURCE_ENABLED: 'true' }), [ScriptedConnector]);
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  const sessions = async (client: ApiClient, query: Record<string, unknown> = {}): Promise<{ ids: string[]; total: number; items: Session[] }> => {
    const result = await client.GET('/sync-sessions', { params: { query: unchecked(query) } });
    expectStatus(result, 200);
    const page = result.data as { items: Session[]; total: number };
    return { ids: page.items.map((s) => s.id), total: page.total, items: page.items };
  };

  /** Waits until every session of the integration has ended; returns them. */
  const quiet = async (client: ApiClient, integrationId: string): Promise<Session[]> => {
    for (;;) {
      const { items } = await sessions(client, { integrationId, limit: 100 });
      if (items.every((s) => s.status !== 'queued' && s.status !== 'running')) return items;
      await sleep(50);
    }
  };

  describe('GET /sync-sessions', () => {
    const org = newOrganization('overview');
    let admin: ApiClient;
    let scheduled: string;
    let ticks: Session[];
    let one: string;
    let sample: string;
    let s1: SessionDetail;
    let s2: SessionDetail;
    let s3: SessionDetail;
    let s4: SessionDetail;

    beforeAll(async () => {
      admin = t.client(org, 'admin');
      // The schedule's sessions first (every second, until disabled), then four manual ones, one at a time.
      scheduled = await createScripted(admin, { records: 1 }, { cronExpression: '* * * * * *', capabilities: ['products'] });
      while ((await sessions(admin, { integrationId: scheduled, status: 'succeeded' })).total === 0) await sleep(100);
      expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id: scheduled } }, body: { enabled: false } }), 200);
      ticks = await quiet(admin, scheduled);
      one = await createScripted(admin, { records: 2 }, { capabilities: ['products'] });
      const failing = await createScripted(admin, { records: 2, failAtPage: 0, failKind: 'auth' }, { capabilities: ['products'] });
      sample = await createSample(admin, { seed: 1, size: 1 }, { capabilities: ['channels'] });
      s1 = await syncToEnd(admin, one);
      s2 = await syncToEnd(admin, failing);
      s3 = await syncToEnd(admin, sample);
      s4 = await syncToEnd(admin, one);
      expect([s1.status, s2.status, s3.status, s4.status]).toEqual(['succeeded', 'failed', 'succeeded', 'succeeded']);
    });

    it('lists every integration’s sessions newest first, paginated', async () => {
      const all = await sessions(admin, { limit: 100 });
      expect(all.total).toBe(ticks.length + 4);
      expect(all.ids.slice(0, 4)).toEqual([s4.id, s3.id, s2.id, s1.id]);
      expect(all.ids.slice(4).sort()).toEqual(ticks.map((s) => s.id).sort());
      const queued = all.items.map((s) => Date.parse(s.queuedAt));
      expect(queued).toEqual([...queued].sort((a, b) => b - a));

      const first = await sessions(admin, { limit: 2 });
      expect(first).toMatchObject({ ids: [s4.id, s3.id], total: ticks.length + 4 });
      expect((await sessions(admin, { limit: 2, offset: 2 })).ids).toEqual([s2.id, s1.id]);
      expect((await sessions(admin, { offset: ticks.length + 4 })).ids).toEqual([]);
    });

    it('filters by status, service, integration, trigger and when queued, and by any of them together', async () => {
      expect((await sessions(admin, { status: 'failed' })).ids).toEqual([s2.id]);
      expect((await sessions(admin, { trigger: 'manual' })).ids).toEqual([s4.id, s3.id, s2.id, s1.id]);
      const fromSchedule = await sessions(admin, { trigger: 'schedule', limit: 100 });
      expect(fromSchedule.total).toBe(ticks.length);
      expect(fromSchedule.items.every((s) => s.integrationId === scheduled && s.scheduledFor !== null)).toBe(true);
      expect((await sessions(admin, { externalService: 'sample' })).ids).toEqual([s3.id]);
      expect((await sessions(admin, { externalService: 'shopify' })).total).toBe(0);
      expect((await sessions(admin, { integrationId: one })).ids).toEqual([s4.id, s1.id]);
      // Bounds are inclusive.
      expect((await sessions(admin, { from: s2.queuedAt })).ids).toEqual([s4.id, s3.id, s2.id]);
      expect((await sessions(admin, { from: s2.queuedAt, to: s3.queuedAt })).ids).toEqual([s3.id, s2.id]);
      expect((await sessions(admin, { to: s2.queuedAt, trigger: 'manual' })).ids).toEqual([s2.id, s1.id]);
      expect((await sessions(admin, { to: s1.queuedAt, trigger: 'schedule', limit: 100 })).total).toBe(ticks.length);

      expect((await sessions(admin, { status: 'succeeded', trigger: 'manual' })).ids).toEqual([s4.id, s3.id, s1.id]);
      expect((await sessions(admin, { externalService: 'scripted', trigger: 'manual' })).ids).toEqual([s4.id, s2.id, s1.id]);
      expect((await sessions(admin, { externalService: 'scripted', status: 'succeeded', from: s2.queuedAt })).ids).toEqual([s4.id]);
      expect((await sessions(admin, { integrationId: one, status: 'failed' })).total).toBe(0);
      expect((await sessions(admin, { integrationId: one, externalService: 'sample' })).total).toBe(0);
      expect((await sessions(admin, { integrationId: one, trigger: 'manual', from: s2.queuedAt, limit: 1 })).ids).toEqual([s4.id]);

      // One integration's history takes the same filters.
      const history = await admin.GET('/integrations/{id}/sessions', { params: { path: { id: one }, query: { trigger: 'manual', from: s3.queuedAt } } });
      expect(history.data?.items.map((s) => s.id)).toEqual([s4.id]);
    });

    it('never lists another organization’s sessions', async () => {
      const stranger = t.client(newOrganization('stranger'), 'admin');
      expect(await sessions(stranger)).toMatchObject({ total: 0, ids: [] });
      expect((await sessions(stranger, { integrationId: one })).total).toBe(0);
      const theirs = await syncToEnd(stranger, await createScripted(stranger, { records: 1 }, { capabilities: ['products'] }));
      expect((await sessions(stranger)).ids).toEqual([theirs.id]);
      expect((await sessions(admin, { limit: 100 })).ids).not.toContain(theirs.id);
      expect((await sessions(t.client(newOrganization('stranger'), 'viewer'))).total).toBe(0);
      // Viewers read their organization's.
      expect((await sessions(t.client(org, 'viewer'), { limit: 1 })).ids).toEqual([s4.id]);
    });

    it('answers 400 naming the field for a bad filter', async () => {
      const get = (query: Record<string, unknown>) => admin.GET('/sync-sessions', { params: { query: unchecked(query) } });
      expectValidationError(await get({ status: 'done' }), 'status', 'isIn');
      expectValidationError(await get({ trigger: 'cron' }), 'trigger', 'isIn');
      expectValidationError(await get({ from: '2026-02-30' }), 'from', 'isInstant');
      expectValidationError(await get({ to: 'yesterday' }), 'to', 'isInstant');
      expectValidationError(await get({ from: '2026-11-02T00:00:00Z', to: '2026-11-01T23:59:59Z' }), 'to', 'notBefore');
      expectValidationError(await get({ integrationId: 'not-an-id' }), 'integrationId', 'isUuid');
      expectValidationError(await get({ externalService: 'x'.repeat(65) }), 'externalService', 'maxLength');
      expectValidationError(await get({ limit: 0 }), 'limit', 'min');
      expectValidationError(
        await admin.GET('/integrations/{id}/sessions', { params: { path: { id: one }, query: unchecked({ from: '2026-11-02', to: '2026-11-01' }) } }),
        'to',
        'notBefore',
      );
    });
  });

  describe('the dashboard by last sync', () => {
    let admin: ApiClient;
    const names = async (query: IntegrationQuery): Promise<string[]> => {
      const result = await admin.GET('/integrations', { params: { query: unchecked(query) } });
      expectStatus(result, 200);
      return (result.data?.items ?? []).map((i) => i.name);
    };

    beforeAll(async () => {
      admin = t.client(newOrganization('dashboard'), 'admin');
      // Next syncs: daily (soonest), yearly, none (disabled); last syncs: Delta, Alpha (failed), Bravo, never (Charlie, Echo).
      const alpha = await createScripted(admin, { records: 1, failAtPage: 0, failKind: 'auth' }, { name: 'Alpha', cronExpression: '0 0 0 1 1 *', capabilities: ['products'] });
      const bravo = await createScripted(admin, { records: 1 }, { name: 'Bravo', cronExpression: '0 0 0 * * *', capabilities: ['products'] });
      await createScripted(admin, { records: 1 }, { name: 'Charlie', cronExpression: '0 0 0 * * *', capabilities: ['products'] });
      const delta = await createScripted(admin, { records: 1 }, { name: 'Delta', enabled: false, capabilities: ['products'] });
      await createScripted(admin, { records: 1 }, { name: 'Echo', enabled: false, capabilities: ['products'] });
      expect((await syncToEnd(admin, bravo)).status).toBe('succeeded');
      expect((await syncToEnd(admin, alpha)).status).toBe('failed');
      expect((await syncToEnd(admin, delta)).status).toBe('succeeded');
    });

    it('filters by the last sync’s status', async () => {
      expect(await names({ lastSyncStatus: 'failed' })).toEqual(['Alpha']);
      expect(await names({ lastSyncStatus: 'succeeded' })).toEqual(['Bravo', 'Delta']);
      expect(await names({ lastSyncStatus: 'succeeded', status: 'enabled' })).toEqual(['Bravo']);
      expect(await names({ lastSyncStatus: 'cancelled' })).toEqual([]);
      const stranger = t.client(newOrganization('stranger'), 'admin');
      expect((await stranger.GET('/integrations', { params: { query: { lastSyncStatus: 'failed' } } })).data?.total).toBe(0);
    });

    it('sorts by last sync, most recent first, never synced last', async () => {
      expect(await names({ sort: 'lastSync' })).toEqual(['Delta', 'Alpha', 'Bravo', 'Charlie', 'Echo']);
      expect(await names({ sort: 'lastSync', limit: 2, offset: 1 })).toEqual(['Alpha', 'Bravo']);
      expect(await names({ sort: 'name' })).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    });

    it('sorts by next sync, soonest first, the disabled ones (none) last', async () => {
      expect(await names({ sort: 'nextSync' })).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta', 'Echo']);
      const page = await admin.GET('/integrations', { params: { query: unchecked({ sort: 'nextSync', limit: 2, offset: 2 }) } });
      expect(page.data).toMatchObject({ total: 5, limit: 2, offset: 2 });
      expect(page.data?.items.map((i) => [i.name, i.nextSync === null])).toEqual([
        ['Alpha', false],
        ['Delta', true],
      ]);
      expect(await names({ sort: 'nextSync', lastSyncStatus: 'succeeded' })).toEqual(['Bravo', 'Delta']);
    });

    it('answers 400 naming the field for an unknown status or sort', async () => {
      expectValidationError(await admin.GET('/integrations', { params: { query: unchecked({ lastSyncStatus: 'queued' }) } }), 'lastSyncStatus', 'isIn');
      expectValidationError(await admin.GET('/integrations', { params: { query: unchecked({ lastSyncStatus: 'broken' }) } }), 'lastSyncStatus', 'isIn');
      expectValidationError(await admin.GET('/integrations', { params: { query: unchecked({ sort: 'created' }) } }), 'sort', 'isIn');
    });
  });

  describe('progress of a running execution', () => {
    let admin: ApiClient;
    beforeAll(() => {
      admin = t.client(newOrganization('progress'), 'admin');
    });

    /** The products execution of the session once `ready` holds for it. */
    const whileRunning = async (sessionId: string, ready: (e: Execution) => boolean): Promise<Execution> => {
      const session = await waitForSession(admin, sessionId, (s) => s.executions.some((e) => e.status === 'running' && ready(e)));
      return session.executions.find((e) => e.status === 'running') as Execution;
    };

    it('grows records and pages while it runs, with the total and the time left when the source says, and keeps them once finished', async () => {
      // Twelve products, two a page, 400 ms a page: about 2.4 s of reading.
      const id = await createScripted(admin, { records: 12, pageSize: 2, pageDelayMs: 400, announceTotal: 1 }, { capabilities: ['products'] });
      const queued = await triggerSync(admin, id);
      const early = (await whileRunning(queued.id, (e) => e.progress.records > 0)).progress;
      expect(early.total).toBe(12);
      expect(early.records).toBeLessThan(12);
      expect(early.pages).toBe(early.records / 2);
      expect(early.estimatedSecondsLeft).toEqual(expect.any(Number));
      expect(early.estimatedSecondsLeft).toBeGreaterThanOrEqual(0);

      const later = (await whileRunning(queued.id, (e) => e.progress.records > early.records)).progress;
      expect(later.pages).toBeGreaterThan(early.pages);
      expect(later.total).toBe(12);
      expect(later.estimatedSecondsLeft).toEqual(expect.any(Number));

      const done = await waitForSession(admin, queued.id);
      const finished = { records: 12, pages: 6, total: 12, estimatedSecondsLeft: null };
      expect(executionOf(done, 'products')).toMatchObject({ status: 'succeeded', recordsFetched: 12, progress: finished });
      const history = await admin.GET('/integrations/{id}/executions', { params: { path: { id } } });
      expect(history.data?.items.map((e) => e.progress)).toEqual([finished]);
    });

    it('shows records and pages without a total or a time left when the source does not say', async () => {
      const id = await createScripted(admin, { records: 6, pageSize: 2, pageDelayMs: 400 }, { capabilities: ['products'] });
      const queued = await triggerSync(admin, id);
      const running = (await whileRunning(queued.id, (e) => e.progress.records > 0)).progress;
      expect(running).toMatchObject({ total: null, estimatedSecondsLeft: null });
      expect(running.pages).toBe(running.records / 2);
      const done = await waitForSession(admin, queued.id);
      expect(executionOf(done, 'products').progress).toEqual({ records: 6, pages: 3, total: null, estimatedSecondsLeft: null });
      // Queued, it had read nothing.
      expect(queued.executions[0]?.progress).toEqual({ records: 0, pages: 0, total: null, estimatedSecondsLeft: null });
    });
  });
});
