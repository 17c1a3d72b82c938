import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type BrewmanRoute, DEFAULT_API_TOKEN, type EntireItem, type FakeBrewman, type FakeBrewmanOptions, type Order, type PriceListLine, startFakeBrewman, type StockItemStockSum } from './index.js';

/** The fake driven with plain fetch, as the connector will drive Brewman. */

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

interface CallOptions {
  /** Default: the fake's token; null sends none. */
  token?: string | null;
  /** Default application/json; null sends none. */
  contentType?: string | null;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
  method?: string;
}

async function call(fake: FakeBrewman, route: string, body: unknown, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? fake.apiToken : options.token;
  if (token !== null) headers['Api-Token'] = token;
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  const method = options.method ?? 'POST';
  const response = await fetch(`${fake.url}/webapi/${route}`, { method, headers, ...(method === 'GET' ? {} : { body: options.raw ?? JSON.stringify(body) }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function post<T>(fake: FakeBrewman, route: BrewmanRoute, body: Record<string, unknown>): Promise<T> {
  const answer = await call(fake, route, { tenantId: fake.tenantId, ...body });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return JSON.parse(answer.text) as T;
}

interface ItemsAnswer {
  results: { matchingCount: number; entireItems: EntireItem[] };
}
interface OrdersAnswer {
  results: { matchingCount: number; orders: Order[] };
}

const items = (fake: FakeBrewman, filter: Record<string, unknown>): Promise<ItemsAnswer> => post<ItemsAnswer>(fake, 'Item/v1/GetEntireItemsByFilter', { filter });
const orders = (fake: FakeBrewman, filter: Record<string, unknown>): Promise<OrdersAnswer> => post<OrdersAnswer>(fake, 'Order/v1/GetOrdersByFilter', { filter });
const stock = async (fake: FakeBrewman, limits: Record<string, unknown> = {}): Promise<StockItemStockSum[]> =>
  (await post<{ stockLevels: StockItemStockSum[] }>(fake, 'Stock/v1/GetStockItemsQuantityCurrentlyInStock', limits)).stockLevels;

const dayOf = (order: Order): string => order.header.readOnly.createdAt.slice(0, 10);
const numbers = (list: readonly Order[]): string[] => list.map((order) => order.header.readOnly.orderNumber);

async function withFake(options: FakeBrewmanOptions, run: (fake: FakeBrewman) => Promise<void> | void): Promise<void> {
  const fake = await startFakeBrewman(options);
  try {
    await run(fake);
  } finally {
    await fake.close();
  }
}

describe('fake Brewman', () => {
  let fake: FakeBrewman;

  beforeAll(async () => {
    fake = await startFakeBrewman();
  });

  afterAll(async () => {
    await fake.close();
  });

  describe('seeded data', () => {
    it('is the same for the same seed and different for another', async () => {
      await withFake({}, async (again) => {
        expect(await call(again, 'Outlet/v1/GetAllOutlets', { tenantId: again.tenantId })).toMatchObject({ text: (await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId })).text });
        expect(JSON.stringify(again.orders())).toBe(JSON.stringify(fake.orders()));
      });
      await withFake({ seed: 2 }, (other) => {
        expect(other.items().map((item) => item.details.id)).not.toEqual(fake.items().map((item) => item.details.id));
      });
    });

    it('holds the sizes asked for: items, outlets, locations, price lists, orders per day', async () => {
      expect(fake.items()).toHaveLength(20 + 4 + 1);
      expect(fake.outlets()).toHaveLength(12);
      expect(fake.stockLocations()).toHaveLength(3);
      expect(fake.priceLists()).toHaveLength(3);
      expect(fake.orders()).toHaveLength(30 * 4);
      await withFake({ products: 6, materials: 1, outlets: 3, stockLocations: 1, priceLists: 1, days: 5, ordersPerDay: 7, startDate: '2027-01-01' }, (small) => {
        expect(small.items()).toHaveLength(6 + 1 + 1);
        expect(small.outlets()).toHaveLength(3);
        expect(small.orders()).toHaveLength(35);
        expect(new Set(small.orders().map(dayOf))).toEqual(new Set(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05']));
      });
    });

    it('has every status, several orders a day, and one busy day when asked', async () => {
      expect(new Set(fake.orders().map((order) => order.header.readOnly.status))).toEqual(new Set(['Open', 'Complete', 'Historic', 'Cancelled', 'Posting']));
      expect(fake.orders().filter((order) => dayOf(order) === '2026-09-10')).toHaveLength(4);
      await withFake({ days: 3, busyDays: { '2026-09-02': 60 } }, (busy) => {
        expect(busy.orders().filter((order) => dayOf(order) === '2026-09-02')).toHaveLength(60);
        expect(busy.orders()).toHaveLength(4 + 60 + 4);
      });
      await withFake({ days: 2, ordersPerDay: 1 }, (tiny) => {
        expect(new Set(tiny.orders().map((order) => order.header.readOnly.status)).size).toBe(2);
      });
    });
  });

  describe('Item/v1/GetEntireItemsByFilter', () => {
    it('answers whole EntireItems, the item id being the stock item id', async () => {
      const { results } = await items(fake, {});
      expect(results.matchingCount).toBe(25);
      const item = results.entireItems.find((entry) => entry.details.code === 'Star9GCask');
      expect(Object.keys(item ?? {}).sort()).toEqual(['alcoholDuty', 'details', 'externalCodes', 'flatPricing', 'invoicing', 'labelling', 'packaging', 'purchasing', 'stock', 'vat']);
      expect(item?.details).toMatchObject({ mainPurpose: 'Product', isHidden: false, name: 'Star Pale Ale Cask 9G', behaviours: { isStockTracked: true, isPricedByPriceLists: true } });
      expect(typeof item?.details.costPrice).toBe('number');
      const case12 = results.entireItems.find((entry) => entry.details.code === 'Star50012X500Case');
      expect(case12?.externalCodes.eanBarcodeNumber).toMatch(/^50\d{11}$/);
      expect(item?.externalCodes.eanBarcodeNumber).toBeNull();
      const line = fake.orders()[0]?.lines[0];
      expect(results.entireItems.map((entry) => entry.details.id)).toContain(line?.stockItemId);
    });

    it('filters by codes and main purposes (AND), and truncates by code keeping the full count', async () => {
      const byCode = await items(fake, { codes: ['Star9GCask', 'PluckBreweryTShirt', 'NoSuchCode'] });
      expect(byCode.results.entireItems.map((entry) => entry.details.code)).toEqual(['PluckBreweryTShirt', 'Star9GCask']);
      const materials = await items(fake, { mainPurposes: ['Material'] });
      expect(materials.results.matchingCount).toBe(4);
      expect((await items(fake, { codes: ['Star9GCask'], mainPurposes: ['Material'] })).results.matchingCount).toBe(0);
      const first = await items(fake, { mainPurposes: ['Product'], maximumResults: 3 });
      expect(first.results.matchingCount).toBe(20);
      const codes = fake
        .items()
        .filter((entry) => entry.details.mainPurpose === 'Product')
        .map((entry) => entry.details.code ?? '')
        .sort();
      expect(first.results.entireItems.map((entry) => entry.details.code)).toEqual(codes.slice(0, 3));
    });

    it('reads property names and enum names in any case, enums by number, numbers from strings', async () => {
      const answer = await call(fake, 'Item/v1/GetEntireItemsByFilter', { TenantID: fake.tenantId, Filter: { MainPurposes: ['product', 1], MAXIMUMRESULTS: '2' } });
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text) as ItemsAnswer;
      expect(body.results.matchingCount).toBe(24);
      expect(fake.requests.at(-1)?.bound).toEqual({ tenantId: fake.tenantId, filter: { mainPurposes: ['Product', 'Material'], maximumResults: 2 } });
    });

    it('ignores a misspelt filter, as ASP.NET does, and the log names it', async () => {
      const { results } = await items(fake, { code: ['Star9GCask'], mainPurpose: 'Product' });
      expect(results.matchingCount).toBe(25);
      expect(fake.requests.at(-1)?.ignored).toEqual(['filter.code', 'filter.mainPurpose']);
    });

    it('also answers the later snapshot’s Item/v1/GetItemsByFilter, with the id on top', async () => {
      const body = await post<{ results: { matchingCount: number; items: (EntireItem & { id: string })[] } }>(fake, 'Item/v1/GetItemsByFilter', { filter: { codes: ['Star9GCask'] } });
      expect(body.results.matchingCount).toBe(1);
      expect(body.results.items[0]?.id).toBe(body.results.items[0]?.details.id);
    });
  });

  describe('Stock/v1/GetStockItemsQuantityCurrentlyInStock', () => {
    it('lists quantities per stock item and location, only for stock-tracked items', async () => {
      const levels = await stock(fake);
      expect(levels.length).toBeGreaterThan(20);
      expect(Object.keys(levels[0] ?? {}).sort()).toEqual(['quantity', 'stockItemId', 'stockLocationId', 'unitOfMeasureId']);
      const delivery = fake.items().find((item) => item.details.mainPurpose === 'DeliveryService');
      expect(levels.some((level) => level.stockItemId === delivery?.details.id)).toBe(false);
      const material = fake.items().find((item) => item.details.mainPurpose === 'Material');
      expect(levels.find((level) => level.stockItemId === material?.details.id)?.unitOfMeasureId).toBe(material?.details.unitOfMeasureId);
    });

    it('limits by stock item ids and by location ids', async () => {
      const all = await stock(fake);
      const [first, second] = all;
      const byItem = await stock(fake, { limitStockItemIds: [first?.stockItemId, second?.stockItemId] });
      expect(byItem).toEqual(all.filter((level) => level.stockItemId === first?.stockItemId || level.stockItemId === second?.stockItemId));
      const place = fake.stockLocations()[1]?.id;
      const byPlace = await stock(fake, { limitStockLocationIds: [place] });
      expect(byPlace.length).toBeGreaterThan(0);
      expect(byPlace.every((level) => level.stockLocationId === place)).toBe(true);
      expect(await stock(fake, { limitStockItemIds: [first?.stockItemId], limitStockLocationIds: [first?.stockLocationId] })).toEqual([first]);
    });

    it('shows stock moves, and an emptied location drops out (or lists 0 with listZeroStock)', async () => {
      await withFake({}, async (own) => {
        const [level] = await stock(own);
        if (level === undefined) throw new Error('no stock');
        expect(own.moveStock(level.stockItemId, level.stockLocationId, -1.5)).toBe(level.quantity - 1.5);
        expect((await stock(own, { limitStockItemIds: [level.stockItemId], limitStockLocationIds: [level.stockLocationId] }))[0]?.quantity).toBe(level.quantity - 1.5);
        const place = own.stockLocations()[0]?.id ?? '';
        expect(own.emptyStockLocation(place)).toBeGreaterThan(0);
        expect(await stock(own, { limitStockLocationIds: [place] })).toEqual([]);
        own.setStock(level.stockItemId, place, 7);
        expect(await stock(own, { limitStockLocationIds: [place] })).toEqual([{ ...level, stockLocationId: place, quantity: 7 }]);
      });
      await withFake({ listZeroStock: true }, async (own) => {
        const place = own.stockLocations()[0]?.id ?? '';
        const emptied = own.emptyStockLocation(place);
        const levels = await stock(own, { limitStockLocationIds: [place] });
        expect(levels).toHaveLength(emptied);
        expect(levels.every((level) => level.quantity === 0)).toBe(true);
      });
    });
  });

  describe('Order/v1/GetOrdersByFilter', () => {
    it('answers whole orders: header, readOnly and lines', async () => {
      const { results } = await orders(fake, { maximumResults: 1 });
      const [order] = results.orders;
      expect(order?.id).toBe(order?.header.orderId);
      expect(order?.header.readOnly).toMatchObject({ orderNumber: '10001', createdAt: expect.stringMatching(/^2026-09-01T\d{2}:\d{2}:\d{2}Z$/) as unknown });
      for (const key of ['status', 'orderNumber', 'createdAt', 'lastUpdatedAt', 'totalNetPrice', 'outletId', 'externalReference']) expect(order?.header.readOnly).toHaveProperty(key);
      for (const key of ['stockItemId', 'productCode', 'quantity', 'unitNetPrice', 'lineNetPrice']) expect(order?.lines[0]).toHaveProperty(key);
      const total = order?.lines.reduce((sum, line) => sum + line.lineNetPrice, 0) ?? 0;
      expect(order?.header.readOnly.totalNetPrice).toBeCloseTo(total, 2);
    });

    it('takes whole days, both ends included, a time after the day changing nothing', async () => {
      const expected = numbers(fake.orders().filter((order) => dayOf(order) >= '2026-09-05' && dayOf(order) <= '2026-09-07'));
      expect(expected).toHaveLength(12);
      expect(numbers((await orders(fake, { fromOrderDate: '2026-09-05', toOrderDate: '2026-09-07' })).results.orders)).toEqual(expected);
      expect(numbers((await orders(fake, { fromOrderDate: '2026-09-05T00:00:00', toOrderDate: '2026-09-07T00:00:00Z' })).results.orders)).toEqual(expected);
      expect((await orders(fake, { fromOrderDate: '2026-09-05', toOrderDate: '2026-09-05' })).results.matchingCount).toBe(4);
      expect((await orders(fake, { toOrderDate: '2026-08-31' })).results.matchingCount).toBe(0);
    });

    it('dates orders in the tenant’s zone when given one', async () => {
      await withFake({ timeZone: 'Europe/London', days: 8 }, async (london) => {
        const late = london.orders().find((order) => order.header.readOnly.createdAt === '2026-09-07T23:30:00Z');
        expect(late).toBeDefined();
        const onEighth = (await orders(london, { fromOrderDate: '2026-09-08', toOrderDate: '2026-09-08' })).results.orders;
        expect(onEighth.map((order) => order.id)).toContain(late?.id);
        expect(late?.header.despatchDate).toBe('2026-09-09');
      });
    });

    it('filters by status (names in any case), outlet, order number, source and external reference', async () => {
      const cancelled = fake.orders().filter((order) => ['Cancelled', 'Posting'].includes(order.header.readOnly.status));
      expect(numbers((await orders(fake, { limitStatuses: ['cancelled', 'Posting'] })).results.orders)).toEqual(numbers(cancelled));
      const outletId = fake.outlets()[0]?.id;
      const atShop = (await orders(fake, { outletIds: [outletId] })).results.orders;
      expect(atShop.length).toBeGreaterThan(0);
      expect(atShop.every((order) => order.header.readOnly.outletId === outletId && order.header.readOnly.isRetailOrder)).toBe(true);
      expect(numbers((await orders(fake, { orderNumbers: ['10002', '10007'] })).results.orders)).toEqual(['10002', '10007']);
      const shopify = (await orders(fake, { sources: ['Shopify'] })).results.orders;
      expect(shopify.every((order) => order.header.readOnly.externalReference?.startsWith('#') === true)).toBe(true);
      const reference = shopify[0]?.header.readOnly.externalReference;
      expect((await orders(fake, { externalReferences: [reference] })).results.orders.map((order) => order.id)).toEqual([shopify[0]?.id]);
    });

    it('keeps the oldest maximumResults orders and counts every match', async () => {
      const { results } = await orders(fake, { fromOrderDate: '2026-09-10', maximumResults: 5 });
      expect(results.matchingCount).toBe(21 * 4);
      expect(numbers(results.orders)).toEqual(numbers(fake.orders().filter((order) => dayOf(order) >= '2026-09-10').slice(0, 5)));
      await withFake({ orderSort: 'newestFirst' }, async (newest) => {
        expect(numbers((await orders(newest, { maximumResults: 2 })).results.orders)).toEqual(['10120', '10119']);
      });
    });

    it('cannot split one busy day below maximumResults', async () => {
      await withFake({ days: 5, busyDays: { '2026-09-03': 250 } }, async (busy) => {
        const { results } = await orders(busy, { fromOrderDate: '2026-09-03', toOrderDate: '2026-09-03', maximumResults: 100 });
        expect(results.matchingCount).toBe(250);
        expect(results.orders).toHaveLength(100);
      });
    });

    it('is also served as Order/v2/GetOrdersByFilter', async () => {
      const v1 = await orders(fake, { orderNumbers: ['10003'] });
      expect(await post<OrdersAnswer>(fake, 'Order/v2/GetOrdersByFilter', { filter: { orderNumbers: ['10003'] } })).toEqual(v1);
    });
  });

  describe('changes between syncs', () => {
    it('cancels an order after it was read: status, cancelledAt, a later lastUpdatedAt, version + 1', async () => {
      await withFake({}, async (own) => {
        const open = own.orders().find((order) => order.header.readOnly.status === 'Open');
        if (open === undefined) throw new Error('no open order');
        const before = (await orders(own, { orderIds: [open.id] })).results.orders[0];
        const after = own.cancelOrder(open.id, 'Duplicate order');
        expect(after.header.readOnly).toMatchObject({ status: 'Cancelled', cancellationReason: 'Duplicate order', cancelledAt: after.header.readOnly.lastUpdatedAt });
        expect(Date.parse(after.header.readOnly.lastUpdatedAt)).toBeGreaterThan(Date.parse(before?.header.readOnly.lastUpdatedAt ?? ''));
        expect(after.header.version).toBe((before?.header.version ?? 0) + 1);
        expect((await orders(own, { orderIds: [open.id], limitStatuses: ['Open'] })).results.matchingCount).toBe(0);
        expect((await orders(own, { orderIds: [open.id] })).results.orders[0]).toEqual(after);
        expect(own.setOrderStatus(open.id, 'Open').header.readOnly.cancelledAt).toBeNull();
      });
    });

    it('changes, adds and removes order lines, totals following', async () => {
      await withFake({}, async (own) => {
        const order = own.orders()[5];
        const line = order?.lines[0];
        if (order === undefined || line === undefined) throw new Error('no line');
        const more = own.setLineQuantity(order.id, line.id, line.quantity + 2);
        expect(more.lines[0]?.lineNetPrice).toBeCloseTo(line.unitNetPrice * (line.quantity + 2), 2);
        expect(more.header.readOnly.totalNetPrice).toBeCloseTo(order.header.readOnly.totalNetPrice + line.unitNetPrice * 2, 1);
        const tshirt = own.items().find((item) => item.details.code === 'PluckBreweryTShirt')?.details.id ?? '';
        const lineId = own.addOrderLine(order.id, tshirt, 3);
        expect(own.order(order.id).lines.at(-1)).toMatchObject({ id: lineId, stockItemId: tshirt, quantity: 3, productCode: 'PluckBreweryTShirt' });
        const fewer = own.removeOrderLine(order.id, line.id);
        expect(fewer.lines.map((entry) => entry.id)).not.toContain(line.id);
        expect(fewer.header.version).toBe(order.header.version + 3);
        const served = (await orders(own, { orderIds: [order.id] })).results.orders[0];
        expect(served).toEqual(fewer);
      });
    });

    it('adds orders now (after the seeded days) or on a given day', async () => {
      await withFake({}, async (own) => {
        const [now] = own.addOrders(1);
        expect(now?.header.readOnly).toMatchObject({ orderNumber: '10121', status: 'Open' });
        expect((now?.header.readOnly.createdAt ?? '') >= '2026-10-01').toBe(true);
        const onDay = own.addOrders(3, { day: '2026-09-15', status: 'Complete' });
        const day = (await orders(own, { fromOrderDate: '2026-09-15', toOrderDate: '2026-09-15' })).results;
        expect(day.matchingCount).toBe(7);
        expect(day.orders.map((order) => order.id)).toEqual(expect.arrayContaining(onDay.map((order) => order.id)));
      });
    });

    it('changes a list price', async () => {
      await withFake({}, async (own) => {
        const list = own.priceLists()[0];
        const line = own.priceListLines(list?.id ?? '')[0];
        if (list === undefined || line === undefined) throw new Error('no price list line');
        own.setListPrice(list.id, line.stockItemId, 123.45);
        const { lines } = await post<{ lines: PriceListLine[] }>(own, 'PriceList/v1/GetLinesForPriceList', { priceListId: list.id });
        expect(lines.find((entry) => entry.stockItemId === line.stockItemId)).toMatchObject({ currentListPrice: 123.45, previousListPrice: line.currentListPrice });
      });
    });
  });

  describe('outlets, price lists and other lists', () => {
    it('lists outlets with codes, price lists and default stock locations', async () => {
      const { outlets } = await post<{ outlets: ReturnType<FakeBrewman['outlets']> }>(fake, 'Outlet/v1/GetAllOutlets', {});
      expect(outlets).toHaveLength(12);
      expect(outlets[0]).toMatchObject({ businessName: 'Brewery Shop', readOnly: { code: 'BREWSHOP', isRetail: true } });
      expect(outlets.filter((outlet) => outlet.isHidden)).toHaveLength(1);
      const lists = new Set(fake.priceLists().map((list) => list.id));
      const places = new Set(fake.stockLocations().map((place) => place.id));
      expect(outlets.every((outlet) => lists.has(outlet.priceListId) && places.has(outlet.stockLocationId) && /^[A-Z0-9]{6,8}$/.test(outlet.readOnly.code ?? ''))).toBe(true);
    });

    it('lists price lists and a price list’s lines; an unknown price list is a 404', async () => {
      const { priceLists } = await post<{ priceLists: { id: string; name: string; usesGrossPricing: boolean }[] }>(fake, 'PriceList/v1/GetAllPriceLists', {});
      expect(priceLists.map((list) => [list.name, list.usesGrossPricing])).toEqual([
        ['Trade', false],
        ['Retail', true],
        ['Wholesale', false],
      ]);
      const { lines } = await post<{ lines: PriceListLine[] }>(fake, 'PriceList/v1/GetLinesForPriceList', { priceListId: priceLists[1]?.id });
      expect(lines).toHaveLength(20);
      expect(lines.filter((line) => !line.isAvailable).length).toBeGreaterThan(0);
      const missing = await call(fake, 'PriceList/v1/GetLinesForPriceList', { tenantId: fake.tenantId, priceListId: '00000000-0000-4000-8000-000000000000' });
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.text)).toMatchObject({ title: 'Not Found', status: 404 });
    });

    it('lists stock locations, brands and units; GetCurrentUserContext needs no tenant', async () => {
      const { stockLocations } = await post<{ stockLocations: { isDefault: boolean; name: string }[] }>(fake, 'StockLocation/v1/GetAllStockLocations', {});
      expect(stockLocations.map((place) => place.name)).toEqual(['Brewery Warehouse', 'Duty Paid Store', 'Brewery Shop']);
      expect((await post<{ productBrands: unknown[] }>(fake, 'ProductBrand/v1/GetAllProductBrands', {})).productBrands).toHaveLength(5);
      expect((await post<{ unitsOfMeasure: unknown[] }>(fake, 'UnitOfMeasure/v1/GetAllUnitsOfMeasure', {})).unitsOfMeasure).toHaveLength(3);
      const context = await call(fake, 'User/v1/GetCurrentUserContext', {});
      expect(JSON.parse(context.text)).toMatchObject({ userContext: { user: { calculated: { hasApiSecurityToken: true } } } });
    });
  });

  describe('refusals', () => {
    it('401s a missing, wrong or revoked token, with an empty body', async () => {
      await withFake({}, async (own) => {
        for (const token of [null, 'V1T00000000000000000000000000000000']) {
          const answer = await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId }, { token });
          expect([answer.status, answer.text]).toEqual([401, '']);
        }
        own.revokeToken();
        expect((await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId }, { token: DEFAULT_API_TOKEN })).status).toBe(401);
        own.setApiToken('V1TNEW00000000000000000000000000000');
        expect((await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId })).status).toBe(200);
        own.revokeTokenAfter(1);
        expect((await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId })).status).toBe(200);
        expect((await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId })).status).toBe(401);
      });
    });

    it('403s another tenant or none, with an empty body', async () => {
      for (const body of [{ tenantId: '11111111-2222-4333-8444-555555555555' }, {}]) {
        const answer = await call(fake, 'Outlet/v1/GetAllOutlets', body);
        expect([answer.status, answer.text]).toEqual([403, '']);
      }
      expect((await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId.toUpperCase() })).status).toBe(200);
    });

    it('415s a body that is not JSON-typed; takes application/*+json and a charset', async () => {
      for (const contentType of ['text/plain', null, 'application/x-www-form-urlencoded']) {
        const answer = await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId }, { contentType });
        expect(answer.status).toBe(415);
        expect(answer.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
        expect(JSON.parse(answer.text)).toMatchObject({ type: 'https://tools.ietf.org/html/rfc7231#section-6.5.13', title: 'Unsupported Media Type', status: 415 });
      }
      for (const contentType of ['application/json-patch+json', 'application/json; charset=utf-8', 'text/json'])
        expect((await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId }, { contentType })).status).toBe(200);
    });

    it('400s what does not bind, as ModelState errors', async () => {
      const errors = async (raw: string): Promise<Record<string, string[]>> => {
        const answer = await call(fake, 'Order/v1/GetOrdersByFilter', null, { raw });
        expect(answer.status).toBe(400);
        const body = JSON.parse(answer.text) as { title: string; errors: Record<string, string[]> };
        expect(body.title).toBe('One or more validation errors occurred.');
        return body.errors;
      };
      const tenant = JSON.stringify(fake.tenantId);
      expect(Object.keys(await errors('{"tenantId": '))).toEqual(['$', 'request']);
      expect(await errors('')).toMatchObject({ '': ['A non-empty request body is required.'] });
      expect(await errors(`{"tenantId": ${tenant}}`)).toEqual({ Filter: ['The Filter field is required.'] });
      expect(Object.keys(await errors(`{"tenantId": ${tenant}, "filter": {"maximumResults": 1.5}}`))).toEqual(['$.filter.maximumResults', 'request']);
      expect(Object.keys(await errors(`{"tenantId": ${tenant}, "filter": {"limitStatuses": ["Shipped"]}}`))).toEqual(['$.filter.limitStatuses[0]', 'request']);
      expect(Object.keys(await errors(`{"tenantId": ${tenant}, "filter": {"fromOrderDate": "05/09/2026"}}`))).toEqual(['$.filter.fromOrderDate', 'request']);
      expect(Object.keys(await errors(`{"tenantId": "${fake.tenantId.replace(/-/g, '')}", "filter": {}}`))).toEqual(['$.tenantId', 'request']);
    });

    it('404s an unknown method, 405s a GET; paths match in any case', async () => {
      expect(await call(fake, 'Order/v1/GetOrdersByFilters', { tenantId: fake.tenantId })).toMatchObject({ status: 404, text: '' });
      const get = await call(fake, 'Outlet/v1/GetAllOutlets', null, { method: 'GET' });
      expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
      expect((await call(fake, 'outlet/V1/getalloutlets/', { tenantId: fake.tenantId })).status).toBe(200);
    });
  });

  describe('faults', () => {
    it('answers 429 with Retry-After, then serves again', async () => {
      fake.failNext(429, 2, { retryAfterSeconds: 7 });
      for (let n = 0; n < 2; n++) {
        const answer = await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId });
        expect([answer.status, answer.headers.get('retry-after')]).toEqual([429, '7']);
      }
      expect((await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId })).status).toBe(200);
    });

    it('answers 500 (ProblemDetails), 502 and 503 (HTML), only on the route asked', async () => {
      fake.failNext(500, 1, { route: 'Order/v1/GetOrdersByFilter' });
      fake.failNext(502, 1, { route: 'Order/v1/GetOrdersByFilter' });
      fake.failNext(503, 1, { route: 'Order/v1/GetOrdersByFilter', retryAfterSeconds: 30 });
      expect((await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId })).status).toBe(200);
      const body = { tenantId: fake.tenantId, filter: { maximumResults: 1 } };
      const serverError = await call(fake, 'Order/v1/GetOrdersByFilter', body);
      expect([serverError.status, serverError.headers.get('content-type')]).toEqual([500, 'application/problem+json; charset=utf-8']);
      expect(JSON.parse(serverError.text)).toMatchObject({ title: 'An error occurred while processing your request.', status: 500 });
      const badGateway = await call(fake, 'Order/v1/GetOrdersByFilter', body);
      expect([badGateway.status, badGateway.headers.get('content-type'), badGateway.text.includes('502 Bad Gateway')]).toEqual([502, 'text/html', true]);
      const unavailable = await call(fake, 'Order/v1/GetOrdersByFilter', body);
      expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '30']);
      expect((await call(fake, 'Order/v1/GetOrdersByFilter', body)).status).toBe(200);
    });

    it('sends malformed JSON, or drops the connection', async () => {
      fake.failNext('malformed');
      const cut = await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId });
      expect(cut.status).toBe(200);
      expect(() => JSON.parse(cut.text) as unknown).toThrow(SyntaxError);
      fake.failNext('reset');
      await expect(call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId })).rejects.toThrow();
      expect(fake.requests.at(-1)).toMatchObject({ fault: 'reset', status: 0 });
    });

    it('holds replies back', async () => {
      fake.delayNext(300, 1, 'Outlet/v1/GetAllOutlets');
      const started = Date.now();
      expect((await call(fake, 'Outlet/v1/GetAllOutlets', { tenantId: fake.tenantId })).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      await withFake({ delayMs: 150 }, async (slow) => {
        const start = Date.now();
        await call(slow, 'Outlet/v1/GetAllOutlets', { tenantId: slow.tenantId });
        expect(Date.now() - start).toBeGreaterThanOrEqual(140);
      });
    });
  });

  describe('request log', () => {
    it('records path, body as sent and as bound, and counts requests per method', async () => {
      await withFake({}, async (own) => {
        await orders(own, { fromOrderDate: '2026-09-01', toOrderDate: '2026-09-02', limitStatuses: ['Open'] });
        await orders(own, { fromOrderDate: '2026-09-03' });
        await call(own, 'Outlet/v1/GetAllOutlets', { tenantId: own.tenantId }, { token: null });
        await call(own, 'Nope/v1/Nothing', {});
        expect(own.routeCounts()).toEqual({ 'Order/v1/GetOrdersByFilter': 2, 'Outlet/v1/GetAllOutlets': 1 });
        const [first] = own.requestsTo('Order/v1/GetOrdersByFilter');
        expect(first).toMatchObject({
          method: 'POST',
          path: '/webapi/Order/v1/GetOrdersByFilter',
          body: { tenantId: own.tenantId, filter: { fromOrderDate: '2026-09-01', toOrderDate: '2026-09-02', limitStatuses: ['Open'] } },
          bound: { filter: { fromOrderDate: '2026-09-01', toOrderDate: '2026-09-02', limitStatuses: ['Open'] } },
          hasToken: true,
          status: 200,
        });
        expect(own.requests.map((entry) => entry.status)).toEqual([200, 200, 401, 404]);
        own.resetRequests();
        expect(own.requests).toHaveLength(0);
      });
    });
  });
});
