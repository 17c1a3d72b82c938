import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { type Replica, startReplica } from '../../support/replica-fleet.js';
import { createScripted, executionOf, type SessionDetail, syncToEnd, triggerSync, waitForSession } from '../../support/sync-fixtures.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';

const RECORDS = 120;
const ENV = { SYNC_STALE_AFTER_MS: '1500' };

/** What is committed for the integration: the cursor and the rows of each capability. */
async function committed(url: string, integrationId: string): Promise<{ products: [number, number]; orders: [number, number] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ products_cursor: number; products: number; orders_cursor: number; orders: number }>(
      `SELECT
         coalesce((SELECT (cursor->>'offset')::int FROM sync_states WHERE integration_id = $1 AND capability = 'products'), 0) AS products_cursor,
         (SELECT count(*)::int FROM sku_external_ids WHERE integration_id = $1) AS products,
         coalesce((SELECT (cursor->>'offset')::int FROM sync_states WHERE integration_id = $1 AND capability = 'sales_orders'), 0) AS orders_cursor,
         (SELECT count(*)::int FROM sales_orders WHERE integration_id = $1) AS orders`,
      [integrationId],
    );
    const row = rows[0];
    return { products: [row?.products_cursor ?? -1, row?.products ?? -1], orders: [row?.orders_cursor ?? -1, row?.orders ?? -1] };
  } finally {
    await client.end();
  }
}

describe('a replica killed mid-sync (SIGKILL)', () => {
  it('loses at most the page in flight: the reaper fails its session, the next run resumes from the last cursor, the rows equal the source', async () => {
    const database = await createDatabase('tether_crash');
    const url = databaseUrl(database);
    const org = newOrganization('crash');
    let replica: Replica = await startReplica(url, ENV);
    try {
      const id = await createScripted(replica.admin(org), { records: RECORDS, pageSize: 5, pageDelayMs: 25 }, { capabilities: ['channels', 'products', 'sales_orders'] });
      let reapedSessions = 0;
      for (let kill = 0; kill < 3; kill += 1) {
        const session = await triggerSync(replica.admin(org), id);
        // Killed at a random page: after 5 to 80 records of this session (a full one reads 241).
        const target = 5 + Math.floor(Math.random() * 75);
        const fetched = (s: SessionDetail): number => s.executions.reduce((n, e) => n + e.recordsFetched, 0);
        await waitForSession(replica.admin(org), session.id, (s) => fetched(s) >= target || (s.status !== 'running' && s.status !== 'queued'));
        await replica.process.stop('SIGKILL');

        // Data and cursor were committed together, page by page.
        const state = await committed(url, id);
        expect(state.products[0]).toBe(state.products[1]);
        expect(state.orders[0]).toBe(state.orders[1]);

        replica = await startReplica(url, ENV);
        const reaped = await waitForSession(replica.admin(org), session.id);
        expect(reaped).toMatchObject({ status: 'failed', error: { message: 'abandoned: worker stopped' } });
        reapedSessions += 1;
      }
      expect(reapedSessions).toBe(3);

      const before = await committed(url, id);
      const final = await syncToEnd(replica.admin(org), id);
      expect(final.status).toBe('succeeded');
      expect(executionOf(final, 'products').recordsFetched).toBe(RECORDS - before.products[0]);
      expect(executionOf(final, 'sales_orders').recordsFetched).toBe(RECORDS - before.orders[0]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ skus: number; orders: number; lines: number; distinct_orders: number; quantities: string[] }>(
        `SELECT (SELECT count(*)::int FROM sku_external_ids WHERE integration_id = $1) AS skus,
                (SELECT count(*)::int FROM sales_orders WHERE integration_id = $1) AS orders,
                (SELECT count(DISTINCT external_id)::int FROM sales_orders WHERE integration_id = $1) AS distinct_orders,
                (SELECT count(*)::int FROM sales_order_lines WHERE integration_id = $1) AS lines,
                (SELECT array_agg(DISTINCT quantity::text) FROM sales_order_lines WHERE integration_id = $1) AS quantities`,
        [id],
      );
      await client.end();
      expect(rows[0]).toEqual({ skus: RECORDS, orders: RECORDS, distinct_orders: RECORDS, lines: 2 * RECORDS, quantities: ['1.0000'] });
    } finally {
      await replica.process.stop('SIGTERM');
      await dropDatabase(database);
    }
  }, 120_000);
});
