import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { type Replica, startReplica } from '../../support/replica-fleet.js';
import { createScripted, maxOverlap } from '../../support/sync-fixtures.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

const INTEGRATIONS = 200;
const CONCURRENCY = 4;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the midnight herd', () => {
  it(`${INTEGRATIONS} integrations due in the same second on 2 replicas: each runs once, no replica runs more than ${CONCURRENCY} at once`, async () => {
    const database = await createDatabase('tether_herd');
    const url = databaseUrl(database);
    const org = newOrganization('herd');
    const replicas: Replica[] = await Promise.all([0, 1].map(() => startReplica(url, { SYNC_CONCURRENCY: String(CONCURRENCY) })));
    try {
      // One second of the day, far enough ahead for every integration to be created and registered.
      const due = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
      const cronExpression = `${due.getUTCSeconds()} ${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
      const admin = replicas[0]?.admin(org);
      if (admin === undefined) throw new Error('no replica');
      for (let i = 0; i < INTEGRATIONS; i += 8) {
        await Promise.all(
          Array.from({ length: Math.min(8, INTEGRATIONS - i) }, () =>
            createScripted(admin, { records: 1, pageSize: 1, pageDelayMs: 50 }, { cronExpression, capabilities: ['products'] }),
          ),
        );
      }
      expect(Date.now()).toBeLessThan(due.getTime() - 2_000);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      type Row = { integration_id: string; scheduled_for: Date; status: string; worker_id: string; started_at: Date; finished_at: Date | null };
      let rows: Row[] = [];
      const deadline = due.getTime() + 60_000;
      while (Date.now() < deadline) {
        await sleep(250);
        ({ rows } = await client.query<Row>('SELECT integration_id, scheduled_for, status, worker_id, started_at, finished_at FROM sync_sessions'));
        if (rows.length >= INTEGRATIONS && rows.every((r) => r.finished_at !== null)) break;
      }
      await client.end();

      expect(rows.length).toBe(INTEGRATIONS);
      expect(new Set(rows.map((r) => r.integration_id)).size).toBe(INTEGRATIONS);
      expect(new Set(rows.map((r) => r.scheduled_for.toISOString()))).toEqual(new Set([due.toISOString()]));
      expect(rows.filter((r) => r.status !== 'succeeded')).toEqual([]);
      const workers = new Map<string, Row[]>();
      for (const row of rows) workers.set(row.worker_id, [...(workers.get(row.worker_id) ?? []), row]);
      expect(workers.size).toBe(2);
      const overlaps = [...workers.values()].map((ran) => maxOverlap(ran.map((r) => ({ start: r.started_at, end: r.finished_at }))));
      // The herd fills each worker, and no worker ever goes past its limit.
      expect(Math.max(...overlaps)).toBe(CONCURRENCY);
    } finally {
      await Promise.all(replicas.map((r) => r.process.stop('SIGTERM')));
      await dropDatabase(database);
    }
  }, 120_000);
});
