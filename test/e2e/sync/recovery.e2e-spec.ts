import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../../src/config/app-config.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import { apiClient } from '../../support/api-client.js';
import { expectStatus } from '../../support/expectations.js';
import { Scrape } from '../../support/prometheus-text.js';
import { createScripted, executionOf, FAST_SYNC, syncToEnd, triggerSync, waitForSession } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';
import { eventually } from '../../support/webhook-receiver.js';

const METRICS_TOKEN = 'recovery-metrics-token-7c41';

/** The sessions the reaper failed, as one replica counts them. */
async function reapedBy(replica: TestApp): Promise<number> {
  const answer = await apiClient(replica.baseUrl, METRICS_TOKEN).GET('/metrics', { parseAs: 'text' });
  expectStatus(answer, 200);
  return new Scrape(answer.data as string).sum('tether_reaper_sessions_failed_total', { service: 'scripted' });
}

describe('sessions whose worker stops', () => {
  let database: string;
  let config: (concurrency: number) => AppConfig;
  /** Serves the API and reaps, runs no session. */
  let observer: TestApp;
  /** The one replica that runs sessions. */
  let worker: TestApp;

  beforeAll(async () => {
    database = await createDatabase('tether_recovery');
    config = (concurrency) =>
      testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, SYNC_STALE_AFTER_MS: '1000', METRICS_TOKEN, SYNC_CONCURRENCY: String(concurrency) });
    observer = await startTestApp(config(0), [ScriptedConnector]);
    worker = await startTestApp(config(4), [ScriptedConnector]);
  });
  afterAll(async () => {
    await worker.close();
    await observer.close();
    await dropDatabase(database);
  });

  it('are failed by the reaper once their heartbeat is stale, which frees the integration', async () => {
    const org = newOrganization('reap');
    const admin = observer.client(org, 'admin');
    const id = await createScripted(admin, { records: 3 }, { capabilities: ['products'] });
    const reapedBefore = (await reapedBy(observer)) + (await reapedBy(worker));
    // What a worker that died mid-session leaves behind: running, heartbeat stopped (one statement, so the reaper sees it whole).
    const [session] = await observer.dataSource.query<{ id: string }[]>(
      `WITH s AS (
         INSERT INTO sync_sessions (organization_id, integration_id, trigger, dry_run, capabilities, status, worker_id, started_at, heartbeat_at)
         VALUES ($1, $2, 'manual', false, '{products}', 'running', 'gone:1:dead', now() - interval '1 minute', now() - interval '1 minute')
         RETURNING id
       ), e AS (
         INSERT INTO sync_executions (session_id, organization_id, integration_id, capability, position, dry_run, status, started_at)
         SELECT id, $1, $2, 'products', 1, false, 'running', now() - interval '1 minute' FROM s
       )
       SELECT id FROM s`,
      [org, id],
    );

    const reaped = await waitForSession(admin, session?.id ?? '');
    expect(reaped).toMatchObject({ status: 'failed', error: { message: 'abandoned: worker stopped', kind: 'transient', retryable: true } });
    expect(executionOf(reaped, 'products')).toMatchObject({ status: 'failed', error: { message: 'abandoned: worker stopped' } });
    // Counted once, by whichever replica's reaper failed it (as its event is heard, just after the commit).
    const reapedSince = async (): Promise<number> => (await reapedBy(observer)) + (await reapedBy(worker)) - reapedBefore;
    await eventually(async () => (await reapedSince()) > 0, 5_000, 'the reaped session counted');
    expect(await reapedSince()).toBe(1);
    const dashboard = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expect(dashboard.data?.lastSync).toMatchObject({ sessionId: session?.id, status: 'failed' });
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
  });

  it('are interrupted by a graceful shutdown after the page in flight, and the next sync resumes after it', async () => {
    const org = newOrganization('stop');
    const admin = observer.client(org, 'admin');
    const id = await createScripted(admin, { records: 400, pageSize: 10, pageDelayMs: 30 }, { capabilities: ['products'] });
    const running = await triggerSync(admin, id);
    await waitForSession(admin, running.id, (s) => executionOf(s, 'products').recordsFetched >= 30);

    await worker.close();
    // Ended by the stopping worker itself, not by the reaper.
    const interrupted = await waitForSession(admin, running.id, (s) => s.status !== 'running', 1_000);
    expect(interrupted.status).toBe('failed');
    const products = executionOf(interrupted, 'products');
    expect(products).toMatchObject({ status: 'failed', error: { kind: 'transient', retryable: true } });
    expect(products.error?.message).toContain('interrupted: the service stopped');
    const fetched = products.recordsFetched;
    expect(fetched % 10).toBe(0);
    expect(fetched).toBeLessThan(400);
    // The cursor is where the written pages end.
    const [state] = await observer.dataSource.query<{ cursor: { offset: number } }[]>(
      `SELECT cursor FROM sync_states WHERE integration_id = $1 AND capability = 'products'`,
      [id],
    );
    expect(state?.cursor.offset).toBe(fetched);

    worker = await startTestApp(config(4), [ScriptedConnector]);
    const resumed = await syncToEnd(admin, id);
    expect(executionOf(resumed, 'products')).toMatchObject({ status: 'succeeded', recordsFetched: 400 - fetched, created: 400 - fetched });
  });
});
