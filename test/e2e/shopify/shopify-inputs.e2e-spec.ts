import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OLDEST_API_VERSION } from '../../../src/connectors/shopify/shopify.connector.js';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { shopifyIntegration } from '../../support/fixtures.js';
import { executionOf, syncToEnd } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { syncSuiteApp } from '../../support/sync-suite-app.js';
import { newOrganization } from '../../support/tokens.js';

const VERSION_MESSAGE = 'settings.apiVersion must be a quarterly version from 2025-07 on, such as 2026-10';
const PATTERN_MESSAGE = 'credentials.storeDomain must be a domain ending in .myshopify.com, e.g. your-store.myshopify.com';

/** What admins paste into the store URL field, and what the server makes of it. */
describe('Shopify store URL, through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    'https://Acme.myshopify.com/admin',
    'acme.myshopify.com/',
    'https://acme.myshopify.com/admin/orders?x=1',
    'https://acme.myshopify.com/admin#settings',
    'ACME.MYSHOPIFY.COM',
    ' https://acme.myshopify.com/ ',
  ])('creates an integration with the pasted %j', async (storeDomain) => {
    const created = await t.client(newOrganization()).POST('/integrations', { body: shopifyIntegration({ credentials: { storeDomain, accessToken: 'shpat_x' } }) });
    expectStatus(created, 201);
  });

  it.each([
    'evil.example.com',
    'acme.myshopify.com.evil.com',
    'https://acme.myshopify.com.evil.com/admin',
    'https://evil.example.com/acme.myshopify.com',
    'https://evil.example.com?.myshopify.com',
    'https://evil.example.com#.myshopify.com',
    'https://attacker@acme.myshopify.com',
    'https://acme.myshopify.com@evil.example.com',
    'https://acme.myshopify.com:x@evil.example.com/admin',
    'https://acme.myshopify.com:8443/admin',
    'http://acme.myshopify.com/admin',
    'http://127.0.0.1:8080',
    'localhost:3000',
    'ftp://acme.myshopify.com',
  ])('refuses %j, at creation and in a check, naming the field', async (storeDomain) => {
    const client = t.client(newOrganization());
    const created = await client.POST('/integrations', { body: shopifyIntegration({ credentials: { storeDomain, accessToken: 'shpat_x' } }) });
    expect(expectValidationError(created, 'credentials.storeDomain', 'pattern').message).toBe(PATTERN_MESSAGE);
    const check = await client.POST('/external-services/{key}/check', { params: { path: { key: 'shopify' } }, body: { credentials: { storeDomain, accessToken: 'shpat_x' } } });
    expect(expectValidationError(check, 'credentials.storeDomain', 'pattern').message).toBe(PATTERN_MESSAGE);
  });
});

describe('Shopify store URL against the fake store (loopback allowed), through the API', () => {
  // Its own database: its worker runs these syncs (another app's worker would not reach the loopback fake).
  const app = syncSuiteApp('tether_shopify_pasted');
  let shop: FakeShopify;
  beforeAll(async () => {
    shop = await startFakeShopify({ orders: 1, shopName: 'Pasted Shop' });
  });
  afterAll(async () => {
    await shop.close();
  });

  it('checks, saves and syncs with a pasted address, calling the bare domain', async () => {
    const admin = app.t.client(newOrganization('pasted'), 'admin');
    const storeDomain = `HTTP://${shop.shopDomain}/admin/orders?x=1#top`;
    const check = await admin.POST('/external-services/{key}/check', { params: { path: { key: 'shopify' } }, body: { credentials: { storeDomain, accessToken: shop.accessToken } } });
    expectStatus(check, 200);
    expect(check.data).toMatchObject({ ok: true, summary: 'connected to Pasted Shop' });

    const created = await admin.POST('/integrations', { body: shopifyIntegration({ capabilities: ['channels'], credentials: { storeDomain, accessToken: shop.accessToken } }) });
    expectStatus(created, 201);
    const id = (created.data as { id: string }).id;
    expect((await admin.POST('/integrations/{id}/check', { params: { path: { id } } })).data).toMatchObject({ ok: true });
    // The store's channel is named by the domain the connector called, without the path.
    const session = await syncToEnd(admin, id);
    expect(executionOf(session, 'channels')).toMatchObject({ status: 'succeeded', created: 1 });
    const channels = await admin.GET('/channels', { params: { query: { limit: 10 } } });
    expect(channels.data?.items.map((channel) => channel.code)).toEqual([shop.shopDomain]);
  });

  it('still refuses another host in a check', async () => {
    const check = await app.t.client(newOrganization()).POST('/external-services/{key}/check', {
      params: { path: { key: 'shopify' } },
      body: { credentials: { storeDomain: `http://${shop.shopDomain}@evil.example.com`, accessToken: shop.accessToken } },
    });
    expectValidationError(check, 'credentials.storeDomain', 'pattern');
  });
});

describe('Shopify API versions, through the API', () => {
  // Its own database: its worker runs these syncs (another app's worker would not reach the loopback fake).
  const app = syncSuiteApp('tether_shopify_versions');
  let shop: FakeShopify;
  beforeAll(async () => {
    shop = await startFakeShopify({ orders: 1 });
  });
  afterAll(async () => {
    await shop.close();
  });

  it.each(['2025-04', '2025-01', '2024-10', '2023-07'])('refuses the retired %s, naming the field and the oldest supported version', async (apiVersion) => {
    const client = app.t.client(newOrganization());
    const created = await client.POST('/integrations', { body: shopifyIntegration({ settings: { apiVersion } }) });
    expect(expectValidationError(created, 'settings.apiVersion', 'pattern').message).toBe(VERSION_MESSAGE);
    const check = await client.POST('/external-services/{key}/check', {
      params: { path: { key: 'shopify' } },
      body: { credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken }, settings: { apiVersion } },
    });
    expect(expectValidationError(check, 'settings.apiVersion', 'pattern').message).toBe(VERSION_MESSAGE);
    const id = (await client.POST('/integrations', { body: shopifyIntegration() })).data?.id ?? '';
    const patched = await client.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { apiVersion } } });
    expect(expectValidationError(patched, 'settings.apiVersion', 'pattern').message).toBe(VERSION_MESSAGE);
  });

  it('accepts the oldest supported version and later ones', async () => {
    expect(OLDEST_API_VERSION).toBe('2025-07');
    for (const apiVersion of [OLDEST_API_VERSION, '2025-10', '2026-01', '2027-04']) {
      const created = await app.t.client(newOrganization()).POST('/integrations', { body: shopifyIntegration({ settings: { apiVersion } }) });
      expectStatus(created, 201);
      expect(created.data?.settings).toEqual({ apiVersion });
    }
  });

  it('refuses a retired version stored before, at check and sync time, as a config error naming the oldest supported one', async () => {
    const admin = app.t.client(newOrganization('retired'), 'admin');
    const created = await admin.POST('/integrations', {
      body: shopifyIntegration({ capabilities: ['channels', 'products'], credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken }, settings: { apiVersion: '2025-07' } }),
    });
    expectStatus(created, 201);
    const id = created.data?.id ?? '';
    const requestsBefore = shop.requests().length;
    await app.t.dataSource.query(`UPDATE integrations SET settings = '{"apiVersion": "2024-10"}' WHERE id = $1`, [id]);

    const check = await admin.POST('/integrations/{id}/check', { params: { path: { id } } });
    expectStatus(check, 200);
    expect(check.data).toMatchObject({ ok: false, error: { kind: 'config', retryable: false } });
    expect(check.data?.error?.message).toContain(`${VERSION_MESSAGE}: the oldest supported version is 2025-07`);

    const session = await syncToEnd(admin, id);
    expect(session.status).toBe('failed');
    for (const capability of ['channels', 'products'] as const) {
      const execution = executionOf(session, capability);
      expect(execution).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
      expect(execution.error?.message).toContain('the oldest supported version is 2025-07');
    }
    expect(shop.requests().length).toBe(requestsBefore);
  });
});
