import { afterEach, describe, expect, it } from '@jest/globals';
import type { SourcePage } from '../../../src/sync-contract/source-page.js';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { ShopifyConnector } from '../../../src/connectors/shopify/shopify.connector.js';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import { testConfig } from '../../support/test-config.js';

/*
 * The connector alone against the fake store: after a long gap since the store was last
 * read, the changed orders are counted, and exported only when paging them would be slower.
 * (Through the API a gap of days cannot be waited for; the cursor says when the store was read.)
 */
describe('Shopify catching up after a long gap', () => {
  let shop: FakeShopify;
  afterEach(async () => {
    await shop.close();
  });

  const connector = (): ShopifyConnector => new ShopifyConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver));
  const eightDaysAgo = (): string => new Date(Date.now() - 8 * 86_400_000).toISOString();

  async function readAll(from: ShopifyConnector, cursor: Record<string, string | number> | null): Promise<{ orders: number; last: SourcePage['cursor'] }> {
    let orders = 0;
    let last: SourcePage['cursor'] = null;
    const pages = from.read({
      capability: 'sales_orders',
      cursor,
      credentials: { storeDomain: shop.shopDomain, accessToken: shop.accessToken },
      settings: {},
      signal: new AbortController().signal,
    });
    for await (const page of pages) {
      orders += page.records.length;
      last = page.cursor;
    }
    return { orders, last };
  }

  const countQueries = (): number => shop.requests().filter((r) => JSON.stringify(r.body).includes('ordersCount')).length;
  const real = (): number => shop.orders().filter((o) => !o.test).length;

  it('pages a few changed orders after a long gap (one count first), and the cursor says when the store was read', async () => {
    shop = await startFakeShopify({ orders: 30, linesPerOrder: 2, seed: 3, bucketSize: 2000, restoreRate: 1000 });
    const before = Date.now();
    const read = await readAll(connector(), { updatedAt: '1970-01-01T00:00:00Z', id: 0, readAt: eightDaysAgo() });
    expect(read.orders).toBe(real());
    expect(shop.bulkOperations()).toHaveLength(0);
    expect(countQueries()).toBe(1);
    const readAt = Date.parse(String((read.last as { readAt?: string }).readAt));
    expect(readAt).toBeGreaterThanOrEqual(before - 1000);
  });

  it('exports many changed orders after a long gap: paging them would take longer', async () => {
    shop = await startFakeShopify({ orders: 400, linesPerOrder: 2, seed: 3, restoreRate: 50 });
    const read = await readAll(connector(), { updatedAt: '1970-01-01T00:00:00Z', id: 0, readAt: eightDaysAgo() });
    expect(read.orders).toBe(real());
    expect(shop.bulkOperations()).toHaveLength(1);
    expect(countQueries()).toBe(1);
  });

  it('carries on with its own export when the reply to starting it was lost and the start is tried again', async () => {
    shop = await startFakeShopify({ orders: 30, linesPerOrder: 2, seed: 3, bucketSize: 2000, restoreRate: 1000 });
    // The export starts, but its reply arrives broken: the retried start finds it already running.
    shop.malformNext();
    const read = await readAll(connector(), null);
    expect(read.orders).toBe(real());
    expect(shop.bulkOperations()).toHaveLength(1);
  }, 20_000);

  it('does not count on a store read within the last days, however old its last change', async () => {
    shop = await startFakeShopify({ orders: 30, linesPerOrder: 2, seed: 3, bucketSize: 2000, restoreRate: 1000, startDate: '2025-01-01T00:00:00Z' });
    const read = await readAll(connector(), { updatedAt: '2025-01-01T00:00:00Z', id: 0, readAt: new Date(Date.now() - 86_400_000).toISOString() });
    expect(read.orders).toBe(real());
    expect(shop.bulkOperations()).toHaveLength(0);
    expect(countQueries()).toBe(0);
  });
});
