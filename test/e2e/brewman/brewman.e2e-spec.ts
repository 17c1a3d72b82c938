import { afterEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DEFAULT_API_TOKEN, type FakeBrewman, type Order, startFakeBrewman } from '../../fakes/brewman/index.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus } from '../../support/expectations.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { newOrganization } from '../../support/tokens.js';
import { listAll } from '../../support/warehouse-sync.js';
import { daysAgo, expected, storedOrder, storedPrice, storedStock } from './brewman-fixtures.js';

const ALL = ['products', 'channels', 'warehouse_inventory', 'pricing', 'sales_orders'] as const;

describe('Brewman, against the fake, through the API', () => {
  const app = syncSuiteApp('tether_brewman');
  let fake: FakeBrewman;

  afterEach(async () => {
    await fake.close();
  });

  const tradeList = (): string => fake.priceLists()[0]?.id as string;

  async function createBrewman(admin: ApiClient, settings: Record<string, unknown> = {}, credentials: Record<string, unknown> = {}): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: {
        name: `Brewery ${randomUUID().slice(0, 6)}`,
        externalService: 'brewman',
        capabilities: [...ALL],
        enabled: false,
        credentials: { baseUrl: fake.url, apiToken: fake.apiToken, tenantId: fake.tenantId, ...credentials },
        settings: { orderHistoryDays: 60, orderLookbackDays: 7, ordersPerRequest: 20, priceListId: tradeList(), ...settings },
      },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  /** Every stored order by external id, in the terms of `expected(fake).order`. */
  const storedOrders = async (admin: ApiClient, id: string): Promise<Map<string, string>> => new Map((await listAll(admin, '/sales-orders', id)).map((row) => [row.externalId as string, storedOrder(row)]));
  const fakeOrders = (from: string, except: readonly string[] = []): Map<string, string> => {
    const terms = expected(fake);
    return new Map(
      fake
        .orders()
        .filter((o) => o.header.readOnly.createdAt.slice(0, 10) >= from && !except.includes(o.id))
        .map((o) => [o.id, terms.order(o)]),
    );
  };

  async function expectStoredEqualsFake(admin: ApiClient, id: string): Promise<void> {
    const terms = expected(fake);
    expect((await listAll(admin, '/warehouse-inventory', id)).map(storedStock).sort()).toEqual(terms.stock);
    expect((await listAll(admin, '/pricing', id)).map(storedPrice).sort()).toEqual(terms.prices(tradeList()));
    const skus = await admin.GET('/sku-mappings', { params: { query: { integrationId: id, limit: 100 } } });
    expect((skus.data?.items ?? []).map((m) => m.externalId).sort()).toEqual(terms.goods);
    const channels = await admin.GET('/channel-mappings', { params: { query: { integrationId: id, limit: 100 } } });
    expect((channels.data?.items ?? []).map((m) => m.externalId).sort()).toEqual(terms.outlets);
  }

  it('checks, dry run, syncs each capability equal to Brewman, re-reads the lookback only, updates changed and cancelled orders, resets without duplicates', async () => {
    fake = await startFakeBrewman({ seed: 21, startDate: daysAgo(45), days: 45, ordersPerDay: 4, clock: Date.now });
    const admin = app.t.client(newOrganization('bmsync'), 'admin');
    const id = await createBrewman(admin);

    const check = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(check.data).toMatchObject({ ok: true, details: { stockLocations: String(fake.stockLocations().length), priceListLines: String(fake.priceListLines(tradeList()).length) } });

    const dry = executionOf(await syncToEnd(admin, id, { dryRun: true, capabilities: ['sales_orders'] }), 'sales_orders');
    expect(dry.status).toBe('succeeded');
    expect(dry.unmapped.length).toBeGreaterThan(0);
    expect(await listAll(admin, '/sales-orders', id)).toHaveLength(0);

    fake.resetRequests();
    const first = await syncToEnd(admin, id);
    expect(first.status).toBe('succeeded');
    await expectStoredEqualsFake(admin, id);
    expect(await storedOrders(admin, id)).toEqual(fakeOrders(daysAgo(60)));

    // Every property sent was read by the server (a misspelt filter would show as ignored), and each filter filtered.
    expect(fake.requests.flatMap((r) => r.ignored)).toEqual([]);
    const orderFilters = fake.requestsTo('Order/v1/GetOrdersByFilter').map((r) => (r.bound as { filter: { fromOrderDate: string; toOrderDate: string; maximumResults: number } }).filter);
    expect(orderFilters.every((f) => f.maximumResults === 20)).toBe(true);
    expect(orderFilters.map((f) => f.fromOrderDate.slice(0, 10)).sort()[0]).toBe(daysAgo(60));
    const spans = orderFilters.map((f) => (Date.parse(f.toOrderDate.slice(0, 10)) - Date.parse(f.fromOrderDate.slice(0, 10))) / 86_400_000 + 1);
    // Seven-day windows of 28 orders exceed 20 and were split.
    expect(spans).toContain(7);
    expect(spans.some((days) => days < 7)).toBe(true);
    const itemFilters = fake.requestsTo('Item/v1/GetEntireItemsByFilter').map((r) => (r.bound as { filter: { mainPurposes: string[] } }).filter.mainPurposes);
    expect(itemFilters).toContainEqual(['Product', 'AutoAssembledItem']);

    // Upstream: orders of the last days cancelled, completed, edited; new orders; one order older than the lookback changed; stock moved and a location emptied; a price changed.
    const recent = fake.orders().filter((o) => o.header.readOnly.createdAt.slice(0, 10) >= daysAgo(4) && o.header.readOnly.status === 'Open');
    const [cancelled, completed, edited] = recent as [Order, Order, Order];
    fake.cancelOrder(cancelled.id, 'Pub closed');
    fake.setOrderStatus(completed.id, 'Complete');
    fake.setLineQuantity(edited.id, edited.lines[0]?.id as string, 9);
    fake.addOrders(3);
    const old = fake.orders().find((o) => o.header.readOnly.createdAt.slice(0, 10) === daysAgo(20)) as Order;
    const oldBefore = (await storedOrders(admin, id)).get(old.id);
    fake.setOrderStatus(old.id, 'Cancelled');
    const level = expected(fake).stock.length;
    const moved = fake.stockLevels()[0];
    if (moved !== undefined) fake.moveStock(moved.stockItemId, moved.stockLocationId, 5);
    expect(fake.emptyStockLocation(fake.stockLocations()[1]?.id as string)).toBeGreaterThan(0);
    fake.setListPrice(tradeList(), fake.priceListLines(tradeList()).find((l) => l.isAvailable)?.stockItemId as string, 99.5);
    fake.resetRequests();

    const second = await syncToEnd(admin, id);
    expect(second.status).toBe('succeeded');
    // Only the lookback is read again: from seven days before today.
    const secondFrom = fake.requestsTo('Order/v1/GetOrdersByFilter').map((r) => (r.bound as { filter: { fromOrderDate: string } }).filter.fromOrderDate.slice(0, 10));
    expect(secondFrom.sort()[0]).toBe(daysAgo(7));
    expect(executionOf(second, 'sales_orders').recordsFetched).toBe(fakeOrders(daysAgo(7)).size);
    await expectStoredEqualsFake(admin, id);
    expect(expected(fake).stock.length).toBeLessThan(level);
    const afterChanges = await storedOrders(admin, id);
    // The order changed 20 days after its date is beyond the lookback: it keeps what was read (a reset reads it again).
    expect(afterChanges).toEqual(new Map([...fakeOrders(daysAgo(60), [old.id]), [old.id, oldBefore as string]]));
    expect(afterChanges.get(cancelled.id)).toContain(' Cancelled false ');

    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} }), 200);
    const third = await syncToEnd(admin, id);
    expect(third.status).toBe('succeeded');
    expect(await storedOrders(admin, id)).toEqual(fakeOrders(daysAgo(60)));
    expect(await listAll(admin, '/sales-orders', id)).toHaveLength(fakeOrders(daysAgo(60)).size);
    await expectStoredEqualsFake(admin, id);
  }, 120_000);

  it('recovers from 429s, 5xx, malformed replies and dropped connections with the same data', async () => {
    fake = await startFakeBrewman({ seed: 22, startDate: daysAgo(10), days: 10, ordersPerDay: 3, clock: Date.now });
    const admin = app.t.client(newOrganization('bmfault'), 'admin');
    const id = await createBrewman(admin, { orderHistoryDays: 12 });
    fake.failNext(429, 2, { retryAfterSeconds: 1 });
    fake.failNext(502, 1);
    fake.failNext(503, 1, { retryAfterSeconds: 1, route: 'Order/v1/GetOrdersByFilter' });
    fake.failNext('malformed', 1, { route: 'Stock/v1/GetStockItemsQuantityCurrentlyInStock' });
    fake.failNext('reset', 1, { route: 'Outlet/v1/GetAllOutlets' });
    fake.failNext(500, 1, { route: 'PriceList/v1/GetLinesForPriceList' });
    fake.delayNext(1500, 1, 'Item/v1/GetEntireItemsByFilter');
    const synced = await syncToEnd(admin, id);
    expect(synced.status).toBe('succeeded');
    expect(fake.requests.filter((r) => r.fault !== null).length).toBeGreaterThanOrEqual(7);
    await expectStoredEqualsFake(admin, id);
    expect(await storedOrders(admin, id)).toEqual(fakeOrders(daysAgo(12)));
  }, 60_000);

  it('a revoked token, another tenant and an unknown price list fail fast with clear, secret-free messages', async () => {
    fake = await startFakeBrewman({ seed: 23, startDate: daysAgo(5), days: 5, clock: Date.now });
    const admin = app.t.client(newOrganization('bmauth'), 'admin');
    const id = await createBrewman(admin);

    const otherTenant = await createBrewman(admin, {}, { tenantId: randomUUID() });
    const tenant = await admin.POST('/integrations/{id}/check', { params: { path: { id: otherTenant } } });
    expect(tenant.data).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
    expect(tenant.data?.error?.message).toContain('credentials.tenantId');

    const noList = await createBrewman(admin, { priceListId: randomUUID() });
    const pricing = executionOf(await syncToEnd(admin, noList, { capabilities: ['pricing'] }), 'pricing');
    expect(pricing).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(pricing.error?.message).toContain('no price list with the id in settings.priceListId');

    fake.revokeToken();
    const started = Date.now();
    const revoked = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(revoked.data).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
    expect(revoked.data?.error?.message).toContain('credentials.apiToken');
    const sync = executionOf(await syncToEnd(admin, id, { capabilities: ['products'] }), 'products');
    expect(sync).toMatchObject({ status: 'failed', attempts: 1, error: { kind: 'auth' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    const said = JSON.stringify([tenant.data, pricing, revoked.data, sync]);
    for (const secret of [DEFAULT_API_TOKEN, fake.tenantId, fake.url]) expect(said).not.toContain(secret);
  }, 60_000);

  it('a day with more orders than one request returns fails as data naming the day, the days before it kept; a higher limit reads it whole', async () => {
    const busy = daysAgo(6);
    fake = await startFakeBrewman({ seed: 24, startDate: daysAgo(12), days: 12, ordersPerDay: 3, busyDays: { [busy]: 26 }, clock: Date.now });
    const admin = app.t.client(newOrganization('bmbusy'), 'admin');
    const id = await createBrewman(admin, { orderHistoryDays: 14 });
    const failed = executionOf(await syncToEnd(admin, id, { capabilities: ['products', 'channels', 'sales_orders'] }), 'sales_orders');
    expect(failed).toMatchObject({ status: 'failed', error: { kind: 'data', retryable: false } });
    expect(failed.error?.message).toBe(`Brewman has 26 orders dated ${busy}, more than the 20 one request returns (settings.ordersPerRequest); raise it to read that day whole`);
    // Windows before the busy day were written (the cursor stays where the data is); nothing of it or after it.
    const stored = await storedOrders(admin, id);
    expect(stored.size).toBeGreaterThan(0);
    expect([...stored.keys()].every((orderId) => fake.order(orderId).header.readOnly.createdAt.slice(0, 10) < busy)).toBe(true);

    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { orderHistoryDays: 14, ordersPerRequest: 50, priceListId: tradeList() } } }), 200);
    expect((await syncToEnd(admin, id, { capabilities: ['sales_orders'] })).status).toBe('succeeded');
    expect(await storedOrders(admin, id)).toEqual(fakeOrders(daysAgo(14)));
  }, 60_000);
});
