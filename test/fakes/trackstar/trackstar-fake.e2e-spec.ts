import { afterEach, describe, expect, it } from '@jest/globals';
import { type FakeTrackStar, type FakeTrackStarOptions, type InventoryItem, startFakeTrackStar } from './index.js';

/** The fake driven with plain fetch, as a TrackStar client would. */

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

interface ListBody {
  data: InventoryItem[];
  next_token: string | null;
  total_count: number;
}

interface Call {
  key?: string | null;
  token?: string | null;
  query?: Record<string, string> | string;
  method?: string;
  body?: unknown;
}

let fake: FakeTrackStar | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeTrackStarOptions = {}): Promise<FakeTrackStar> {
  fake = await startFakeTrackStar({ items: 300, rateLimit: false, ...options });
  return fake;
}

const tokenOf = (ts: FakeTrackStar, index = 0): string => ts.connections()[index]?.accessToken ?? '';

async function call(ts: FakeTrackStar, path: string, options: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? ts.apiKey : options.key;
  const token = options.token === undefined ? tokenOf(ts) : options.token;
  if (key !== null) headers['x-trackstar-api-key'] = key;
  if (token !== null) headers['x-trackstar-access-token'] = token;
  const query = options.query === undefined ? '' : typeof options.query === 'string' ? options.query : new URLSearchParams(options.query).toString();
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${ts.url}${path}${query === '' ? '' : `?${query}`}`, init);
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: left undefined, the text is kept
  }
  return { status: response.status, headers: response.headers, text, body };
}

const list = async (ts: FakeTrackStar, query: Record<string, string> = {}, token?: string): Promise<ListBody> => {
  const answer = await call(ts, '/wms/inventory', { query, ...(token === undefined ? {} : { token }) });
  expect(answer.status).toBe(200);
  return answer.body as ListBody;
};

/** Every page, the filters sent again with each token. */
async function readAll(ts: FakeTrackStar, filters: Record<string, string> = {}, token?: string): Promise<{ items: InventoryItem[]; pages: ListBody[] }> {
  const pages: ListBody[] = [];
  let pageToken: string | null = null;
  do {
    const page: ListBody = await list(ts, { ...filters, ...(pageToken === null ? {} : { page_token: pageToken }) }, token);
    pages.push(page);
    pageToken = page.next_token;
  } while (pageToken !== null && pages.length < 1000);
  return { items: pages.flatMap((page) => page.data), pages };
}

const ids = (items: readonly InventoryItem[]): string[] => items.map((item) => item.id);

describe('fake TrackStar: seeded data', () => {
  it('is the same for the same seed, items sorted by id with totals the sums of their warehouses', async () => {
    const ts = await start({ items: 2000, seed: 9, nullSkuRate: 0.1, warehouses: 4, warehousesPerItem: [2, 3] });
    const again = await startFakeTrackStar({ items: 2000, seed: 9, nullSkuRate: 0.1, warehouses: 4, warehousesPerItem: [2, 3], rateLimit: false });
    try {
      expect(again.items()).toEqual(ts.items());
    } finally {
      await again.close();
    }
    const items = ts.items();
    expect(items).toHaveLength(2000);
    expect(ids(items)).toEqual([...ids(items)].sort());
    const nullSkus = items.filter((item) => item.sku === null).length;
    expect(nullSkus).toBeGreaterThan(120);
    expect(nullSkus).toBeLessThan(290);
    const warehouses = new Set(ts.connections()[0]?.warehouses);
    for (const item of items) {
      const breakdown = Object.entries(item.inventory_by_warehouse_id);
      expect(breakdown.length).toBeGreaterThanOrEqual(2);
      expect(breakdown.length).toBeLessThanOrEqual(3);
      for (const [warehouse, levels] of breakdown) {
        expect(warehouses.has(warehouse)).toBe(true);
        expect(levels.onhand).toBe(levels.committed + levels.unfulfillable + levels.fulfillable);
      }
      for (const field of ['onhand', 'committed', 'fulfillable', 'unfulfillable', 'sellable', 'awaiting', 'unsellable'] as const)
        expect(item[field]).toBe(breakdown.reduce((sum, [, levels]) => sum + levels[field], 0));
      expect(item.trackstar_updated_date >= item.trackstar_created_date).toBe(true);
      expect(item.trackstar_updated_date < ts.now()).toBe(true);
      expect(item.created_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    // Sync runs stamp many items in the same second: ties at a cursor are the norm.
    const perSecond = new Map<string, number>();
    for (const item of items) perSecond.set(item.trackstar_updated_date, (perSecond.get(item.trackstar_updated_date) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeGreaterThan(5);
  });

  it('gives each connection its own token, warehouses and items; the default is 5000 items each', async () => {
    const ts = await start({ items: undefined, connections: 3 });
    const connections = ts.connections();
    expect(connections).toHaveLength(3);
    expect(new Set(connections.map((c) => c.accessToken)).size).toBe(3);
    expect(ts.items(connections[1]?.accessToken)).toHaveLength(5000);
    const first = new Set(ids(ts.items(connections[0]?.connectionId)));
    expect(ids(ts.items(connections[2]?.connectionId)).some((id) => first.has(id))).toBe(false);
    const page = await list(ts, {}, connections[1]?.accessToken);
    expect(page.data.every((item) => Object.keys(item.inventory_by_warehouse_id).every((w) => connections[1]?.warehouses.includes(w)))).toBe(true);
  });

  it('sends every field of TrackStar’s inventory schema', async () => {
    const ts = await start();
    const [item] = (await list(ts, { limit: '1' })).data;
    expect(Object.keys(item ?? {})).toEqual([
      'id',
      'warehouse_customer_id',
      'created_date',
      'updated_date',
      'trackstar_created_date',
      'trackstar_updated_date',
      'name',
      'sku',
      'unit_cost',
      'active',
      'awaiting',
      'onhand',
      'committed',
      'unfulfillable',
      'fulfillable',
      'unsellable',
      'sellable',
      'substitute_skus',
      'inventory_by_warehouse_id',
      'lots',
      'measurements',
      'locations',
      'external_system_url',
      'trackstar_tags',
      'additional_fields',
    ]);
    const levels = Object.values(item?.inventory_by_warehouse_id ?? {})[0];
    expect(Object.keys(levels ?? {}).sort()).toEqual(['awaiting', 'committed', 'fulfillable', 'onhand', 'sellable', 'unfulfillable', 'unsellable']);
  });
});

describe('fake TrackStar: paging', () => {
  it('pages 1000 at a time by default, total_count the page’s size, some pages short with a next_token, the last one null', async () => {
    const ts = await start({ items: 4500, shortPages: 0.5, seed: 3 });
    const { items, pages } = await readAll(ts);
    expect(ids(items)).toEqual(ids(ts.items()));
    for (const page of pages) expect(page.total_count).toBe(page.data.length);
    expect(pages.every((page) => page.data.length <= 1000)).toBe(true);
    expect(pages.slice(0, -1).some((page) => page.data.length < 1000)).toBe(true);
    expect(pages.at(-1)?.next_token).toBeNull();
    expect(pages.slice(0, -1).every((page) => page.next_token !== null)).toBe(true);
  });

  it('can cut a page to nothing (when the filters skip items) and still move on', async () => {
    const ts = await start({ items: 600, shortPages: 0.9, seed: 5 });
    const customer = ts.connections()[0]?.warehouseCustomers[0] ?? '';
    const { items, pages } = await readAll(ts, { limit: '20', warehouse_customer_id: customer });
    expect(ids(items)).toEqual(ids(ts.items().filter((item) => item.warehouse_customer_id === customer)));
    expect(pages.some((page) => page.data.length === 0 && page.next_token !== null)).toBe(true);
    expect(new Set(pages.map((page) => page.next_token)).size).toBe(pages.length);
  });

  it('gives full pages with shortPages 0, and no next_token after the last match', async () => {
    const ts = await start({ items: 250, shortPages: 0 });
    const { pages } = await readAll(ts, { limit: '100' });
    expect(pages.map((page) => page.data.length)).toEqual([100, 100, 50]);
  });

  it('keeps the id order across changes mid-walk: an item changed ahead is served once, one added behind the position is missed', async () => {
    const ts = await start({ items: 300, shortPages: 0 });
    const first = await list(ts, { limit: '100' });
    const position = first.data.at(-1)?.id ?? '';
    const ahead = ts.items().find((item) => item.id > position)?.id ?? '';
    ts.advance(10);
    ts.touchItems([ahead]);
    let added = ts.addItems(tokenOf(ts), 20);
    const behind = added.filter((id) => id < position);
    expect(behind.length).toBeGreaterThan(0);
    const rest: InventoryItem[] = [];
    let token = first.next_token;
    while (token !== null) {
      const page = await list(ts, { limit: '100', page_token: token });
      rest.push(...page.data);
      token = page.next_token;
    }
    const walked = ids([...first.data, ...rest]);
    expect(walked.filter((id) => id === ahead)).toHaveLength(1);
    expect(walked.some((id) => behind.includes(id))).toBe(false);
    added = added.filter((id) => id > position);
    expect(added.every((id) => walked.includes(id))).toBe(true);
  });

  it('refuses a page_token sent with other filters, or a broken one (422)', async () => {
    const ts = await start({ items: 300, shortPages: 0 });
    const first = await list(ts, { limit: '100', 'trackstar_updated_date[gte]': '2026-03-01T00:00:00Z' });
    expect(first.next_token).not.toBeNull();
    const changed = await call(ts, '/wms/inventory', { query: { limit: '100', page_token: first.next_token ?? '' } });
    expect(changed.status).toBe(422);
    expect(changed.body).toEqual({
      error: 'Validation error',
      origin: 'trackstar',
      detail: { query: { page_token: ['This page token was issued for other filters: send the same filters with every page.'] } },
    });
    // A different limit is not a different filter.
    const same = await call(ts, '/wms/inventory', { query: { limit: '10', 'trackstar_updated_date[gte]': '2026-03-01T00:00:00Z', page_token: first.next_token ?? '' } });
    expect(same.status).toBe(200);
    const broken = await call(ts, '/wms/inventory', { query: { page_token: 'not-a-token' } });
    expect(broken.status).toBe(422);
    expect((broken.body as { detail: unknown }).detail).toEqual({ query: { page_token: ['Invalid page token.'] } });
    expect(ts.stats().tokenFilterMismatches).toBe(1);
  });

  it('with tokenFilters "ignore", treats the token as a position and applies the filters sent with it', async () => {
    const ts = await start({ items: 300, shortPages: 0, tokenFilters: 'ignore' });
    const first = await list(ts, { limit: '100' });
    const cursor = first.data.at(-1)?.id ?? '';
    const next = await list(ts, { limit: '100', active: 'false', page_token: first.next_token ?? '' });
    expect(next.data.every((item) => !item.active && item.id > cursor)).toBe(true);
    expect(ts.stats().tokenFilterMismatches).toBe(1);
  });

  it('answers ids[in] with just those items, every other parameter ignored', async () => {
    const ts = await start();
    const wanted = ids(ts.items()).filter((_, i) => i % 50 === 0);
    const page = await list(ts, { 'ids[in]': wanted.join(','), 'sku[eq]': 'nothing', limit: '1' });
    expect(ids(page.data)).toEqual(wanted);
    expect(page.next_token).toBeNull();
  });
});

describe('fake TrackStar: filters', () => {
  it('applies every date operator at second precision; gte includes the second itself', async () => {
    const ts = await start({ items: 600 });
    const all = ts.items();
    const cut = all[17]?.trackstar_updated_date ?? '';
    const expectFilter = async (op: string, keep: (value: string) => boolean): Promise<void> => {
      const { items } = await readAll(ts, { [`trackstar_updated_date${op === '' ? '' : `[${op}]`}`]: cut });
      expect(ids(items)).toEqual(ids(all.filter((item) => keep(item.trackstar_updated_date))));
    };
    await expectFilter('gte', (value) => value >= cut);
    await expectFilter('gt', (value) => value > cut);
    await expectFilter('lt', (value) => value < cut);
    await expectFilter('lte', (value) => value <= cut);
    await expectFilter('eq', (value) => value === cut);
    await expectFilter('', (value) => value === cut);
    await expectFilter('neq', (value) => value !== cut);
    const other = all[40]?.created_date ?? '';
    const { items: inList } = await readAll(ts, { 'created_date[in]': `${other},${all[41]?.created_date ?? ''}` });
    expect(ids(inList)).toEqual(ids(all.filter((item) => item.created_date === other || item.created_date === all[41]?.created_date)));
    const { items: ninList } = await readAll(ts, { 'updated_date[nin]': all[3]?.updated_date ?? '' });
    expect(ninList).toHaveLength(all.filter((item) => item.updated_date !== all[3]?.updated_date).length);
    const { items: range } = await readAll(ts, { 'trackstar_created_date[gte]': all[0]?.trackstar_created_date ?? '', 'trackstar_created_date[lte]': all[0]?.trackstar_created_date ?? '' });
    expect(ids(range)).toEqual(ids(all.filter((item) => item.trackstar_created_date === all[0]?.trackstar_created_date)));
  });

  it('filters sku, warehouse_customer_id and active; a null SKU matches neither eq nor in', async () => {
    const ts = await start({ items: 500, nullSkuRate: 0.2 });
    const all = ts.items();
    const sku = all.find((item) => item.sku !== null)?.sku ?? '';
    expect(ids((await list(ts, { sku })).data)).toEqual(ids(all.filter((item) => item.sku === sku)));
    expect((await list(ts, { 'sku[in]': `${sku},SKU-000002` })).data.every((item) => item.sku !== null)).toBe(true);
    const { items: notIn } = await readAll(ts, { 'sku[nin]': sku });
    expect(notIn).toHaveLength(all.length - 1);
    const { items: containing } = await readAll(ts, { 'sku[contains]': 'SKU-0001' });
    expect(ids(containing)).toEqual(ids(all.filter((item) => item.sku?.includes('SKU-0001') === true)));
    const customer = ts.connections()[0]?.warehouseCustomers[0] ?? '';
    const { items: owned } = await readAll(ts, { warehouse_customer_id: customer });
    expect(ids(owned)).toEqual(ids(all.filter((item) => item.warehouse_customer_id === customer)));
    const { items: inactive } = await readAll(ts, { active: 'false' });
    expect(ids(inactive)).toEqual(ids(all.filter((item) => !item.active)));
  });

  it('takes the brackets raw or percent-encoded, and in-lists repeated or comma-separated', async () => {
    const ts = await start();
    const all = ts.items();
    const a = all[1]?.id ?? '';
    const b = all[2]?.id ?? '';
    const raw = await call(ts, '/wms/inventory', { query: `trackstar_updated_date[gte]=2026-01-01T00:00:00Z&limit=5` });
    expect((raw.body as ListBody).data).toHaveLength(5);
    const repeated = await call(ts, '/wms/inventory', { query: `ids%5Bin%5D=${a}&ids%5Bin%5D=${b}` });
    expect(ids((repeated.body as ListBody).data)).toEqual([a, b]);
  });

  it('refuses bad parameters with 422 and detail.query naming each', async () => {
    const ts = await start();
    const refused = async (query: Record<string, string>, detail: Record<string, string[]>): Promise<void> => {
      const answer = await call(ts, '/wms/inventory', { query });
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({ error: 'Validation error', origin: 'trackstar', detail: { query: detail } });
    };
    await refused({ limit: '1001' }, { limit: ['Must be greater than or equal to 1 and less than or equal to 1000.'] });
    await refused({ limit: '0' }, { limit: ['Must be greater than or equal to 1 and less than or equal to 1000.'] });
    await refused({ limit: 'ten' }, { limit: ['Not a valid integer.'] });
    for (const value of ['2026-04-01', '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00+00:00', '2026-04-01 00:00:00Z', '2026-02-30T00:00:00Z', '1775001600'])
      await refused({ 'trackstar_updated_date[gte]': value }, { 'trackstar_updated_date[gte]': ['Not a valid datetime.'] });
    await refused({ 'updated_date[in]': '2026-04-01T00:00:00Z,yesterday' }, { 'updated_date[in]': ['Not a valid datetime.'] });
    await refused({ colour: 'red', 'sku[neq]': 'x', 'trackstar_updated_date[since]': '2026-04-01T00:00:00Z' }, {
      colour: ['Unknown field.'],
      'sku[neq]': ['Unknown field.'],
      'trackstar_updated_date[since]': ['Unknown field.'],
    });
    await refused({ active: 'maybe' }, { active: ['Not a valid boolean.'] });
    await refused({ 'sku[in]': Array.from({ length: 101 }, (_, i) => `S${i}`).join(',') }, { 'sku[in]': ['Longer than maximum length 100.'] });
    expect((await call(ts, '/wms/inventory', { query: { limit: '1000' } })).status).toBe(200);
    expect(ts.stats().invalidQueries).toBe(13);
  });
});

describe('fake TrackStar: changes between syncs', () => {
  it('setStock moves stock, recomputes the totals and stamps the clock’s second, so an incremental read finds it', async () => {
    const ts = await start({ items: 400, now: '2026-04-01T12:00:00Z' });
    const [a, b, c] = ts.items();
    const warehouse = Object.keys(a?.inventory_by_warehouse_id ?? {})[0] ?? '';
    ts.advance(60);
    const cursor = ts.now();
    expect(cursor).toBe('2026-04-01T12:01:00Z');
    const moved = ts.setStock(a?.id ?? '', warehouse, { fulfillable: 7, committed: 2, unfulfillable: 1, awaiting: 3 });
    expect(moved.inventory_by_warehouse_id[warehouse]).toEqual({ onhand: 10, committed: 2, fulfillable: 7, unfulfillable: 1, sellable: 7, awaiting: 3, unsellable: 0 });
    expect(moved.trackstar_updated_date).toBe(cursor);
    expect(moved.updated_date).toBe(cursor);
    expect(moved.onhand).toBe(Object.values(moved.inventory_by_warehouse_id).reduce((sum, levels) => sum + levels.onhand, 0));
    // Three items in one second: a reader at gte = that second gets all of them.
    ts.setStock(b?.id ?? '', warehouse, { fulfillable: 0 });
    ts.touchItems([c?.id ?? '']);
    const { items } = await readAll(ts, { 'trackstar_updated_date[gte]': cursor });
    expect(ids(items).sort()).toEqual([a?.id, b?.id, c?.id].sort());
    expect((await readAll(ts, { 'trackstar_updated_date[gt]': cursor })).items).toEqual([]);
    expect(ts.item(c?.id ?? '')?.updated_date).toBe(c?.updated_date);
  });

  it('empties or removes a warehouse, deletes items, adds items anywhere in the id order', async () => {
    const ts = await start({ items: 300, warehousesPerItem: 2 });
    const [a, b] = ts.items();
    const [kept, gone] = Object.keys(a?.inventory_by_warehouse_id ?? {});
    ts.advance(5);
    const emptied = ts.setStock(a?.id ?? '', kept ?? '', { onhand: 0, committed: 0, fulfillable: 0, unfulfillable: 0, awaiting: 0 });
    expect(emptied.inventory_by_warehouse_id[kept ?? '']?.onhand).toBe(0);
    const removed = ts.removeWarehouse(a?.id ?? '', gone ?? '');
    expect(Object.keys(removed.inventory_by_warehouse_id)).toEqual([kept]);
    expect(removed.onhand).toBe(0);
    expect(removed.locations.every((location) => location.warehouse_id === kept)).toBe(true);
    ts.deleteItem(b?.id ?? '');
    const added = ts.addItems(tokenOf(ts), 3, { sku: null });
    const { items } = await readAll(ts);
    expect(ids(items)).toHaveLength(302);
    expect(ids(items)).not.toContain(b?.id);
    expect(ids(items)).toEqual(expect.arrayContaining(added));
    expect(ids(items)).toEqual([...ids(items)].sort());
    const fresh = items.filter((item) => added.includes(item.id));
    expect(fresh.every((item) => item.sku === null && item.created_date === ts.now() && item.trackstar_created_date === ts.now())).toBe(true);
    expect((await call(ts, `/wms/inventory/${b?.id ?? ''}`)).body).toEqual({ error: 'Inventory item not found', id: b?.id, origin: 'trackstar' });
    const single = await call(ts, `/wms/inventory/${a?.id ?? ''}`);
    expect((single.body as { data: InventoryItem }).data).toEqual(ts.item(a?.id ?? ''));
  });

  it('adds items with the stock given', async () => {
    const ts = await start({ items: 10 });
    const warehouse = ts.connections()[0]?.warehouses[1] ?? '';
    const [id] = ts.addItems(ts.connections()[0]?.connectionId ?? '', 1, { stock: { [warehouse]: { fulfillable: 4, committed: 1 } } });
    expect(ts.item(id ?? '')?.inventory_by_warehouse_id).toEqual({ [warehouse]: { onhand: 5, committed: 1, fulfillable: 4, unfulfillable: 0, sellable: 4, awaiting: 0, unsellable: 0 } });
  });
});

describe('fake TrackStar: connections', () => {
  it('lists the connections with the API key alone; access_token finds a token’s connection', async () => {
    const ts = await start({ connections: 2 });
    const [first, second] = ts.connections();
    const all = await call(ts, '/connections', { token: null });
    expect(all.status).toBe(200);
    const body = all.body as { data: { connection_id: string }[]; next_token: null; total_count: number };
    expect(body.data.map((c) => c.connection_id)).toEqual([first?.connectionId, second?.connectionId]);
    expect(body.total_count).toBe(2);
    const mine = await call(ts, '/connections', { token: null, query: { access_token: second?.accessToken ?? '' } });
    expect((mine.body as typeof body).data.map((c) => c.connection_id)).toEqual([second?.connectionId]);
  });

  it('answers GET /connections/{id} in the OpenAPI document’s list shape, with historical_sync_completed per function', async () => {
    const ts = await start({ connections: [{ historicalSyncCompleted: false, integrationName: 'ShipHero' }] });
    const id = ts.connections()[0]?.connectionId ?? '';
    const answer = await call(ts, `/connections/${id}`, { token: null });
    expect(answer.status).toBe(200);
    const { data, next_token, total_count } = answer.body as { data: Record<string, unknown>[]; next_token: null; total_count: number };
    expect([next_token, total_count, data.length]).toEqual([null, 1, 1]);
    const connection = data[0] ?? {};
    expect(connection).toMatchObject({ connection_id: id, integration_name: 'ShipHero', integration_type: 'wms', errors: [], webhooks_disabled: false });
    expect((connection.historical_sync_completed as Record<string, boolean>).get_inventory).toBe(false);
    expect((connection.historical_sync_completed as Record<string, boolean>).get_orders).toBe(true);
    const schedule = (connection.sync_schedules as { function_name: string; sync_status: string; in_progress: boolean }[]).find((s) => s.function_name === 'get_inventory');
    expect(schedule).toMatchObject({ sync_status: 'first_sync_in_progress', in_progress: true });
    expect(await list(ts)).toEqual({ data: [], next_token: null, total_count: 0 });
    ts.setHistoricalSyncCompleted(id, true);
    expect((await list(ts, { limit: '5' })).data).toHaveLength(5);
    const after = (await call(ts, `/connections/${id}`, { token: null })).body as { data: { historical_sync_completed: Record<string, boolean>; times_used: number }[] };
    expect(after.data[0]?.historical_sync_completed.get_inventory).toBe(true);
    expect(after.data[0]?.times_used).toBe(2);
    expect((await call(ts, '/connections/nope', { token: null })).body).toEqual({ error: 'Connection not found', id: 'nope', origin: 'trackstar' });
  });

  it('answers GET /connections/{id} as {data: connection} with connectionShape "object"', async () => {
    const ts = await start({ connectionShape: 'object' });
    const id = ts.connections()[0]?.connectionId ?? '';
    expect(((await call(ts, `/connections/${id}`)).body as { data: { connection_id: string } }).data.connection_id).toBe(id);
  });

  it('answers 501 for a WMS without inventory, and leaves it out of available_actions', async () => {
    const ts = await start({ connections: [{}, { implementsInventory: false, integrationName: 'Cool WMS' }] });
    const second = ts.connections()[1];
    const answer = await call(ts, '/wms/inventory', { token: second?.accessToken ?? '' });
    expect(answer.status).toBe(501);
    expect(answer.body).toEqual({ error: 'Endpoint get_inventory is not implemented for Cool WMS', origin: 'trackstar' });
    const connection = ((await call(ts, `/connections/${second?.connectionId ?? ''}`)).body as { data: { available_actions: string[] }[] }).data[0];
    expect(connection?.available_actions).not.toContain('get_inventory');
    ts.setImplemented(second?.connectionId ?? '', 'get_inventory', true);
    expect((await call(ts, '/wms/inventory', { token: second?.accessToken ?? '', query: { limit: '1' } })).status).toBe(200);
  });

  it('records a sync request (POST /connections/sync)', async () => {
    const ts = await start();
    const answer = await call(ts, '/connections/sync', { method: 'POST', body: { functions_to_sync: ['get_inventory'] } });
    expect(answer.body).toEqual({ id: ts.connections()[0]?.connectionId, syncing: true, functions_to_sync: ['get_inventory'] });
  });
});

describe('fake TrackStar: authentication', () => {
  it('answers 401 with TrackStar’s bodies: the API key first, then the access token', async () => {
    const ts = await start();
    const invalidKey = { error: 'Invalid API key', origin: 'trackstar' };
    const invalidToken = { error: 'Invalid access token', origin: 'trackstar' };
    expect(await call(ts, '/wms/inventory', { key: null })).toMatchObject({ status: 401, body: invalidKey });
    expect(await call(ts, '/wms/inventory', { key: 'wrong', token: 'wrong' })).toMatchObject({ status: 401, body: invalidKey });
    expect(await call(ts, '/wms/inventory', { token: null })).toMatchObject({ status: 401, body: invalidToken });
    expect(await call(ts, '/wms/inventory', { token: 'ts_access_unknown' })).toMatchObject({ status: 401, body: invalidToken });
    expect(await call(ts, '/connections', { key: 'wrong' })).toMatchObject({ status: 401, body: invalidKey });
    expect(ts.stats().unauthorized).toBe(5);
  });

  it('revokes one access token (others keep working) and the API key, until restored', async () => {
    const ts = await start();
    const [first, second] = ts.connections();
    ts.revokeAccessToken(first?.accessToken ?? '');
    expect((await call(ts, '/wms/inventory', { token: first?.accessToken ?? '', query: { limit: '1' } })).body).toEqual({ error: 'Invalid access token', origin: 'trackstar' });
    expect((await call(ts, '/wms/inventory', { token: second?.accessToken ?? '', query: { limit: '1' } })).status).toBe(200);
    ts.restoreAccessToken(first?.connectionId ?? '');
    expect((await call(ts, '/wms/inventory', { token: first?.accessToken ?? '', query: { limit: '1' } })).status).toBe(200);
    ts.revokeApiKey();
    expect((await call(ts, '/connections')).body).toEqual({ error: 'Invalid API key', origin: 'trackstar' });
    expect((await call(ts, '/wms/inventory', { query: { limit: '1' } })).status).toBe(401);
    ts.restoreApiKey();
    expect((await call(ts, '/wms/inventory', { query: { limit: '1' } })).status).toBe(200);
  });
});

describe('fake TrackStar: rate limits', () => {
  it('lets 10 GETs a second through per access token, then 429 with the x-ratelimit headers and retry-after', async () => {
    let clock = Date.parse('2026-04-01T12:00:00.250Z');
    const ts = await start({ rateLimit: undefined, rateClock: () => clock });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await call(ts, '/wms/inventory', { query: { limit: '1' } });
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get('x-ratelimit-remaining'));
      expect(answer.headers.get('x-ratelimit-limit')).toBe('10');
      expect(answer.headers.get('retry-after')).toBeNull();
    }
    expect(remaining).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
    const refused = await call(ts, '/wms/inventory', { query: { limit: '1' } });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: 'Rate limit exceeded: 10 per 1 second', origin: 'trackstar' });
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2026-04-01T12:00:01Z') / 1000));
    expect(refused.headers.get('retry-after')).toBe('1');
    // Another token has its own budget.
    expect((await call(ts, '/wms/inventory', { token: tokenOf(ts, 1), query: { limit: '1' } })).status).toBe(200);
    clock += 1000;
    expect((await call(ts, '/wms/inventory', { query: { limit: '1' } })).status).toBe(200);
    const stats = ts.stats();
    expect([stats.rateLimited, stats.tooManyRequests, stats.peakPerSecond]).toEqual([1, 1, 10]);
  });

  it('allows 50 writes a second, and speaks the older x-rate-limit-* spelling when asked', async () => {
    const clock = Date.parse('2026-04-01T12:00:00.000Z');
    const ts = await start({ rateLimit: undefined, rateClock: () => clock, rateLimitHeaders: 'x-rate-limit' });
    for (let i = 0; i < 50; i++) expect((await call(ts, '/connections/sync', { method: 'POST' })).status).toBe(200);
    const refused = await call(ts, '/connections/sync', { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-rate-limit-limit')).toBe('50');
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(refused.headers.get('x-rate-limit-reset')).toBe(String(clock / 1000 + 1));
    expect(refused.headers.get('x-rate-limit-retry-after')).toBe('1');
    expect(refused.headers.get('x-ratelimit-limit')).toBeNull();
    expect(refused.headers.get('retry-after')).toBeNull();
  });

  it('refuses part of a real-time burst and reports the achieved rate', async () => {
    const ts = await start({ rateLimit: undefined });
    const answers = await Promise.all(Array.from({ length: 25 }, () => call(ts, '/wms/inventory', { query: { limit: '1' } })));
    const refused = answers.filter((answer) => answer.status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(5);
    const stats = ts.stats();
    expect(stats.rateLimited).toBe(refused);
    expect(stats.byStatus['429']).toBe(refused);
    expect(stats.requestsPerSecond).toBeGreaterThan(10);
    expect(stats.peakPerSecond).toBe(10);
  });
});

describe('fake TrackStar: faults', () => {
  it('injects 429, 500, 502, 503, 501 and 422, in order, then answers normally', async () => {
    const ts = await start({ rateLimit: undefined });
    ts.failNext(429);
    ts.failNext(500);
    ts.failNext(502);
    ts.failNext(503);
    ts.failNext(501);
    ts.failNext(422);
    const tooMany = await call(ts, '/wms/inventory');
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBe('1');
    expect(tooMany.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(tooMany.headers.get('x-ratelimit-reset')).toMatch(/^\d{10}$/);
    const failed = await call(ts, '/wms/inventory');
    expect([failed.status, failed.body]).toEqual([500, { error: 'Internal Server Error', origin: 'trackstar' }]);
    const gateway = await call(ts, '/wms/inventory');
    expect([gateway.status, gateway.headers.get('content-type'), gateway.body]).toEqual([502, 'text/html', undefined]);
    expect(gateway.text).toContain('502 Bad Gateway');
    expect((await call(ts, '/wms/inventory')).status).toBe(503);
    const missing = await call(ts, '/wms/inventory');
    expect([missing.status, missing.body]).toEqual([501, { error: `Endpoint get_inventory is not implemented for ${ts.connections()[0]?.integrationName ?? ''}`, origin: 'trackstar' }]);
    const invalid = await call(ts, '/wms/inventory');
    expect(invalid.status).toBe(422);
    expect((invalid.body as { detail: unknown }).detail).toEqual({ query: { limit: ['Must be greater than or equal to 1 and less than or equal to 1000.'] } });
    expect((await call(ts, '/wms/inventory', { query: { limit: '1' } })).status).toBe(200);
    const stats = ts.stats();
    expect([stats.injectedFaults, stats.tooManyRequests, stats.rateLimited]).toEqual([6, 1, 0]);
  });

  it('cuts a reply’s JSON, drops a connection, holds replies, and keeps a fault to its route', async () => {
    const ts = await start();
    ts.failNext('malformed', 1, 'inventory');
    const cut = await call(ts, '/connections');
    expect(cut.status).toBe(200);
    const broken = await call(ts, '/wms/inventory');
    expect(broken.status).toBe(200);
    expect(broken.body).toBeUndefined();
    expect(broken.text.startsWith('{"data":[')).toBe(true);
    ts.failNext('reset', 2);
    await expect(fetch(`${ts.url}/wms/inventory`, { headers: { 'x-trackstar-api-key': ts.apiKey, 'x-trackstar-access-token': tokenOf(ts) } })).rejects.toThrow();
    await expect(fetch(`${ts.url}/connections`, { headers: { 'x-trackstar-api-key': ts.apiKey } })).rejects.toThrow();
    ts.delayNext(300, 1, 'connections');
    const started = Date.now();
    expect((await call(ts, '/connections')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(ts.stats().byStatus.reset).toBe(2);
  });

  it('answers unknown routes 404 in TrackStar’s error shape', async () => {
    const ts = await start();
    expect(await call(ts, '/wms/returns')).toMatchObject({ status: 404, body: { error: 'Not Found', origin: 'trackstar' } });
  });
});

describe('fake TrackStar: request log and stats', () => {
  it('logs method, path, decoded query, the headers present, the connection and the item count', async () => {
    const ts = await start({ shortPages: 0 });
    await readAll(ts, { limit: '200', 'trackstar_updated_date[gte]': '2026-03-01T00:00:00Z' });
    await call(ts, '/connections', { token: null });
    const log = ts.requests();
    const inventory = log.filter((entry) => entry.route === 'inventory');
    expect(inventory[0]).toMatchObject({
      method: 'GET',
      path: '/wms/inventory',
      query: { limit: '200', 'trackstar_updated_date[gte]': '2026-03-01T00:00:00Z' },
      connectionId: ts.connections()[0]?.connectionId,
      status: 200,
    });
    expect(inventory[0]?.headers).toEqual(expect.arrayContaining(['x-trackstar-api-key', 'x-trackstar-access-token']));
    expect(inventory.slice(1).every((entry) => entry.query.page_token !== undefined && entry.query['trackstar_updated_date[gte]'] === '2026-03-01T00:00:00Z')).toBe(true);
    expect(inventory.reduce((sum, entry) => sum + (entry.items ?? 0), 0)).toBe(ts.stats().itemsServed);
    expect(log.at(-1)).toMatchObject({ route: 'connections', connectionId: null });
    expect(log.at(-1)?.headers).not.toContain('x-trackstar-access-token');
    const stats = ts.stats();
    expect(stats.byRoute).toEqual({ inventory: inventory.length, connections: 1 });
    expect(stats.requests).toBe(inventory.length + 1);
    ts.resetStats();
    expect([ts.requests().length, ts.stats().requests]).toEqual([0, 0]);
  });
});
