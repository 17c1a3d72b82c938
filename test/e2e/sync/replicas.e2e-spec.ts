import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { expectStatus } from '../../support/expectations.js';
import { type Replica, startReplica } from '../../support/replica-fleet.js';
import { createScripted, maxOverlap } from '../../support/sync-fixtures.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface SessionRow {
  integration_id: string;
  scheduled_for: Date;
  trigger: string;
  status: string;
  started_at: Date | null;
  finished_at: Date | null;
  error: { message: string } | null;
}

describe('three replicas (processes) on one database', () => {
  it('claim each 2-second tick of 10 integrations once, never overlap an integration, and honour a change made through another replica', async () => {
    const database = await createDatabase('tether_replicas');
    const url = databaseUrl(database);
    const org = newOrganization('fleet');
    const replicas: Replica[] = await Promise.all([0, 1, 2].map(() => startReplica(url)));
    const [a, b] = replicas as [Replica, Replica, Replica];
    const stopped = new Set<Replica>();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        ids.push(await createScripted(a.admin(org), { records: 2, pageSize: 1, pageDelayMs: 100 }, { cronExpression: '*/2 * * * * *', capabilities: ['products'] }));
      }
      const [changed = '', disabled = ''] = ids;
      await sleep(10_000);

      // Through A: one integration every 5 s from now on, one disabled. Then A stops, so what
      // follows is B's and C's doing.
      const changedAt = Date.now();
      expectStatus(await a.admin(org).PATCH('/integrations/{id}', { params: { path: { id: changed } }, body: { cronExpression: '*/5 * * * * *' } }), 200);
      expectStatus(await a.admin(org).PATCH('/integrations/{id}', { params: { path: { id: disabled } }, body: { enabled: false } }), 200);
      await sleep(1_000);
      const aStoppedAt = Date.now();
      expect(await a.process.stop('SIGTERM')).toBe(0);
      stopped.add(a);
      await sleep(12_000);
      for (const id of ids) expectStatus(await b.admin(org).PATCH('/integrations/{id}', { params: { path: { id } }, body: { enabled: false } }), 200);
      await sleep(1_500);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<SessionRow>(
        'SELECT integration_id, scheduled_for, trigger, status, started_at, finished_at, error FROM sync_sessions ORDER BY scheduled_for',
      );
      await client.end();
      const of = (id: string): SessionRow[] => rows.filter((r) => r.integration_id === id);

      expect(rows.every((r) => r.trigger === 'schedule')).toBe(true);
      // A session ends succeeded, or interrupted by A's graceful stop (resumed by the next tick).
      const odd = rows.filter((r) => r.status !== 'succeeded' && !(r.error?.message.startsWith('interrupted') ?? false));
      expect(odd).toEqual([]);
      for (const id of ids) {
        const ticks = of(id).map((r) => r.scheduled_for.getTime());
        // One session per tick...
        expect(new Set(ticks).size).toBe(ticks.length);
        // ...and never two of one integration at once.
        expect(maxOverlap(of(id).map((r) => ({ start: r.started_at ?? r.scheduled_for, end: r.finished_at })))).toBeLessThanOrEqual(1);
      }
      // Every tick of the unchanged integrations, from their first to their last, has its session.
      for (const id of ids.slice(2)) {
        const ticks = of(id).map((r) => r.scheduled_for.getTime());
        expect(ticks.length).toBeGreaterThanOrEqual(10);
        expect(ticks.slice(1).map((t, i) => t - (ticks[i] ?? 0))).toEqual(Array.from({ length: ticks.length - 1 }, () => 2_000));
      }
      // The change made through A, honoured by B and C after A stopped.
      const afterChange = of(changed).filter((r) => r.scheduled_for.getTime() > changedAt + 1_000);
      expect(afterChange.every((r) => r.scheduled_for.getTime() % 5_000 === 0)).toBe(true);
      expect(afterChange.filter((r) => r.scheduled_for.getTime() > aStoppedAt).length).toBeGreaterThanOrEqual(2);
      expect(of(disabled).filter((r) => r.scheduled_for.getTime() > changedAt + 1_000)).toEqual([]);
    } finally {
      await Promise.all(replicas.filter((r) => !stopped.has(r)).map((r) => r.process.stop('SIGTERM')));
      await dropDatabase(database);
    }
  }, 120_000);
});
