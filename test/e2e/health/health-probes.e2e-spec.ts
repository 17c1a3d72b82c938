import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SyncWorker } from '../../../src/executions/sync-worker.service.js';
import { SyncScheduler } from '../../../src/scheduling/sync-scheduler.service.js';
import { CapturedLogger } from '../../support/captured-logger.js';
import { TcpProxy } from '../../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';

/** Probes without a token, the way an orchestrator calls them. */
async function probe(t: TestApp, path: string): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const response = await fetch(`${t.baseUrl}${path}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

function logLines(t: TestApp): string[] {
  if (!(t.logger instanceof CapturedLogger)) throw new Error('the app logs through the captured Nest logger');
  return t.logger.lines;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('health probes', () => {
  let database = '';
  let proxy: TcpProxy;
  let t: TestApp;
  /** What must never show in a probe's answer: where the database is, and who logs in to it. */
  let hidden: string[] = [];

  beforeAll(async () => {
    database = await createDatabase('tether_health');
    const direct = new URL(databaseUrl(database));
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const proxied = new URL(direct);
    proxied.host = `${proxy.address.host}:${proxy.address.port}`;
    t = await startTestApp(testConfig({ DATABASE_URL: proxied.toString(), SYNC_CONCURRENCY: '3', SYNC_POLL_MS: '100', SYNC_HEARTBEAT_MS: '200' }));
    hidden = [String(proxy.address.port), database, 'postgres://', direct.username].filter((s) => s !== '');
  });

  afterAll(async () => {
    await proxy.open().catch(() => undefined);
    await t.close();
    await proxy.cut();
    await dropDatabase(database);
  });

  const expectNothingHidden = (text: string): void => {
    for (const secret of hidden) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/version|PostgreSQL \d/i);
  };

  it('live: the process answers, with nothing else to say', async () => {
    const live = await probe(t, '/health/live');
    expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(Object.keys(live.body)).toEqual(['status']);
  });

  it('ready: every check up, the worker pool reported', async () => {
    const ready = await probe(t, '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      checks: {
        database: { status: 'up', responseTime: expect.any(Number) },
        migrations: { status: 'up' },
        scheduler: { status: 'up', scheduled: 0 },
        worker: { status: 'up', active: 0, concurrency: 3 },
      },
    });
    expectNothingHidden(ready.text);
    // /health is the same probe.
    const alias = await probe(t, '/health');
    expect(alias.status).toBe(200);
    expect(Object.keys(alias.body.checks as object).sort()).toEqual(['database', 'migrations', 'scheduler', 'worker']);
  });

  it('ready fails with 503 naming the database while it is unreachable, and recovers', async () => {
    await proxy.cut();
    const linesBefore = logLines(t).length;
    const down = await probe(t, '/health/ready');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', path: '/health/ready' });
    expect(down.body.message).toMatch(/^not ready: database \(unreachable\)/);
    expectNothingHidden(down.text);
    expect((await probe(t, '/health')).status).toBe(503);
    // Liveness does not depend on the database: restarting the process would not bring it back.
    expect((await probe(t, '/health/live')).status).toBe(200);
    // Each refused probe is one warning naming the check, not an error with a stack.
    const said = logLines(t).slice(linesBefore).filter((line) => line.includes('HttpError'));
    expect(said).toEqual([
      expect.stringMatching(/^warn HttpError GET \/health\/ready answered 503 \[[^\]]+\]: not ready: database \(unreachable\)/),
      expect.stringMatching(/^warn HttpError GET \/health answered 503 /),
    ]);

    // The worker polls every 100 ms and beats every 200 ms: through the outage each loop said so once.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const during = logLines(t).slice(linesBefore);
    expect(during.filter((line) => line.startsWith('error SyncWorker claiming sessions failed: '))).toHaveLength(1);
    expect(during.filter((line) => line.startsWith('error SyncWorker heartbeats and reaping failed: '))).toHaveLength(1);
    // The listening connection retries every second; polling covers it, so a warning.
    expect(during.filter((line) => line.startsWith('warn PgNotifications listening for notifications (polling meanwhile) failed: '))).toHaveLength(1);
    expect(during.filter((line) => line.includes('still failing'))).toEqual([]);

    await proxy.open();
    const up = await eventually(
      () => probe(t, '/health/ready'),
      (result) => result.status === 200,
    );
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    // And once that it works again, with how many failures it took.
    const claimsBack = () => logLines(t).filter((line) => /^log SyncWorker claiming sessions works again after \d+ failures$/.test(line));
    await eventually(() => Promise.resolve(claimsBack()), (lines) => lines.length > 0, 5_000);
    expect(claimsBack()).toHaveLength(1);
    expect(Number(/after (\d+)/.exec(claimsBack()[0] ?? '')?.[1])).toBeGreaterThan(5);
  });

  it('ready fails naming the migrations while one has not run', async () => {
    const [latest] = await t.dataSource.query<{ id: number; timestamp: string; name: string }[]>(
      'SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    if (latest === undefined) throw new Error('no migration has run');
    await t.dataSource.query('DELETE FROM migrations WHERE id = $1', [latest.id]);
    try {
      const pending = await probe(t, '/health/ready');
      expect(pending.status).toBe(503);
      expect(pending.body.message).toBe('not ready: migrations (pending migrations)');
    } finally {
      await t.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [latest.id, latest.timestamp, latest.name]);
    }
    expect((await probe(t, '/health/ready')).status).toBe(200);
  });

  it('ready fails naming the scheduler and the worker once they stop (shutdown)', async () => {
    await t.app.get(SyncScheduler).beforeApplicationShutdown();
    await t.app.get(SyncWorker).beforeApplicationShutdown();
    const stopping = await probe(t, '/health/ready');
    expect(stopping.status).toBe(503);
    expect(stopping.body.message).toBe('not ready: scheduler (cron jobs not registered), worker (stopped)');
    expect((await probe(t, '/health/live')).status).toBe(200);
  });
});
