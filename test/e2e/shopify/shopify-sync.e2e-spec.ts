import { afterEach, describe, expect, it } from '@jest/globals';
import { OLDER_ORDERS_NOTE } from '../../../src/connectors/shopify/shopify-bulk.reader.js';
import { type FakeOrder, type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { type SkuSales, soldOnly, storedSales, storeNetSales } from '../../support/shopify-sales.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { newOrganization } from '../../support/tokens.js';

const UNPAID = new Set(['PENDING', 'AUTHORIZED', 'PARTIALLY_PAID']);
/** Orders from yesterday on: after the backfill, changes are read page by page (a long gap goes through a bulk export). */
const RECENT = (): string => new Date(Date.now() - 86_400_000).toISOString();

/** What the sync must end with: every order but test orders, whatever its payment state. */
const synced = (orders: readonly FakeOrder[]): FakeOrder[] => orders.filter((o) => !o.test);

describe('Shopify, against the fake store, through the API', () => {
  const app = syncSuiteApp('tether_shopify');
  let shop: FakeShopify;

  afterEach(async () => {
    await shop.close();
  });

  const credentials = (): { storeDomain: string; accessToken: string } => ({ storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken });

  async function createShopify(admin: ApiClient): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: { name: `Shop ${Math.random().toString(36).slice(2, 7)}`, externalService: 'shopify', capabilities: ['channels', 'products', 'pricing', 'sales_orders', 'pending_sales'], credentials: credentials() },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  /** Synced orders and the sales per variant they add up to, beside the store's own net sales. */
  async function syncedSales(admin: ApiClient, integrationId: string): Promise<{ orders: number; sales: Map<string, SkuSales> }> {
    const stored = await storedSales(admin, integrationId);
    return { orders: stored.orders.size, sales: soldOnly(stored.bySku) };
  }

  it('checks credentials before saving them and once saved, without leaking the token', async () => {
    shop = await startFakeShopify({ orders: 5, shopName: 'Acme Test Shop' });
    const admin = app.t.client(newOrganization('shopcheck'), 'admin');
    const ok = await admin.POST('/external-services/{key}/check', { params: { path: { key: 'shopify' } }, body: { credentials: credentials() } });
    expectStatus(ok, 200);
    expect(ok.data).toMatchObject({ ok: true, summary: 'connected to Acme Test Shop', details: { shop: 'Acme Test Shop', currency: 'USD' }, error: null });

    const refused = await admin.POST('/external-services/{key}/check', {
      params: { path: { key: 'shopify' } },
      body: { credentials: { ...credentials(), accessToken: 'shpat_wrong_token_canary' } },
    });
    expect(refused.data).toMatchObject({ ok: false, error: { kind: 'auth', retryable: false } });
    expect(refused.data?.error?.message).toContain('HTTP 401');
    expect(JSON.stringify(refused.data)).not.toContain('shpat_wrong_token_canary');

    expectValidationError(
      await admin.POST('/external-services/{key}/check', { params: { path: { key: 'shopify' } }, body: { credentials: { storeDomain: 'evil.example.com', accessToken: 'x' } } }),
      'credentials.storeDomain',
      'pattern',
    );

    const id = await createShopify(admin);
    const saved = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(saved.data).toMatchObject({ ok: true, details: { shop: 'Acme Test Shop' } });
    shop.revokeToken();
    const revoked = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expect(revoked.data).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });

  it('dry run, products, backfill, incremental after changes, reset: rows equal the store, no duplicates', async () => {
    // A Plus-sized bucket keeps the test quick; pacing at 50 points/s is the benchmark's.
    shop = await startFakeShopify({ orders: 120, variants: 15, linesPerOrder: 3, unknownSkuRate: 0.1, seed: 7, bucketSize: 2000, restoreRate: 1000, startDate: RECENT() });
    const admin = app.t.client(newOrganization('shopsync'), 'admin');
    const id = await createShopify(admin);
    const expected = synced(shop.orders());

    // The store's channel first; then a dry run reads every order and names the SKUs it could not
    // map (a dry run maps against what Tether holds: its own products are not written).
    expect((await syncToEnd(admin, id, { capabilities: ['channels'] })).status).toBe('succeeded');
    const dry = await syncToEnd(admin, id, { dryRun: true });
    expect(dry.status).toBe('succeeded');
    expect(executionOf(dry, 'sales_orders').recordsFetched).toBe(expected.length);
    expect(executionOf(dry, 'sales_orders').unmapped.some((u) => u.kind === 'sku' && u.externalId.startsWith('gid://shopify/ProductVariant/'))).toBe(true);
    expect((await syncedSales(admin, id)).orders).toBe(0);

    const first = await syncToEnd(admin, id);
    expect(first.status).toBe('succeeded');
    expect(executionOf(first, 'channels')).toMatchObject({ recordsFetched: 1, unchanged: 1 });
    expect(executionOf(first, 'products')).toMatchObject({ recordsFetched: shop.variants().length, created: shop.variants().length });
    expect(executionOf(first, 'pricing').recordsFetched).toBe(shop.variants().length);
    expect(executionOf(first, 'sales_orders')).toMatchObject({ recordsFetched: expected.length, created: expected.length });
    expect(executionOf(first, 'sales_orders').notes).toEqual([]);
    // Open unpaid orders' lines, as a snapshot (lines without a variant cannot be mapped).
    const pending = shop
      .orders()
      .filter((o) => UNPAID.has(o.financialStatus) && !o.test && o.cancelledAt === null)
      .flatMap((o) => o.lineItems);
    expect(pending.length).toBeGreaterThan(0);
    const pendingRows = await admin.GET('/pending-sales', { params: { query: { integrationId: id, limit: 1 } } });
    expect(pendingRows.data?.total).toBe(pending.filter((l) => l.variantId !== null).length);
    expect(executionOf(first, 'pending_sales')).toMatchObject({ status: 'succeeded', recordsFetched: pending.length });
    // Lines without a variant (SKUs not in the catalog, custom items) are the only ones left out.
    expect(executionOf(first, 'sales_orders').unmapped.every((u) => /^(sku|custom):\S/.test(u.externalId))).toBe(true);
    let rows = await syncedSales(admin, id);
    expect(rows.orders).toBe(expected.length);
    expect(rows.sales).toEqual(storeNetSales(shop));
    // Each backfill (the dry run's, then this one) went through one bulk operation.
    expect(shop.bulkOperations()).toHaveLength(2);
    // Its progress total is the orders the export counted (line items not counted; test orders not exported).
    const exported = shop.bulkOperations()[1]?.rootObjectCount;
    expect(exported).toBe(shop.orders().filter((o) => !o.test).length);
    expect(executionOf(first, 'sales_orders').progress).toEqual({ records: expected.length, pages: 1, total: exported, estimatedSecondsLeft: null });

    // Ten orders change: only they are read again, page by page.
    const mutated = new Set(shop.mutateOrders(10));
    const bulkBefore = shop.bulkOperations().length;
    const changedPaid = synced(shop.orders()).filter((o) => mutated.has(o.id));
    const second = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(second, 'sales_orders')).toMatchObject({ recordsFetched: changedPaid.length, updated: changedPaid.length, created: 0 });
    // Paged reading says no total.
    expect(executionOf(second, 'sales_orders').progress.total).toBeNull();
    expect(shop.bulkOperations()).toHaveLength(bulkBefore);
    rows = await syncedSales(admin, id);
    expect(rows.sales).toEqual(storeNetSales(shop));

    // After a reset the backfill runs again and changes nothing.
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 200);
    const third = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(third, 'sales_orders')).toMatchObject({ recordsFetched: expected.length, unchanged: expected.length, created: 0, updated: 0 });
    expect(shop.bulkOperations()).toHaveLength(3);
    rows = await syncedSales(admin, id);
    expect(rows.orders).toBe(expected.length);
    expect(rows.sales).toEqual(storeNetSales(shop));
    expect(shop.stats().maxCostRefused).toBe(0);
  });

  it('ends with the same rows through 5xx, throttling, 429s, slow and malformed replies', async () => {
    shop = await startFakeShopify({ orders: 60, variants: 10, linesPerOrder: 2, seed: 11, bucketSize: 2000, restoreRate: 1000, startDate: RECENT(), fiveHundredRate: 0.2, throttleRate: 0.1, tooManyRequestsRate: 0.05, retryAfterSeconds: 0, slowRate: 0.05, slowMs: 200 });
    shop.malformNext();
    const admin = app.t.client(newOrganization('shopfaults'), 'admin');
    const id = await createShopify(admin);
    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('succeeded');
    const mutated = new Set(shop.mutateOrders(5));
    await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    const rows = await syncedSales(admin, id);
    expect(rows.orders).toBe(synced(shop.orders()).length);
    expect(rows.sales).toEqual(storeNetSales(shop));
    expect(mutated.size).toBe(5);
    // The faults really happened, and were ridden out.
    const stats = shop.stats();
    expect(stats.serverErrors).toBeGreaterThan(0);
    expect(stats.injectedThrottles).toBeGreaterThan(0);
    expect(stats.tooManyRequests + stats.slowed).toBeGreaterThan(0);
    expect(stats.malformed).toBe(1);
  });

  it('runs a failed or expired export again, and waits out a bulk query already running', async () => {
    shop = await startFakeShopify({ orders: 40, variants: 8, linesPerOrder: 2, seed: 5, bulkCompleteAfterMs: 600 });
    const admin = app.t.client(newOrganization('shopbulk'), 'admin');
    const id = await createShopify(admin);
    const expected = synced(shop.orders()).length;

    shop.failNextBulk();
    const failedOnce = await syncToEnd(admin, id);
    expect(executionOf(failedOnce, 'sales_orders')).toMatchObject({ status: 'succeeded', attempts: 2, recordsFetched: expected });
    expect(shop.bulkOperations().map((b) => b.status)).toEqual(['FAILED', 'COMPLETED']);

    shop.expireNextBulk();
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 200);
    const expiredOnce = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(expiredOnce, 'sales_orders')).toMatchObject({ status: 'succeeded', attempts: 2, unchanged: expected });

    // Another app's bulk query is running: the backfill waits for it instead of failing.
    const bulkBefore = shop.bulkOperations().length;
    const startsBefore = shop.requests().filter((r) => JSON.stringify(r.body).includes('mutation Backfill')).length;
    const other = await fetch(shop.graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.accessToken },
      body: JSON.stringify({ query: 'mutation { bulkOperationRunQuery(query: "{ orders { edges { node { id } } } }") { bulkOperation { id } userErrors { message } } }' }),
    });
    expect(((await other.json()) as { data: { bulkOperationRunQuery: { userErrors: unknown[] } } }).data.bulkOperationRunQuery.userErrors).toEqual([]);
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 200);
    const waited = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(waited, 'sales_orders')).toMatchObject({ status: 'succeeded', attempts: 1, unchanged: expected });
    expect(shop.bulkOperations()).toHaveLength(bulkBefore + 2);
    // Refused at least once while the other ran, then started.
    expect(shop.requests().filter((r) => JSON.stringify(r.body).includes('mutation Backfill')).length - startsBefore).toBeGreaterThanOrEqual(2);

    // The store's orders are months old but it was read a moment ago: what changed since is paged, not exported.
    const changed = new Set(shop.mutateOrders(6));
    const changedReal = synced(shop.orders()).filter((o) => changed.has(o.id)).length;
    const caughtUp = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(caughtUp, 'sales_orders')).toMatchObject({ status: 'succeeded', recordsFetched: changedReal, updated: changedReal });
    expect(shop.bulkOperations()).toHaveLength(bulkBefore + 2);
  });

  it('fails fast with a clear auth error when the token is revoked, and never logs the token', async () => {
    shop = await startFakeShopify({ orders: 5, accessToken: 'shpat_canary_token_2f7e' });
    const admin = app.t.client(newOrganization('shoprevoked'), 'admin');
    const id = await createShopify(admin);
    shop.revokeToken();
    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('failed');
    const products = executionOf(session, 'products');
    expect(products).toMatchObject({ status: 'failed', attempts: 1, error: { kind: 'auth', retryable: false } });
    expect(products.error?.message).toContain('refused the access token');
    expect(JSON.stringify(session)).not.toContain('shpat_canary_token_2f7e');
    expect(app.t.logger.lines.join('\n')).not.toContain('shpat_canary_token_2f7e');
  });

  it('says when the backfill stops at the 60-day window', async () => {
    // Orders from 60 days ago to now, as an app without read_all_orders sees them.
    const start = new Date(Date.now() - 60 * 86_400_000 + 3_600_000).toISOString();
    shop = await startFakeShopify({ orders: 30, startDate: start, orderIntervalSeconds: 2 * 86_400 });
    const admin = app.t.client(newOrganization('shopwindow'), 'admin');
    const id = await createShopify(admin);
    const session = await syncToEnd(admin, id);
    expect(executionOf(session, 'sales_orders').notes).toEqual([OLDER_ORDERS_NOTE]);
  });
});
