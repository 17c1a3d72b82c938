import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import { syncJobName } from '../../../src/scheduling/sync-scheduler.service.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus } from '../../support/expectations.js';
import { createScripted, FAST_SYNC } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds (a replica's registry follows a change within moments). */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await sleep(25);
  }
}

const cronOf = (t: TestApp, id: string): string | undefined => {
  const registry = t.app.get(SchedulerRegistry);
  return registry.doesExist('cron', syncJobName(id)) ? String(registry.getCronJob(syncJobName(id)).cronTime.source) : undefined;
};

describe('the scheduler: one cron job per enabled integration, ticks claimed once', () => {
  let database: string;
  let a: TestApp;
  let b: TestApp;
  let admin: ApiClient;
  const org = newOrganization('sched');

  beforeAll(async () => {
    database = await createDatabase('tether_scheduler');
    const url = databaseUrl(database);
    a = await startTestApp(testConfig({ DATABASE_URL: url, ...FAST_SYNC }), [ScriptedConnector]);
    // B's periodic reconcile is an hour away: what it learns in these tests, it learns by notification.
    b = await startTestApp(testConfig({ DATABASE_URL: url, ...FAST_SYNC, SCHEDULE_RECONCILE_MS: '3600000' }), [ScriptedConnector]);
    admin = a.client(org, 'admin');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await dropDatabase(database);
  });

  it('keeps the registry in step on this replica at once, and on another by notification', async () => {
    const id = await createScripted(admin, { records: 1 }, { cronExpression: '0 0 4 * * *', timezone: 'Europe/Paris' });
    expect(cronOf(a, id)).toBe('0 0 4 * * *');
    expect(a.app.get(SchedulerRegistry).getCronJob(syncJobName(id)).cronTime.timeZone).toBe('Europe/Paris');
    await eventually(() => cronOf(b, id) === '0 0 4 * * *');

    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { cronExpression: '0 30 5 * * 1-5' } }), 200);
    expect(cronOf(a, id)).toBe('0 30 5 * * 1-5');
    await eventually(() => cronOf(b, id) === '0 30 5 * * 1-5');

    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: false } }), 200);
    expect(cronOf(a, id)).toBeUndefined();
    await eventually(() => cronOf(b, id) === undefined);

    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: true } }), 200);
    expect(cronOf(a, id)).toBe('0 30 5 * * 1-5');
    await eventually(() => cronOf(b, id) === '0 30 5 * * 1-5');

    expectStatus(await admin.DELETE('/integrations/{id}', { params: { path: { id } } }), 204);
    expect(cronOf(a, id)).toBeUndefined();
    await eventually(() => cronOf(b, id) === undefined);
  });

  it('claims each tick once across two replicas, at the scheduled second, and stops when disabled', async () => {
    const id = await createScripted(admin, { records: 1 }, { cronExpression: '* * * * * *', capabilities: ['products'] });
    await sleep(3_500);
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: false } }), 200);
    await sleep(1_200);
    const rows = await a.dataSource.query<{ scheduled_for: Date; trigger: string; status: string }[]>(
      'SELECT scheduled_for, trigger, status FROM sync_sessions WHERE integration_id = $1 ORDER BY scheduled_for',
      [id],
    );
    // Both replicas fire every second; each tick has one session (a tick while the last still runs is skipped).
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const ticks = rows.map((r) => r.scheduled_for.getTime());
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every((ms) => ms % 1000 === 0)).toBe(true);
    expect(rows.every((r) => r.trigger === 'schedule')).toBe(true);
    // Nothing after the disable took effect.
    await sleep(1_500);
    const after = await a.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM sync_sessions WHERE integration_id = $1', [id]);
    expect(after[0]?.n).toBe(rows.length);
  });

  it('claims the latest run missed while no replica was up, once, however many replicas start', async () => {
    const id = await createScripted(admin, { records: 1 }, { cronExpression: '0 0 3 * * *', capabilities: ['products'] });
    // As if the integration was configured three days ago and every replica was down since.
    await a.dataSource.query(`UPDATE integrations SET updated_at = date_trunc('day', now()) - interval '3 days' WHERE id = $1`, [id]);
    // The latest 03:00 UTC that has passed: the one run to make up for (not the three days' backlog).
    const [{ missed } = { missed: new Date(0) }] = await a.dataSource.query<{ missed: Date }[]>(
      `SELECT date_trunc('day', now() AT TIME ZONE 'UTC' - interval '3 hours') AT TIME ZONE 'UTC' + interval '3 hours' AS missed`,
    );
    // Replicas starting together, then one more later: each sees the missed run, one session is made.
    const booted = await Promise.all([0, 1].map(() => startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC }), [ScriptedConnector])));
    booted.push(await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC }), [ScriptedConnector]));
    try {
      const sessions = await a.dataSource.query<{ scheduled_for: Date; trigger: string }[]>(
        'SELECT scheduled_for, trigger FROM sync_sessions WHERE integration_id = $1',
        [id],
      );
      expect(sessions).toEqual([{ scheduled_for: missed, trigger: 'schedule' }]);
    } finally {
      await Promise.all(booted.map((t) => t.close()));
    }
  });
});
