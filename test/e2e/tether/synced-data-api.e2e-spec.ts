import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { paths } from '../../../openapi/schema.js';
import type { ApiClient } from '../../support/api-client.js';
import { type ApiResult, expectError, expectStatus, expectValidationError, ISO_INSTANT } from '../../support/expectations.js';
import { type SeededOrganization, seedOrganization } from '../../support/synced-data-seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

const unchecked = (value: unknown): never => value as never;
const WRITTEN = expect.stringMatching(ISO_INSTANT) as unknown as string;

/** The listing routes, with what each can be filtered by besides integration and dates. */
const LISTS = {
  '/sales-orders': { dates: 'instant', sku: true, channel: true },
  '/sales-history': { dates: 'calendar', sku: true, channel: true },
  '/pending-sales': { dates: 'instant', sku: true, channel: true },
  '/warehouse-inventory': { dates: 'instant', sku: true, channel: false },
  '/pricing': { dates: 'calendar', sku: true, channel: true },
  '/forecast-versions': { dates: 'instant', sku: false, channel: false },
  '/sales-forecast': { dates: 'calendar', sku: true, channel: true },
} as const;
type ListPath = keyof typeof LISTS;
const LIST_PATHS = Object.keys(LISTS) as ListPath[];

type PageOf<P extends ListPath> = paths[P]['get']['responses'][200]['content']['application/json'];
type Row<P extends ListPath> = PageOf<P>['items'][number];

/** A page as every listing returns it, for checks that hold for all of them. */
interface AnyPage {
  items: { integrationId: string; writtenAt: string }[];
  total: number;
  limit: number;
  offset: number;
}

describe('synced data API', () => {
  let t: TestApp;
  /** Two integrations' data in one organization. */
  let a: SeededOrganization;
  /** Another organization with the same codes and external ids as a's main integration. */
  let b: SeededOrganization;

  beforeAll(async () => {
    t = await startTestApp();
    [a, b] = await Promise.all([seedOrganization(t), seedOrganization(t, { second: false })]);
  });
  afterAll(async () => {
    await t.close();
  });

  const viewer = (org: SeededOrganization | string = a): ApiClient =>
    t.client(typeof org === 'string' ? org : org.organizationId, 'viewer');
  const list = (path: ListPath, query: Record<string, unknown> = {}, client = viewer()): Promise<ApiResult> =>
    client.GET(path, { params: { query: unchecked(query) } });
  const ok = async <T = unknown>(call: Promise<ApiResult>): Promise<T> => {
    const result = await call;
    expectStatus(result, 200);
    return result.data as T;
  };
  /** A listing's pages, and its rows as readable keys, through the generated client. */
  const listing = <P extends ListPath>(path: P, key: (row: Row<P>) => string) => {
    const page = (query: Record<string, unknown> = {}): Promise<PageOf<P>> => ok<PageOf<P>>(list(path, query));
    return { page, keys: async (query: Record<string, unknown> = {}): Promise<string[]> => (await page(query)).items.map(key) };
  };
  /** Each query's rows, as keys in order. */
  const expectKeys = async (listed: { keys: (query: Record<string, unknown>) => Promise<string[]> }, cases: [Record<string, unknown>, string[]][]) => {
    for (const [query, keys] of cases) expect({ query, keys: await listed.keys(query) }).toEqual({ query, keys });
  };
  /** The fields a row of a's gets from whoever wrote it and what it refers to. */
  const wrote = (integrationId: string) => ({ integrationId, writtenAt: WRITTEN });
  const sku = (code: 'A' | 'B') => ({ skuId: a.skus[code], skuCode: code });
  const channel = (code: 'WEB' | 'SHOP') => ({ channelId: a.channels[code], channelCode: code });
  /** Which integration wrote a row, readably. */
  const who = (integrationId: string): string => (integrationId === a.main ? 'main' : integrationId === a.second ? 'second' : integrationId);

  describe('GET /sales-orders', () => {
    const orders = listing('/sales-orders', (order) => `${who(order.integrationId)}:${order.externalId}`);

    it('lists orders newest first, each with all its lines, codes, exact decimals and who wrote it', async () => {
      expect(await orders.keys()).toEqual(['main:gid://shopify/Order/3', 'main:o-2', 'second:o-1', 'main:o-1']);
      const page = await orders.page();
      expect(page).toMatchObject({ total: 4, limit: 25, offset: 0 });
      expect(page.items[3]).toEqual({
        ...wrote(a.main),
        ...channel('WEB'),
        externalId: 'o-1',
        orderNumber: '#1001',
        status: 'paid',
        countsAsSale: true,
        orderedAt: '2026-11-01T10:00:00.000Z',
        cancelledAt: null,
        currency: 'USD',
        totalAmount: '19.5000',
        refundedAmount: null,
        sourceUpdatedAt: '2026-11-01T10:05:00.000Z',
        lines: [
          { externalId: 'o-1-1', ...sku('A'), quantity: '1.0000', orderedQuantity: null, unitPrice: '10.5000', currency: 'USD', writtenAt: WRITTEN },
          { externalId: 'o-1-2', ...sku('B'), quantity: '2.0000', orderedQuantity: null, unitPrice: '4.5000', currency: 'USD', writtenAt: WRITTEN },
        ],
      });
      expect(page.items[0]).toMatchObject({
        orderNumber: '#1003',
        status: 'voided',
        countsAsSale: false,
        cancelledAt: '2026-11-05T08:00:00.000Z',
        totalAmount: '1234567890123456.7891',
        sourceUpdatedAt: null,
        lines: [{ externalId: 'o-3-1', quantity: '0.0001', unitPrice: '1234567890123456.7891' }],
      });
      expect(page.items[1]).toMatchObject({
        orderNumber: null,
        currency: 'EUR',
        channelCode: 'SHOP',
        countsAsSale: true,
        totalAmount: '13.5000',
        refundedAmount: '4.5000',
        lines: [{ quantity: '3.0000', orderedQuantity: '4.0000' }],
      });
      expect(page.items[2]).toMatchObject({ integrationId: a.second, channelId: a.channels.WEB, lines: [{ skuId: a.skus.A, skuCode: 'A' }] });
    });

    it('filters by integration, SKU (orders having a line of it, with all their lines), channel and dates', async () => {
      expect(await orders.keys({ integrationId: a.second })).toEqual(['second:o-1']);
      const ofB = await orders.page({ skuId: a.skus.B });
      expect(ofB.items.map((order) => order.externalId)).toEqual(['o-2', 'o-1']);
      expect(ofB.items[1]?.lines.map((line) => line.skuCode)).toEqual(['A', 'B']);
      await expectKeys(orders, [
        [{ channelId: a.channels.SHOP }, ['main:o-2']],
        [{ channelId: a.channels.WEB, skuId: a.skus.A, integrationId: a.main }, ['main:gid://shopify/Order/3', 'main:o-1']],
      ]);
      // Both bounds inclusive, to the millisecond.
      await expectKeys(orders, [
        [{ from: '2026-11-02T09:00:00Z', to: '2026-11-03T12:00:00Z' }, ['main:o-2', 'second:o-1']],
        [{ from: '2026-11-02T09:00:00.001Z', to: '2026-11-03T11:59:59.999Z' }, []],
      ]);
      // A bare date is midnight UTC; an offset is honoured.
      await expectKeys(orders, [
        [{ from: '2026-11-03' }, ['main:gid://shopify/Order/3', 'main:o-2']],
        [{ to: '2026-11-02T04:00:00-05:00' }, ['second:o-1', 'main:o-1']],
      ]);
    });

    it('pages with the total of the filtered rows', async () => {
      expect(await Promise.all([0, 2, 4].map((offset) => orders.keys({ limit: 2, offset })))).toEqual([
        ['main:gid://shopify/Order/3', 'main:o-2'],
        ['second:o-1', 'main:o-1'],
        [],
      ]);
      const pages = await Promise.all([0, 2, 4].map((offset) => orders.page({ limit: 2, offset })));
      expect(pages.map(({ total, limit, offset }) => ({ total, limit, offset }))).toEqual([
        { total: 4, limit: 2, offset: 0 },
        { total: 4, limit: 2, offset: 2 },
        { total: 4, limit: 2, offset: 4 },
      ]);
      expect(await orders.page({ integrationId: a.main, limit: 1, offset: 1 })).toMatchObject({ total: 3, items: [{ externalId: 'o-2' }] });
    });
  });

  describe('GET /sales-orders/{integrationId}/{externalId}', () => {
    const get = (integrationId: string, externalId: string, client = viewer()) =>
      client.GET('/sales-orders/{integrationId}/{externalId}', { params: { path: { integrationId, externalId } } });

    it('gives one order with its lines, as listed', async () => {
      const listed = await ok<PageOf<'/sales-orders'>>(list('/sales-orders', { integrationId: a.main }));
      for (const order of listed.items) expect(await ok(get(a.main, order.externalId))).toEqual(order);
      expect(await ok(get(a.second ?? '', 'o-1'))).toMatchObject({ integrationId: a.second, totalAmount: '7.0000' });
    });

    it('is a 404 for an unknown order, another integration’s id, or another organization’s order', async () => {
      const unknown = expectError(await get(a.main, 'o-404'), 404);
      expect(unknown.message).toBe(`Sales order "o-404" of integration ${a.main} not found`);
      expectError(await get(a.second ?? '', 'o-2'), 404);
      expectError(await get(a.main, 'o-1', viewer(b)), 404);
      expectError(await get(b.main, 'o-1'), 404);
    });

    it('takes the external id raw, slashes and all, as well as URL-encoded', async () => {
      const raw = async (tail: string): Promise<{ status: number; body: Record<string, unknown> }> => {
        const response = await fetch(`${t.baseUrl}/sales-orders/${a.main}/${tail}`, { headers: { authorization: `Bearer ${tokenFor(a.organizationId, 'viewer')}` } });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const encoded = await ok<{ externalId: string }>(get(a.main, 'gid://shopify/Order/3'));
      expect(encoded.externalId).toBe('gid://shopify/Order/3');
      for (const tail of ['gid://shopify/Order/3', 'gid%3A%2F%2Fshopify%2FOrder%2F3', 'gid:%2F%2Fshopify/Order/3', 'gid://shopify/Order/3/', 'gid://shopify/Order%2F3']) {
        expect({ tail, ...(await raw(tail)) }).toEqual({ tail, status: 200, body: encoded });
      }
      expect(await raw('o-1')).toMatchObject({ status: 200, body: { externalId: 'o-1' } });
      expect(await raw('gid://shopify/Order/404')).toMatchObject({
        status: 404,
        body: { message: `Sales order "gid://shopify/Order/404" of integration ${a.main} not found` },
      });
      // An id with one more segment is another id.
      expect(await raw('gid://shopify/Order/3/lines')).toMatchObject({ status: 404 });
      expect(await raw('gid://shopify/%E0%A4%A/3')).toMatchObject({
        status: 400,
        body: { details: [{ field: 'externalId', rule: 'uriEncoding', message: expect.stringContaining('externalId is not valid percent-encoding') }] },
      });
      expect(await raw(`${'x/'.repeat(250)}x`)).toMatchObject({ status: 400, body: { details: [{ field: 'externalId', rule: 'isLength' }] } });
    });

    it('refuses a malformed integration id or external id with a 400 naming it', async () => {
      expect(expectValidationError(await get('not-a-uuid', 'o-1'), 'integrationId', 'isUuid').message).toBe('integrationId must be a UUID');
      expectValidationError(await get(a.main, 'x'.repeat(501)), 'externalId', 'isLength');
      expectValidationError(await get(a.main, 'o\u00001'), 'externalId', 'noNulCharacters');
    });
  });

  describe('GET /sales-history', () => {
    const history = listing('/sales-history', (row) => `${who(row.integrationId)} ${row.skuCode ?? ''}/${row.channelCode ?? ''} ${row.periodStart}`);

    it('lists the latest period first, then by SKU and channel code', async () => {
      expect(await history.keys()).toEqual(['second A/WEB 2026-11-02', 'main A/WEB 2026-11-01', 'main B/WEB 2026-11-01', 'main A/SHOP 2026-10-01']);
      const page = await history.page();
      expect(page.total).toBe(4);
      expect(page.items[3]).toEqual({
        ...wrote(a.main),
        ...sku('A'),
        ...channel('SHOP'),
        periodStart: '2026-10-01',
        periodLength: 'month',
        quantity: '100.0000',
        revenue: '1050.2500',
        currency: 'EUR',
      });
    });

    it('filters by integration, SKU, channel and period start (inclusive days)', async () => {
      await expectKeys(history, [
        [{ integrationId: a.second }, ['second A/WEB 2026-11-02']],
        [{ skuId: a.skus.B }, ['main B/WEB 2026-11-01']],
        [{ channelId: a.channels.SHOP }, ['main A/SHOP 2026-10-01']],
        [{ from: '2026-11-01', to: '2026-11-01' }, ['main A/WEB 2026-11-01', 'main B/WEB 2026-11-01']],
        [{ to: '2026-10-31' }, ['main A/SHOP 2026-10-01']],
        [{ skuId: a.skus.A, from: '2026-10-02' }, ['second A/WEB 2026-11-02', 'main A/WEB 2026-11-01']],
      ]);
      expect(await history.page({ limit: 1, offset: 3 })).toMatchObject({ total: 4, items: [{ periodStart: '2026-10-01' }] });
    });
  });

  describe('GET /pending-sales', () => {
    const pending = listing('/pending-sales', (row) => `${who(row.integrationId)}:${row.lineExternalId}`);

    it('lists the newest order lines first', async () => {
      expect(await pending.keys()).toEqual(['main:p-2-1', 'main:p-1-1', 'second:p-9-1']);
      expect((await pending.page()).items[0]).toEqual({
        ...wrote(a.main),
        ...sku('B'),
        ...channel('SHOP'),
        orderExternalId: 'p-2',
        lineExternalId: 'p-2-1',
        orderedAt: '2026-11-07T09:30:00.000Z',
        quantity: '1.5000',
        amount: '6.7500',
        currency: 'EUR',
      });
    });

    it('filters by integration, SKU, channel and order date', async () => {
      await expectKeys(pending, [
        [{ integrationId: a.second }, ['second:p-9-1']],
        [{ skuId: a.skus.A }, ['main:p-1-1', 'second:p-9-1']],
        [{ channelId: a.channels.WEB }, ['main:p-1-1', 'second:p-9-1']],
        [{ from: '2026-11-06T08:00:00Z' }, ['main:p-2-1', 'main:p-1-1']],
        [{ to: '2026-11-06T08:00:00Z' }, ['main:p-1-1', 'second:p-9-1']],
      ]);
      expect(await pending.page({ limit: 2 })).toMatchObject({ total: 3, limit: 2, items: [{}, {}] });
    });
  });

  describe('GET /warehouse-inventory', () => {
    const stock = listing('/warehouse-inventory', (row) => `${who(row.integrationId)} ${row.skuCode ?? ''}@${row.location}`);

    it('lists the latest counts first', async () => {
      expect(await stock.keys()).toEqual(['main A@Main', 'main B@Main', 'second A@Annex']);
      const page = await stock.page();
      expect(page.items[0]).toEqual({
        ...wrote(a.main),
        ...sku('A'),
        location: 'Main',
        onHand: '120.0000',
        committed: '15.5000',
        available: '104.5000',
        asOf: '2026-11-27T01:00:00.000Z',
      });
      expect(page.items[1]).toMatchObject({ onHand: '0.0000', committed: '0.0000', available: '0.0000' });
    });

    it('filters by integration, SKU and as-of instant', async () => {
      await expectKeys(stock, [
        [{ integrationId: a.second }, ['second A@Annex']],
        [{ skuId: a.skus.A }, ['main A@Main', 'second A@Annex']],
        [{ from: '2026-11-26T01:00:00Z', to: '2026-11-27T00:59:59Z' }, ['main B@Main']],
      ]);
      expect(await stock.page({ offset: 2 })).toMatchObject({ total: 3, items: [{ location: 'Annex' }] });
    });
  });

  describe('GET /pricing', () => {
    const prices = listing('/pricing', (row) => `${who(row.integrationId)} ${row.skuCode ?? ''} ${row.priceList} ${row.validFrom}`);

    it('lists the latest valid-from first, with channel lists’ channel and open-ended dates as null', async () => {
      expect(await prices.keys()).toEqual(['main A shop 2026-12-01', 'main A retail 2026-11-01', 'second A wholesale 2026-06-01', 'main B retail 1970-01-01']);
      const page = await prices.page();
      expect(page.items[0]).toEqual({
        ...wrote(a.main),
        ...sku('A'),
        ...channel('SHOP'),
        priceList: 'shop',
        currency: 'EUR',
        amount: '5.2500',
        validFrom: '2026-12-01',
        validTo: '2026-12-31',
      });
      expect(page.items[1]).toMatchObject({ channelId: null, channelCode: null, amount: '4.9900', currency: 'USD', validTo: null });
    });

    it('filters by integration, SKU, channel and valid-from day', async () => {
      await expectKeys(prices, [
        [{ integrationId: a.second }, ['second A wholesale 2026-06-01']],
        [{ skuId: a.skus.B }, ['main B retail 1970-01-01']],
        [{ channelId: a.channels.SHOP }, ['main A shop 2026-12-01']],
        [{ from: '2026-06-01', to: '2026-11-01' }, ['main A retail 2026-11-01', 'second A wholesale 2026-06-01']],
      ]);
    });
  });

  describe('GET /forecast-versions', () => {
    const versions = listing('/forecast-versions', (row) => row.name);

    it('lists the newest first by the source’s creation date, those without one last', async () => {
      expect(await versions.keys()).toEqual(['Plan X', 'Plan 2027', 'Draft']);
      const page = await versions.page();
      expect(page.items[1]).toEqual({
        ...wrote(a.main),
        id: a.versions['Plan 2027'],
        externalId: 'plan-2027',
        name: 'Plan 2027',
        sourceCreatedAt: '2026-10-15T09:00:00.000Z',
      });
      expect(page.items[2]).toMatchObject({ externalId: 'draft', sourceCreatedAt: null });
    });

    it('filters by integration and creation date (versions without one match no range)', async () => {
      await expectKeys(versions, [
        [{ integrationId: a.main }, ['Plan 2027', 'Draft']],
        [{ from: '2026-10-16' }, ['Plan X']],
        [{ to: '2026-10-15T09:00:00Z' }, ['Plan 2027']],
      ]);
    });
  });

  describe('GET /sales-forecast', () => {
    const forecast = listing('/sales-forecast', (row) => `${row.forecastVersionName ?? ''} ${row.skuCode ?? ''}/${row.channelCode ?? ''} ${row.periodStart}`);

    it('lists the latest period first, then by version name, SKU and channel code', async () => {
      expect(await forecast.keys()).toEqual(['Plan X A/WEB 2027-03-01', 'Plan 2027 B/SHOP 2027-02-01', 'Draft A/WEB 2027-01-01', 'Plan 2027 A/WEB 2027-01-01']);
      const page = await forecast.page();
      expect(page.items[1]).toEqual({
        ...wrote(a.main),
        ...sku('B'),
        ...channel('SHOP'),
        forecastVersionId: a.versions['Plan 2027'],
        forecastVersionName: 'Plan 2027',
        periodStart: '2027-02-01',
        quantity: '10.1250',
      });
      expect(page.items[0]?.integrationId).toBe(a.second);
    });

    it('filters by forecast version, integration, SKU, channel and period start', async () => {
      await expectKeys(forecast, [
        [{ forecastVersionId: a.versions['Plan 2027'] }, ['Plan 2027 B/SHOP 2027-02-01', 'Plan 2027 A/WEB 2027-01-01']],
        [{ integrationId: a.second }, ['Plan X A/WEB 2027-03-01']],
        [{ skuId: a.skus.A, channelId: a.channels.WEB, to: '2027-01-31' }, ['Draft A/WEB 2027-01-01', 'Plan 2027 A/WEB 2027-01-01']],
        [{ from: '2027-02-01' }, ['Plan X A/WEB 2027-03-01', 'Plan 2027 B/SHOP 2027-02-01']],
      ]);
    });
  });

  describe('tenant isolation', () => {
    /** How many rows of each type a's main integration wrote, which is all b has. */
    const MAIN_COUNTS: Record<ListPath, number> = {
      '/sales-orders': 3,
      '/sales-history': 3,
      '/pending-sales': 2,
      '/warehouse-inventory': 2,
      '/pricing': 3,
      '/forecast-versions': 2,
      '/sales-forecast': 3,
    };

    it('each organization sees its own rows only, on every listing', async () => {
      for (const path of LIST_PATHS) {
        const [ofA, ofB] = await Promise.all([ok<AnyPage>(list(path)), ok<AnyPage>(list(path, {}, viewer(b)))]);
        expect({ path, integrations: [...new Set(ofA.items.map((row) => who(row.integrationId)))].sort() }).toEqual({ path, integrations: ['main', 'second'] });
        expect({ path, total: ofB.total, integrations: [...new Set(ofB.items.map((row) => row.integrationId))] }).toEqual({
          path,
          total: MAIN_COUNTS[path],
          integrations: [b.main],
        });
      }
    });

    it('a filter on another organization’s integration, SKU or channel yields no rows', async () => {
      for (const path of LIST_PATHS) {
        const filters = [
          { integrationId: a.main },
          ...(LISTS[path].sku ? [{ skuId: a.skus.A }] : []),
          ...(LISTS[path].channel ? [{ channelId: a.channels.WEB }] : []),
        ];
        for (const query of filters) {
          expect({ path, query, page: await ok(list(path, query, viewer(b))) }).toEqual({ path, query, page: { items: [], total: 0, limit: 25, offset: 0 } });
        }
      }
      expect(await ok(list('/sales-forecast', { forecastVersionId: a.versions['Plan 2027'] }, viewer(b)))).toMatchObject({ total: 0 });
    });

    it('a new organization has nothing; admins read as viewers do; no token, no data', async () => {
      const fresh = newOrganization('empty');
      for (const path of LIST_PATHS) {
        expect({ path, page: await ok(list(path, {}, viewer(fresh))) }).toEqual({ path, page: { items: [], total: 0, limit: 25, offset: 0 } });
        expect(await ok(list(path, {}, t.client(a.organizationId, 'admin')))).toEqual(await ok(list(path)));
        expectError(await list(path, {}, t.client()), 401);
      }
    });
  });

  describe('validation', () => {
    const everyList = async (query: Record<string, unknown>, field: string, rule: string, paths: ListPath[] = LIST_PATHS): Promise<string[]> => {
      const messages: string[] = [];
      for (const path of paths) messages.push(expectValidationError(await list(path, query), field, rule).message);
      return messages;
    };
    const pathsWith = (has: (filters: (typeof LISTS)[ListPath]) => boolean): ListPath[] => LIST_PATHS.filter((path) => has(LISTS[path]));

    it('a malformed id filter → 400 naming it', async () => {
      expect(await everyList({ integrationId: 'not-a-uuid' }, 'integrationId', 'isUuid')).toContain('integrationId must be a UUID');
      await everyList({ skuId: '42' }, 'skuId', 'isUuid', pathsWith((f) => f.sku));
      await everyList({ channelId: 'web' }, 'channelId', 'isUuid', pathsWith((f) => f.channel));
      expectValidationError(await list('/sales-forecast', { forecastVersionId: 'plan-2027' }), 'forecastVersionId', 'isUuid');
    });

    it('a filter a type does not have → 400 naming it', async () => {
      await everyList({ channelId: a.channels.WEB }, 'channelId', 'whitelistValidation', pathsWith((f) => !f.channel));
      await everyList({ skuId: a.skus.A }, 'skuId', 'whitelistValidation', pathsWith((f) => !f.sku));
      await everyList({ forecastVersionId: a.versions.Draft }, 'forecastVersionId', 'whitelistValidation', ['/sales-orders', '/pricing']);
    });

    it('limit outside 1-100 or a negative offset → 400; an offset past the rows is an empty page', async () => {
      await everyList({ limit: 0 }, 'limit', 'min');
      await everyList({ limit: 101 }, 'limit', 'max');
      await everyList({ limit: 'ten' }, 'limit', 'isInt');
      await everyList({ offset: -1 }, 'offset', 'min');
      for (const path of LIST_PATHS) {
        const page = await ok<AnyPage>(list(path, { limit: 100, offset: 1e20 }));
        expect({ path, items: page.items, limit: page.limit, offset: page.offset }).toEqual({ path, items: [], limit: 100, offset: 1e20 });
      }
    });

    it('from after to → 400 naming to; equal bounds are a one-day range', async () => {
      const messages = await everyList({ from: '2026-11-02', to: '2026-11-01' }, 'to', 'notBefore');
      expect(new Set(messages)).toEqual(new Set(['to must not be before from']));
      await everyList({ from: '2026-11-02T00:00:00.001Z', to: '2026-11-02T00:00:00Z' }, 'to', 'notBefore', pathsWith((f) => f.dates === 'instant'));
      for (const path of LIST_PATHS) expectStatus(await list(path, { from: '2026-11-01', to: '2026-11-01' }), 200);
    });

    it('a date that is not one → 400 naming it', async () => {
      const calendar = pathsWith((f) => f.dates === 'calendar');
      const instant = pathsWith((f) => f.dates === 'instant');
      await everyList({ from: '2026-02-30' }, 'from', 'isCalendarDate', calendar);
      await everyList({ to: '2026-11-01T00:00:00Z' }, 'to', 'isCalendarDate', calendar);
      await everyList({ from: '0000-01-01' }, 'from', 'isCalendarDate', calendar);
      await everyList({ from: 'yesterday' }, 'from', 'isInstant', instant);
      await everyList({ to: '+010000-01-01T00:00:00Z' }, 'to', 'isInstant', instant);
      await everyList({ from: '-000001-01-01T00:00:00Z' }, 'from', 'isInstant', instant);
    });
  });
});
