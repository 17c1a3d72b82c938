import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Capability } from '../../../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../../../src/sync-contract/records/canonical-record.js';
import type { SinkResult } from '../../../src/tether/sinks/sink.js';
import { SINKS } from '../../../src/tether/sinks/sink-registry.js';
import { sinkHarness, type SinkHarness } from '../../support/sink-harness.js';
import { product, result, salesHistory, salesOrder, seedCatalog } from '../../support/sink-records.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/*
 * Two transactions writing overlapping pages at the same time, as two runs of a sync (or
 * two integrations of one organization) may: one row per natural key, no error.
 */

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('sinks under concurrent transactions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const write = <C extends Capability>(manager: EntityManager, h: SinkHarness, capability: C, records: CanonicalRecord<C>[]) =>
    SINKS[capability].write(manager, h.context(), records);

  /** The pages written at once: both transactions open, then both statements sent together. */
  async function together(pages: ((manager: EntityManager) => Promise<SinkResult>)[]): Promise<SinkResult[]> {
    let arrived = 0;
    let go!: () => void;
    const started = new Promise<void>((resolve) => (go = resolve));
    return Promise.all(
      pages.map((page) =>
        t.dataSource.transaction(async (manager) => {
          await manager.query('SELECT 1');
          arrived += 1;
          if (arrived === pages.length) go();
          await started;
          return page(manager);
        }),
      ),
    );
  }

  /**
   * The first page written and held uncommitted while the second is sent, which must wait
   * for it (checked in pg_stat_activity); then the first commits.
   */
  async function overlapping(
    first: (manager: EntityManager) => Promise<SinkResult>,
    second: (manager: EntityManager) => Promise<SinkResult>,
  ): Promise<[SinkResult, SinkResult]> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let firstWrote!: () => void;
    const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
    const firstDone = t.dataSource.transaction(async (manager) => {
      try {
        return await first(manager);
      } finally {
        firstWrote();
        await released;
      }
    });
    await wrote;
    let secondPid!: (pid: number) => void;
    const pid = new Promise<number>((resolve) => (secondPid = resolve));
    const secondDone = t.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
      secondPid(rows[0]?.pid ?? -1);
      return second(manager);
    });
    try {
      await waitForLock(await pid);
    } finally {
      release();
    }
    return Promise.all([firstDone, secondDone]);
  }

  async function waitForLock(pid: number): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const rows = await t.dataSource.query<{ wait_event_type: string | null }[]>(
        'SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1',
        [pid],
      );
      if (rows[0]?.wait_event_type === 'Lock') return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the second transaction never waited for the first');
  }

  const count = async (h: SinkHarness, sql: string) =>
    (await h.query<{ n: number }>(`SELECT count(*)::int AS n ${sql}`, [h.organizationId]))[0]?.n;

  describe('sales_orders', () => {
    it('a page sent while an overlapping one is uncommitted waits for it, then updates what it changed', async () => {
      const h = await sinkHarness(t);
      await seedCatalog(h);
      const [first, second] = await overlapping(
        (m) => write(m, h, 'sales_orders', range(1, 6).map((n) => salesOrder(n))),
        (m) =>
          write(
            m,
            h,
            'sales_orders',
            range(5, 10)
              .reverse()
              .map((n) => salesOrder(n, n <= 6 ? { status: 'cancelled' } : {})),
          ),
      );
      expect(first).toEqual(result({ created: 6 }));
      expect(second).toEqual(result({ created: 4, updated: 2 }));
      const orders = await h.query<{ external_id: string; status: string }>(
        'SELECT external_id, status FROM sales_orders WHERE organization_id = $1 ORDER BY external_id',
        [h.organizationId],
      );
      expect(orders).toEqual(
        range(1, 10)
          .map((n) => ({ external_id: `order-${n}`, status: n === 5 || n === 6 ? 'cancelled' : 'paid' }))
          .sort((a, b) => a.external_id.localeCompare(b.external_id)),
      );
      expect(await count(h, 'FROM sales_order_lines WHERE organization_id = $1')).toBe(20);
    });

    it('pages sent together end with one row per order and line, each created once', async () => {
      const h = await sinkHarness(t);
      await seedCatalog(h);
      const results = await together([
        (m) => write(m, h, 'sales_orders', range(1, 150).map((n) => salesOrder(n))),
        (m) => write(m, h, 'sales_orders', range(101, 250).reverse().map((n) => salesOrder(n))),
        (m) => write(m, h, 'sales_orders', range(140, 160).map((n) => salesOrder(n))),
      ]);
      const total = results.reduce((sum, r) => ({ ...sum, created: sum.created + r.created, unchanged: sum.unchanged + r.unchanged }));
      // Every order of the overlaps is created by one page and unchanged for the others.
      expect(total).toEqual(result({ created: 250, unchanged: 50 + 21 }));
      expect(await count(h, 'FROM sales_orders WHERE organization_id = $1')).toBe(250);
      expect(await count(h, 'FROM sales_order_lines WHERE organization_id = $1')).toBe(500);
    });
  });

  describe('sales_history', () => {
    it('a page sent while an overlapping one is uncommitted waits for it, then updates what it changed', async () => {
      const h = await sinkHarness(t);
      await seedCatalog(h);
      const [first, second] = await overlapping(
        (m) => write(m, h, 'sales_history', range(1, 6).map((n) => salesHistory(n))),
        (m) =>
          write(
            m,
            h,
            'sales_history',
            range(5, 10)
              .reverse()
              .map((n) => salesHistory(n, n <= 6 ? { quantity: '99' } : {})),
          ),
      );
      expect(first).toEqual(result({ created: 6 }));
      expect(second).toEqual(result({ created: 4, updated: 2 }));
      const rows = await h.query<{ period_start: string; quantity: string }>(
        'SELECT period_start::text AS period_start, quantity::text AS quantity FROM sales_history WHERE organization_id = $1 ORDER BY period_start',
        [h.organizationId],
      );
      expect(rows).toEqual(
        range(1, 10).map((n) => ({ period_start: salesHistory(n).periodStart, quantity: n === 5 || n === 6 ? '99.0000' : '12.0000' })),
      );
    });

    it('pages sent together end with one row per natural key, each created once', async () => {
      const h = await sinkHarness(t);
      await seedCatalog(h);
      const weeks = (from: number, to: number, sku: string) => range(from, to).map((n) => salesHistory(n, { skuExternalId: sku }));
      const results = await together([
        (m) => write(m, h, 'sales_history', [...weeks(1, 40, 'variant-a'), ...weeks(1, 40, 'variant-b')]),
        (m) => write(m, h, 'sales_history', [...weeks(31, 52, 'variant-b'), ...weeks(31, 52, 'variant-a')].reverse()),
      ]);
      const total = results.reduce((sum, r) => ({ ...sum, created: sum.created + r.created, unchanged: sum.unchanged + r.unchanged }));
      expect(total).toEqual(result({ created: 104, unchanged: 20 }));
      expect(await count(h, 'FROM sales_history WHERE organization_id = $1')).toBe(104);
    });
  });

  describe('products', () => {
    it('two integrations of one organization syncing the same codes at once: one SKU per code, every mapping made', async () => {
      const first = await sinkHarness(t);
      const second = await sinkHarness(t, first.organizationId);
      const [a, b] = await overlapping(
        (m) => write(m, first, 'products', range(1, 3).map((n) => product(`first-${n}`, `C${n}`))),
        (m) => write(m, second, 'products', range(2, 4).map((n) => product(`second-${n}`, `C${n}`))),
      );
      expect(a).toEqual(result({ created: 3 }));
      // C2 and C3 are there, unchanged, once the first commits: only their mappings are new.
      expect(b).toEqual(result({ created: 1, updated: 2 }));
      expect(await count(first, 'FROM skus WHERE organization_id = $1')).toBe(4);
      const mappings = await first.query<{ external_id: string; code: string }>(
        `SELECT x.external_id, s.code FROM sku_external_ids x JOIN skus s ON s.id = x.sku_id
         WHERE x.organization_id = $1 ORDER BY x.external_id`,
        [first.organizationId],
      );
      expect(mappings).toEqual([
        { external_id: 'first-1', code: 'C1' },
        { external_id: 'first-2', code: 'C2' },
        { external_id: 'first-3', code: 'C3' },
        { external_id: 'second-2', code: 'C2' },
        { external_id: 'second-3', code: 'C3' },
        { external_id: 'second-4', code: 'C4' },
      ]);
    });

    it('one integration’s page sent twice at once: the second finds it unchanged, or updates what it renamed', async () => {
      const h = await sinkHarness(t);
      const page = range(1, 3).map((n) => product(`p-${n}`, `C${n}`));
      const [a, b] = await overlapping(
        (m) => write(m, h, 'products', page),
        (m) => write(m, h, 'products', page),
      );
      expect([a, b]).toEqual([result({ created: 3 }), result({ unchanged: 3 })]);
      const renamed = page.map((p) => (p.sku === 'C2' ? { ...p, name: 'Renamed' } : p));
      const [c, d] = await overlapping(
        (m) => write(m, h, 'products', [...page, product('p-4', 'C4')]),
        (m) => write(m, h, 'products', renamed),
      );
      expect([c, d]).toEqual([result({ created: 1, unchanged: 3 }), result({ updated: 1, unchanged: 2 })]);
      const skus = await h.query<{ code: string; name: string; external_ids: string }>(
        `SELECT s.code, s.name, string_agg(x.external_id, ',') AS external_ids FROM skus s JOIN sku_external_ids x ON x.sku_id = s.id
         WHERE s.organization_id = $1 GROUP BY s.code, s.name ORDER BY s.code`,
        [h.organizationId],
      );
      expect(skus).toEqual([
        { code: 'C1', name: 'Product C1', external_ids: 'p-1' },
        { code: 'C2', name: 'Renamed', external_ids: 'p-2' },
        { code: 'C3', name: 'Product C3', external_ids: 'p-3' },
        { code: 'C4', name: 'Product C4', external_ids: 'p-4' },
      ]);
    });
  });
});
