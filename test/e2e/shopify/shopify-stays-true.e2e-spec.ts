import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type FakeOrder, type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectStatus } from '../../support/expectations.js';
import { soldOnly, storedSales, storeNetSales } from '../../support/shopify-sales.js';
import { executionOf, syncToEnd, triggerSync, waitForSession } from '../../support/sync-fixtures.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { newOrganization } from '../../support/tokens.js';

/** Orders from yesterday on: after the backfill, changes are read page by page. */
const RECENT = (): string => new Date(Date.now() - 86_400_000).toISOString();
const cents = (amount: string): number => Math.round(Number(amount) * 100);
const real = (orders: readonly FakeOrder[]): FakeOrder[] => orders.filter((o) => !o.test);

describe('Shopify sales stay true to the store after the first sync', () => {
  const app = syncSuiteApp('tether_shopify_true');
  let shop: FakeShopify;

  afterEach(async () => {
    await shop.close();
  });

  async function createShopify(admin: ApiClient, capabilities = ['channels', 'products', 'sales_orders']): Promise<string> {
    const created = await admin.POST('/integrations', {
      body: {
        name: `Shop ${Math.random().toString(36).slice(2, 7)}`,
        externalService: 'shopify',
        capabilities: capabilities as never,
        credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken },
        enabled: false,
      },
    });
    expectStatus(created, 201);
    return (created.data as { id: string }).id;
  }

  /** The stored order, read by its gid (the client encodes it). */
  async function storedOrder(admin: ApiClient, integrationId: string, externalId: string) {
    const found = await admin.GET('/sales-orders/{integrationId}/{externalId}', { params: { path: { integrationId, externalId } } });
    expectStatus(found, 200);
    return found.data;
  }

  const pick = (status: FakeOrder['financialStatus'], taken: Set<string>): FakeOrder => {
    const order = real(shop.orders()).find((o) => o.financialStatus === status && o.cancelledAt === null && !taken.has(o.id) && o.lineItems.some((l) => l.currentQuantity > 1));
    if (order === undefined) throw new Error(`the fake store has no ${status} order left to change`);
    taken.add(order.id);
    return order;
  };

  it('refunds, partial refunds, voids, cancellations and payments after a sync: units and amounts per SKU equal the store’s net sales', async () => {
    shop = await startFakeShopify({
      orders: 150,
      variants: 12,
      linesPerOrder: 3,
      seed: 23,
      bucketSize: 2000,
      restoreRate: 1000,
      startDate: RECENT(),
      presentmentCurrencyCode: 'EUR',
      presentmentRate: 0.9,
      customLineRate: 0.05,
    });
    const admin = app.t.client(newOrganization('shoptrue'), 'admin');
    const id = await createShopify(admin);
    const first = await syncToEnd(admin, id);
    expect(first.status).toBe('succeeded');
    // Every order but test orders is stored, whatever its payment state.
    expect(executionOf(first, 'sales_orders').recordsFetched).toBe(real(shop.orders()).length);
    let stored = await storedSales(admin, id);
    expect(stored.orders.size).toBe(real(shop.orders()).length);
    expect(soldOnly(stored.bySku)).toEqual(storeNetSales(shop));
    // Custom items (no variant, no SKU) are named by their title, so they can be mapped or ignored.
    expect(executionOf(first, 'sales_orders').unmapped.some((u) => u.kind === 'sku' && /^custom:\S/.test(u.externalId))).toBe(true);
    expect(executionOf(first, 'sales_orders').unmapped.every((u) => u.externalId !== 'sku:')).toBe(true);

    const taken = new Set<string>();
    const partly = pick('PAID', taken);
    const wholly = pick('PAID', taken);
    const cancelled = pick('PAID', taken);
    const again = pick('PARTIALLY_REFUNDED', taken);
    const voided = pick('AUTHORIZED', taken);
    const paid = pick('PENDING', taken);
    shop.refundOrder(partly.id, 1);
    shop.refundOrder(wholly.id);
    shop.cancelOrder(cancelled.id, { refund: true });
    shop.refundOrder(again.id, 1);
    shop.voidOrder(voided.id);
    shop.payOrder(paid.id);
    const second = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(second, 'sales_orders')).toMatchObject({ status: 'succeeded', recordsFetched: 6, updated: 6, created: 0 });
    expect(shop.bulkOperations()).toHaveLength(1);
    stored = await storedSales(admin, id);
    expect(soldOnly(stored.bySku)).toEqual(storeNetSales(shop));

    for (const changed of [partly, wholly, cancelled, again, voided, paid]) {
      const truth = shop.orderTruth(changed.id);
      const row = await storedOrder(admin, id, changed.id);
      expect({ id: changed.id, status: row?.status, cancelled: row?.cancelledAt !== null, total: cents(row?.totalAmount ?? ''), refunded: cents(row?.refundedAmount ?? '') }).toEqual({
        id: changed.id,
        status: truth.financialStatus.toLowerCase(),
        cancelled: truth.cancelledAt !== null,
        total: truth.currentTotalCents,
        refunded: truth.totalRefundedCents,
      });
      // Amounts are the shop's (USD), not the customer's presentment currency.
      expect(row?.currency).toBe('USD');
    }
    expect((await storedOrder(admin, id, cancelled.id))?.countsAsSale).toBe(false);
    expect((await storedOrder(admin, id, voided.id))?.countsAsSale).toBe(false);
    expect((await storedOrder(admin, id, wholly.id))?.countsAsSale).toBe(false);
    expect((await storedOrder(admin, id, paid.id))?.countsAsSale).toBe(true);
    const partlyRow = await storedOrder(admin, id, partly.id);
    expect(partlyRow?.countsAsSale).toBe(true);
    // Per line: the units left after the refund, and the units ordered beside them.
    const partlyNow = shop.orders().find((o) => o.id === partly.id);
    expect(partlyRow?.lines.map((l) => [l.externalId, Number(l.quantity), Number(l.orderedQuantity)])).toEqual(
      (partlyNow?.lineItems ?? []).filter((l) => l.variantId !== null).map((l) => [l.id, l.currentQuantity, l.quantity]),
    );
    expect(partlyNow?.lineItems.some((l, i) => l.currentQuantity < (partly.lineItems[i]?.currentQuantity ?? 0))).toBe(true);

    // A reset and a resync (a bulk export again) store the same.
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: { capabilities: ['sales_orders'] } }), 200);
    const third = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(third, 'sales_orders')).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: real(shop.orders()).length });
    stored = await storedSales(admin, id);
    expect(soldOnly(stored.bySku)).toEqual(storeNetSales(shop));
  });

  it('loses no order changed while a bulk export runs: the next read starts from the export’s start', async () => {
    shop = await startFakeShopify({ orders: 40, variants: 8, linesPerOrder: 2, seed: 31, startDate: RECENT(), bulkCompleteAfterMs: 2_000 });
    const admin = app.t.client(newOrganization('shopexport'), 'admin');
    const id = await createShopify(admin);
    const sold = real(shop.orders()).filter((o) => o.financialStatus === 'PAID' && o.cancelledAt === null);
    const early = sold[0];
    const late = sold.at(-1);
    if (early === undefined || late === undefined) throw new Error('the fake store has no paid orders');

    const session = await triggerSync(admin, id);
    // While the export walks the orders: the early one was already read as it was, the late one will be read changed.
    for (let tries = 0; !shop.bulkOperations().some((b) => b.status === 'RUNNING' || b.status === 'CREATED'); tries += 1) {
      if (tries > 200) throw new Error('no bulk export started');
      await sleep(20);
    }
    await sleep(700);
    shop.editOrders([early.id]);
    shop.editOrders([late.id]);
    expect((await waitForSession(admin, session.id)).status).toBe('succeeded');
    expect(shop.bulkOperations()).toHaveLength(1);

    const next = await syncToEnd(admin, id, { capabilities: ['sales_orders'] });
    expect(executionOf(next, 'sales_orders').status).toBe('succeeded');
    // Paged, not exported again.
    expect(shop.bulkOperations()).toHaveLength(1);
    for (const changed of [early, late]) {
      expect(cents((await storedOrder(admin, id, changed.id))?.totalAmount ?? '')).toBe(shop.orderTruth(changed.id).currentTotalCents);
    }
    expect(soldOnly((await storedSales(admin, id)).bySku)).toEqual(storeNetSales(shop));
  });

  it('resumes an interrupted read where it stopped: orders sharing one instant are not read twice', async () => {
    shop = await startFakeShopify({ orders: 90, variants: 8, linesPerOrder: 2, seed: 37, bucketSize: 2000, restoreRate: 1000, startDate: RECENT() });
    const admin = app.t.client(newOrganization('shopresume'), 'admin');
    const id = await createShopify(admin, ['channels', 'products', 'sales_orders']);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');

    // 60 orders change at one instant; the read is cut off after two pages (19 orders each), after one request each for the channel and the products.
    const edited = real(shop.orders()).slice(0, 60).map((o) => o.id);
    shop.editOrders(edited);
    const token = shop.accessToken;
    shop.revokeTokenAfter(4);
    const cut = await syncToEnd(admin, id);
    expect(cut.status).toBe('partially_failed');
    expect(executionOf(cut, 'sales_orders')).toMatchObject({ recordsFetched: 38, updated: 38, error: { kind: 'auth' } });

    shop.setAccessToken(token);
    const resumed = await syncToEnd(admin, id);
    expect(resumed.status).toBe('succeeded');
    // Only what was not written yet: the cursor did not step back to the start of the instant.
    expect(executionOf(resumed, 'sales_orders')).toMatchObject({ recordsFetched: edited.length - 38, updated: edited.length - 38, unchanged: 0 });
    expect(soldOnly((await storedSales(admin, id)).bySku)).toEqual(storeNetSales(shop));
  });

  it('runs no export on a quiet store, and does not start a read by running into the bucket the last one drained', async () => {
    // The newest order is weeks old: a quiet store.
    const start = new Date(Date.now() - 30 * 86_400_000).toISOString();
    shop = await startFakeShopify({ orders: 60, variants: 8, linesPerOrder: 2, seed: 41, startDate: start, orderIntervalSeconds: 3_600, bucketSize: 1000, restoreRate: 200 });
    const admin = app.t.client(newOrganization('shopquiet'), 'admin');
    const id = await createShopify(admin, ['channels', 'products', 'pricing', 'sales_orders', 'pending_sales']);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    expect(shop.bulkOperations()).toHaveLength(1);
    for (let i = 0; i < 2; i += 1) {
      const quiet = await syncToEnd(admin, id);
      expect(quiet.status).toBe('succeeded');
      expect(executionOf(quiet, 'sales_orders')).toMatchObject({ recordsFetched: 0 });
    }
    // Nothing changed: no export after the first.
    expect(shop.bulkOperations()).toHaveLength(1);

    // A busy sync: each capability's read starts where the last one left the bucket.
    shop.editOrders(real(shop.orders()).slice(0, 40).map((o) => o.id));
    shop.resetStats();
    const busy = await syncToEnd(admin, id);
    expect(busy.status).toBe('succeeded');
    expect(executionOf(busy, 'sales_orders').recordsFetched).toBe(40);
    expect(shop.stats()).toMatchObject({ throttled: 0, maxCostRefused: 0 });
  });
});
