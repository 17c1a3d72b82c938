import { afterEach, describe, expect, it } from '@jest/globals';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { TrackStarConnector } from '../../../src/connectors/trackstar/trackstar.connector.js';
import { startFakeShopify } from '../../fakes/shopify/index.js';
import { type FakeTrackStar, type InventoryItem, startFakeTrackStar } from '../../fakes/trackstar/index.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus } from '../../support/expectations.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization } from '../../support/tokens.js';
import { listAll } from '../../support/warehouse-sync.js';

/** The stock a sync must end with: a row per item with a SKU and warehouse of its breakdown (all-zero levels left out, as below). */
const stockOf = (items: readonly InventoryItem[]): string[] =>
  items
    .filter((i) => i.sku !== null && i.sku !== '')
    .flatMap((i) =>
      Object.entries(i.inventory_by_warehouse_id)
        .filter(([, levels]) => levels.onhand !== 0 || levels.committed !== 0 || levels.fulfillable !== 0)
        .map(([warehouse, levels]) => `${i.sku as string}@${warehouse}=${levels.onhand}/${levels.committed}/${levels.fulfillable}`),
    )
    .sort();

/** What is stored, in the same terms (rows of zeros left out: stock that left a warehouse). */
const stored = (rows: readonly Record<string, unknown>[]): string[] =>
  rows
    .filter((r) => Number(r.onHand) !== 0 || Number(r.committed) !== 0 || Number(r.available) !== 0)
    .map((r) => `${r.skuCode as string}@${r.location as string}=${Number(r.onHand)}/${Number(r.committed)}/${Number(r.available)}`)
    .sort();

describe('TrackStar, against the fake, through the API', () => {
  const app = syncSuiteApp('tether_trackstar');
  let fake: FakeTrackStar;

  afterEach(async () => {
    await fake.close();
  });

  async function createTrackStar(admin: ApiClient, accessToken: string, name = `WMS ${Math.random().toString(36).slice(2, 7)}`): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: { name, externalService: 'trackstar', capabilities: ['products', 'warehouse_inventory'], enabled: false, credentials: { apiKey: fake.apiKey, accessToken }, settings: { baseUrl: fake.url } },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  it('checks, dry run, sync, changes (only changed items read; stock that left a warehouse zeroed), reset (a deleted item gone), no duplicates', async () => {
    fake = await startFakeTrackStar({ items: 1800, connections: 1, seed: 3, nullSkuRate: 0.02 });
    const [connection] = fake.connections();
    const token = connection?.accessToken as string;
    const admin = app.t.client(newOrganization('tssync'), 'admin');
    const id = await createTrackStar(admin, token);

    const check = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(check.data).toMatchObject({ ok: true, details: { connection: connection?.connectionId, inventory: 'ready' } });

    const dry = executionOf(await syncToEnd(admin, id, { dryRun: true, capabilities: ['warehouse_inventory'] }), 'warehouse_inventory');
    expect(dry.status).toBe('succeeded');
    expect(dry.unmapped.length).toBeGreaterThan(0);
    expect(await listAll(admin, '/warehouse-inventory', id)).toHaveLength(0);

    const first = await syncToEnd(admin, id);
    expect(first.status).toBe('succeeded');
    const withoutSku = fake.items().filter((i) => i.sku === null).length;
    expect(withoutSku).toBeGreaterThan(0);
    expect(executionOf(first, 'products').failed).toBe(withoutSku);
    expect(executionOf(first, 'warehouse_inventory').notes).toContain(`${withoutSku} items without a SKU were skipped`);
    expect(stored(await listAll(admin, '/warehouse-inventory', id))).toEqual(stockOf(fake.items()));

    // Upstream: stock moves, a warehouse emptied out of an item's breakdown, a new item, an item deleted.
    fake.advance(60);
    const items = fake.items().filter((i) => i.sku !== null);
    const [moved, emptied, deleted] = items as [InventoryItem, InventoryItem, InventoryItem];
    fake.setStock(moved.id, Object.keys(moved.inventory_by_warehouse_id)[0] as string, { onhand: 77, committed: 7, fulfillable: 70 });
    const leaving = Object.keys(emptied.inventory_by_warehouse_id)[0] as string;
    fake.removeWarehouse(emptied.id, leaving);
    fake.addItems(token, 1, { sku: 'NEW-SKU-1' });
    fake.deleteItem(deleted.id);
    fake.resetStats();
    const second = await syncToEnd(admin, id);
    expect(second.status).toBe('succeeded');
    // Only the three items TrackStar changed are read (the deleted one is not seen).
    expect(executionOf(second, 'products').recordsFetched).toBe(3);
    const afterChanges = await listAll(admin, '/warehouse-inventory', id);
    const emptiedRow = afterChanges.find((r) => r.skuCode === emptied.sku && r.location === leaving);
    expect(emptiedRow).toMatchObject({ onHand: expect.stringMatching(/^0(\.0+)?$/), available: expect.stringMatching(/^0(\.0+)?$/) });
    // Between full reads a deleted item keeps its last stock (TrackStar sends no tombstone): all else equals the WMS.
    const deletedRows = stockOf([deleted]);
    expect(stored(afterChanges).filter((row) => !deletedRows.includes(row))).toEqual(stockOf(fake.items()));

    // A reset reads everything again, replacing what was stored: the deleted item's stock goes, nothing twice.
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    expect(stored(await listAll(admin, '/warehouse-inventory', id))).toEqual(stockOf(fake.items()));
  }, 60_000);

  it('recovers from 429s, 5xx and malformed replies; 501 and 422 fail as config with TrackStar’s message; a revoked token fails fast, secret-free', async () => {
    fake = await startFakeTrackStar({ items: 1200, connections: 1, seed: 4, nullSkuRate: 0 });
    const token = fake.connections()[0]?.accessToken as string;
    const admin = app.t.client(newOrganization('tsfault'), 'admin');
    const id = await createTrackStar(admin, token);
    fake.failNext(429, 2, 'inventory');
    fake.failNext(503, 1, 'inventory');
    fake.failNext('malformed', 1, 'inventory');
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    expect(stored(await listAll(admin, '/warehouse-inventory', id))).toEqual(stockOf(fake.items()));

    fake.failNext(501, 1, 'inventory');
    const notImplemented = executionOf(await syncToEnd(admin, id, { capabilities: ['products'] }), 'products');
    expect(notImplemented).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(notImplemented.error?.message).toContain('not implemented');
    fake.failNext(422, 1, 'inventory');
    const invalid = executionOf(await syncToEnd(admin, id, { capabilities: ['products'] }), 'products');
    expect(invalid).toMatchObject({ status: 'failed', error: { kind: 'config' } });

    fake.revokeAccessToken(token);
    const started = Date.now();
    const revoked = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(revoked.data).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
    expect(revoked.data?.error?.message).toContain('Invalid access token');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(JSON.stringify(revoked.data)).not.toContain(token);
  }, 60_000);

  it('an empty read before TrackStar’s first sync of the WMS has completed is not “no stock”', async () => {
    fake = await startFakeTrackStar({ items: 300, connections: 1, seed: 6 });
    const token = fake.connections()[0]?.accessToken as string;
    const admin = app.t.client(newOrganization('tshistoric'), 'admin');
    const id = await createTrackStar(admin, token);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    const before = stored(await listAll(admin, '/warehouse-inventory', id));
    expect(before.length).toBeGreaterThan(0);
    fake.setHistoricalSyncCompleted(token, false);
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const waiting = executionOf(await syncToEnd(admin, id, { capabilities: ['warehouse_inventory'] }), 'warehouse_inventory');
    expect(waiting).toMatchObject({ status: 'failed', error: { kind: 'transient' } });
    expect(waiting.error?.message).toContain('historical sync');
    expect(stored(await listAll(admin, '/warehouse-inventory', id))).toEqual(before);
  }, 60_000);

  it('paces to 10 GET/s per access token: four 5,000-item inventory reads at once on one token draw at most 1% 429s', async () => {
    fake = await startFakeTrackStar({ items: 5000, connections: 1, seed: 9, shortPages: 0.5 });
    const token = fake.connections()[0]?.accessToken as string;
    const connector = new TrackStarConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver));
    const readAll = async (): Promise<number> => {
      let rows = 0;
      const pages = connector.read({ capability: 'warehouse_inventory', cursor: null, credentials: { apiKey: fake.apiKey, accessToken: token }, settings: { baseUrl: fake.url }, signal: AbortSignal.timeout(60_000) });
      for await (const page of pages) rows += page.records.length;
      return rows;
    };
    fake.resetStats();
    const reads = await Promise.all([readAll(), readAll(), readAll(), readAll()]);
    const stats = fake.stats();
    console.log(`TrackStar pacing: ${stats.requests} GETs at ${stats.requestsPerSecond.toFixed(1)}/s (limit 10/s, at most ${stats.peakPerSecond} in one second), ${stats.tooManyRequests} answered 429`);
    expect(new Set(reads).size).toBe(1);
    expect(stats.requests).toBeGreaterThan(20);
    expect(stats.tooManyRequests).toBeLessThanOrEqual(Math.floor(stats.requests * 0.01));
    expect(stats.requestsPerSecond).toBeLessThanOrEqual(10.5);
  }, 60_000);

  it('two WMS connections and a store in one organization keep their own rows; deleting one removes only its own (the store’s and the other WMS’s stay)', async () => {
    fake = await startFakeTrackStar({ items: 400, connections: 2, seed: 8, nullSkuRate: 0 });
    const [a, b] = fake.connections() as unknown as [{ accessToken: string }, { accessToken: string }];
    const admin = app.t.client(newOrganization('tsmulti'), 'admin');
    const first = await createTrackStar(admin, a.accessToken);
    const second = await createTrackStar(admin, b.accessToken);
    expect((await syncToEnd(admin, first)).status).toBe('succeeded');
    expect((await syncToEnd(admin, second)).status).toBe('succeeded');
    expect(stored(await listAll(admin, '/warehouse-inventory', first))).toEqual(stockOf(fake.items(a.accessToken)));
    expect(stored(await listAll(admin, '/warehouse-inventory', second))).toEqual(stockOf(fake.items(b.accessToken)));
    // A store in the same organization: its own channel and products beside the warehouses' rows.
    const shop = await startFakeShopify({ orders: 5, variants: 5, shopName: 'Acme Shop' });
    try {
      const created = await admin.POST('/integrations', {
        body: { name: 'Store', externalService: 'shopify', capabilities: ['channels', 'products', 'pricing'], enabled: false, credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken } },
      });
      expectStatus(created, 201);
      const store = (created.data as { id: string }).id;
      expect((await syncToEnd(admin, store)).status).toBe('succeeded');
      const prices = (await listAll(admin, '/pricing', store)).length;
      expect(prices).toBeGreaterThan(0);

      expectStatus(await admin.DELETE('/integrations/{id}', { params: { path: { id: first } } }), 204);
      expect(await listAll(admin, '/warehouse-inventory', first)).toHaveLength(0);
      expect(stored(await listAll(admin, '/warehouse-inventory', second))).toEqual(stockOf(fake.items(b.accessToken)));
      expect(await listAll(admin, '/pricing', store)).toHaveLength(prices);
    } finally {
      await shop.close();
    }
  }, 60_000);
});
