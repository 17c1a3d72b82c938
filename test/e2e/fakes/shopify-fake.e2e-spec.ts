import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type FakeShopify, type FakeShopifyOptions, formatDateTime, startFakeShopify } from '../../fakes/shopify/index.js';
import { parseSearchQuery } from '../../fakes/shopify/search-query.js';
import { type Cost, dataOf, gql, post, type Reply } from '../../support/fake-graphql.js';

/** The fake Shopify store checked on its own, over plain HTTP, as a connector would see it. */

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface OrderNode {
  id: string;
  name: string;
  updatedAt: string;
  test: boolean;
  displayFinancialStatus: string;
}

interface OrdersData {
  orders: { edges: { cursor: string; node: OrderNode }[]; pageInfo: PageInfo };
}

interface BulkOperation {
  id: string;
  status: string;
  errorCode: string | null;
  objectCount: string;
  rootObjectCount: string;
  fileSize: string | null;
  url: string | null;
  partialDataUrl: string | null;
}

interface RunQueryData {
  bulkOperationRunQuery: { bulkOperation: BulkOperation | null; userErrors: { code: string; field: string[] | null; message: string }[] };
}

const BULK_FIELDS = 'id status errorCode objectCount rootObjectCount fileSize url partialDataUrl';

const costOf = <D>(reply: Reply<D>): Cost => {
  if (reply.extensions === undefined) throw new Error('no extensions');
  return reply.extensions.cost;
};

async function withFake(options: FakeShopifyOptions, run: (fake: FakeShopify) => Promise<void>): Promise<void> {
  const fake = await startFakeShopify(options);
  try {
    await run(fake);
  } finally {
    await fake.close();
  }
}

const ORDER_PAGE = `query Page($after: String, $query: String, $reverse: Boolean) {
  orders(first: 20, after: $after, sortKey: UPDATED_AT, query: $query, reverse: $reverse) {
    edges { cursor node { id name updatedAt test displayFinancialStatus } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function walkOrders(fake: FakeShopify, query?: string, reverse = false): Promise<OrderNode[]> {
  const seen: OrderNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const { orders }: OrdersData = dataOf(await gql<OrdersData>(fake, ORDER_PAGE, { after, query, reverse }));
    seen.push(...orders.edges.map((edge) => edge.node));
    if (page > 0 && orders.edges.length > 0) expect(orders.pageInfo.hasPreviousPage).toBe(true);
    expect(orders.pageInfo.endCursor).toBe(orders.edges.at(-1)?.cursor ?? null);
    if (!orders.pageInfo.hasNextPage) return seen;
    after = orders.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('fake Shopify: HTTP, auth and schema', () => {
  let fake: FakeShopify;
  beforeAll(async () => {
    fake = await startFakeShopify({ orders: 30, seed: 7 });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('serves on 127.0.0.1 and gives the store domain the connector will use', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.shopDomain).toBe(fake.url.replace('http://', ''));
  });

  it('answers 401 to a missing or wrong token with Shopify’s body', async () => {
    for (const token of [null, 'shpat_wrong']) {
      const response = await post(fake, JSON.stringify({ query: '{ shop { name } }' }), token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    }
  });

  it('answers 404 to other paths and accepts any YYYY-MM version', async () => {
    expect((await fetch(`${fake.url}/admin/api/2026-10/products.json`)).status).toBe(404);
    const response = await fetch(`${fake.url}/admin/api/2025-01/graphql.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shopify-access-token': fake.accessToken },
      body: JSON.stringify({ query: '{ shop { name } }' }),
    });
    expect(response.status).toBe(200);
  });

  it('answers the shop query with the cost envelope (an object costs 1)', async () => {
    const reply = await gql<{ shop: { name: string; currencyCode: string; ianaTimezone: string } }>(fake, '{ shop { name currencyCode ianaTimezone } }');
    expect(dataOf(reply).shop).toEqual({ name: 'Fake Shop', currencyCode: 'USD', ianaTimezone: 'America/New_York' });
    expect(costOf(reply)).toEqual({
      requestedQueryCost: 1,
      actualQueryCost: 1,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: expect.any(Number), restoreRate: 50 },
    });
  });

  it('reports validation errors as GRAPHQL_VALIDATION_FAILED and a bad body as 400', async () => {
    const reply = await gql(fake, '{ orders(first: 1) { nodes { id totalPrice } } }');
    expect(reply.data).toBeUndefined();
    expect(reply.errors?.[0]?.message).toContain('totalPrice');
    expect(reply.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const bad = await post(fake, '{"query": ');
    expect(bad.status).toBe(400);
  });

  it('supports aliases, fragments and variables through real GraphQL execution', async () => {
    const order = fake.orders()[3];
    if (order === undefined) throw new Error('no order');
    const reply = await gql<{ a: { name: string; total: { shopMoney: { amount: string } } } | null; b: null }>(
      fake,
      `query One($id: ID!) { a: order(id: $id) { ...Names total: totalPriceSet { shopMoney { amount } } } b: order(id: "gid://shopify/Order/1") { id } }
       fragment Names on Order { name }`,
      { id: order.id },
    );
    const data = dataOf(reply);
    expect(data.a?.name).toBe(order.name);
    expect(data.a?.total.shopMoney.amount).toMatch(/^\d+\.\d{1,2}$/);
    expect(data.b).toBeNull();
  });

  it('refuses first above 250 and a connection without first or last', async () => {
    const tooMany = await gql(fake, '{ orders(first: 251) { nodes { id } } }');
    expect(tooMany.errors?.[0]?.message).toBe('The first argument cannot exceed 250.');
    const none = await gql(fake, '{ orders { nodes { id } } }');
    expect(none.errors?.[0]?.message).toBe('you must provide one of first or last');
  });
});

describe('fake Shopify: query cost', () => {
  let fake: FakeShopify;
  beforeAll(async () => {
    fake = await startFakeShopify({ orders: 10, linesPerOrder: 2, unknownSkuRate: 0, bucketSize: 100_000, restoreRate: 100_000 });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('refuses orders(first: 250) with 10 nested lines every time: 2 + 250 × (1 + 2 + 10) = 3252', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const reply = await gql(fake, '{ orders(first: 250) { nodes { lineItems(first: 10) { nodes { id } } } } }');
      expect(reply.data).toBeUndefined();
      expect(reply.errors).toEqual([
        {
          message: 'Query cost is 3252, which exceeds the single query max cost limit (1000).',
          extensions: { code: 'MAX_COST_EXCEEDED', cost: 3252, maxCost: 1000, documentation: expect.any(String) },
        },
      ]);
      expect(costOf(reply).requestedQueryCost).toBe(3252);
    }
    expect(fake.stats().maxCostRefused).toBe(2);
  });

  it('prices a connector page at 2 + 20 × 45 = 902 requested (pageInfo is free) and charges what came back', async () => {
    // Per order: node 1 + totalPriceSet 1 + shopMoney 1 + lineItems (2 + 10 × (line 1 + price set 1 + money 1 + variant 1)) = 45.
    const reply = await gql(
      fake,
      `{ orders(first: 20, sortKey: UPDATED_AT) {
          edges { cursor node { id name updatedAt totalPriceSet { shopMoney { amount currencyCode } }
            lineItems(first: 10) { nodes { id sku quantity originalUnitPriceSet { shopMoney { amount } } variant { id sku } } } } }
          pageInfo { hasNextPage endCursor } } }`,
    );
    dataOf(reply);
    // 10 orders came back, each 3 + 2 + 2 lines × 4 = 13: 2 + 10 × 13 = 132.
    expect(costOf(reply)).toMatchObject({ requestedQueryCost: 902, actualQueryCost: 132 });
  });

  it('sizes connections from variables, counts edges and nodes alike and pageInfo not at all', async () => {
    const byVariable = await gql(fake, 'query($n: Int!) { orders(first: $n) { edges { node { id } } } }', { n: 5 });
    expect(costOf(byVariable)).toMatchObject({ requestedQueryCost: 7, actualQueryCost: 7 });
    const fewer = await gql(fake, '{ orders(first: 50) { nodes { id } pageInfo { hasNextPage } } }');
    expect(costOf(fewer)).toMatchObject({ requestedQueryCost: 52, actualQueryCost: 12 });
    const scalarsOnly = await gql(fake, '{ productVariants(first: 3) { nodes { id sku price product { title } } } }');
    expect(costOf(scalarsOnly)).toMatchObject({ requestedQueryCost: 8, actualQueryCost: 8 });
  });

  it('charges a mutation 10 flat', async () => {
    const reply = await gql(fake, `mutation { bulkOperationRunQuery(query: "{ productVariants { edges { node { id } } } }") { bulkOperation { id } userErrors { message } } }`);
    expect(costOf(reply)).toMatchObject({ requestedQueryCost: 10, actualQueryCost: 10 });
  });
});

describe('fake Shopify: data, pagination and search', () => {
  let fake: FakeShopify;
  beforeAll(async () => {
    fake = await startFakeShopify({ orders: 95, variants: 12, seed: 3 });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('makes the same data from the same seed, with ties on updatedAt and a mix of statuses', async () => {
    const twin = await startFakeShopify({ orders: 95, variants: 12, seed: 3 });
    try {
      expect(twin.orders()).toEqual(fake.orders());
    } finally {
      await twin.close();
    }
    const orders = fake.orders();
    expect(new Set(orders.map((o) => o.updatedAt)).size).toBeLessThan(orders.length);
    const statuses = new Set(orders.map((o) => o.financialStatus));
    for (const status of ['PAID', 'PARTIALLY_REFUNDED', 'PENDING', 'AUTHORIZED']) expect(statuses).toContain(status);
    expect(orders.some((o) => o.test)).toBe(true);
    expect(orders.some((o) => o.cancelledAt !== null)).toBe(true);
    const skus = new Set(fake.variants().map((v) => v.sku));
    const lines = orders.flatMap((o) => o.lineItems);
    expect(lines.some((line) => line.sku !== null && !skus.has(line.sku) && line.variantId === null)).toBe(true);
  });

  it('walks every order exactly once, in updatedAt order, forwards and in reverse', async () => {
    const seen = await walkOrders(fake);
    expect(seen.map((o) => o.id).sort()).toEqual(fake.orders().map((o) => o.id).sort());
    const times = seen.map((o) => o.updatedAt);
    expect([...times].sort()).toEqual(times);
    const reversed = await walkOrders(fake, undefined, true);
    expect(reversed.map((o) => o.id)).toEqual(seen.map((o) => o.id).reverse());
  });

  it('filters with the search syntax', async () => {
    const orders = fake.orders();
    const watermark = orders[40]?.updatedAt ?? 0;
    const expectIds = async (query: string, expected: readonly { id: string }[]): Promise<void> => {
      const ids = (await walkOrders(fake, query)).map((o) => o.id).sort();
      expect(ids).toEqual(expected.map((o) => o.id).sort());
    };
    await expectIds('financial_status:paid', orders.filter((o) => o.financialStatus === 'PAID'));
    await expectIds(
      `updated_at:>'${formatDateTime(watermark)}' AND (financial_status:paid OR financial_status:partially_refunded)`,
      orders.filter((o) => o.updatedAt > watermark && (o.financialStatus === 'PAID' || o.financialStatus === 'PARTIALLY_REFUNDED')),
    );
    await expectIds('-test:true', orders.filter((o) => !o.test));
    await expectIds(`NOT financial_status:paid updated_at:<="${formatDateTime(watermark)}"`, orders.filter((o) => o.financialStatus !== 'PAID' && o.updatedAt <= watermark));
    const pivot = orders[80];
    if (pivot === undefined) throw new Error('no pivot');
    await expectIds(`id:>${pivot.legacyId}`, orders.filter((o) => o.legacyId > pivot.legacyId));
  });

  it('ignores an unknown search field with a warning, as Shopify does', async () => {
    const reply = await gql<OrdersData>(fake, '{ orders(first: 5, query: "colour:red") { edges { cursor node { id } } pageInfo { hasNextPage } } }');
    expect(dataOf(reply).orders.edges).toHaveLength(5);
    expect(reply.extensions?.search).toEqual([{ path: ['orders'], query: 'colour:red', warnings: [{ field: 'colour', message: 'Invalid search field for this query.' }] }]);
  });

  it('searches variants by sku and serves their fields', async () => {
    const variant = fake.variants()[2];
    if (variant === undefined) throw new Error('no variant');
    const reply = await gql<{ productVariants: { nodes: { id: string; sku: string; price: string; product: { id: string } }[] } }>(
      fake,
      'query($q: String) { productVariants(first: 10, query: $q) { nodes { id sku price product { id } } } }',
      { q: `sku:${variant.sku}` },
    );
    expect(dataOf(reply).productVariants.nodes).toEqual([{ id: variant.id, sku: variant.sku, price: expect.stringMatching(/^\d+\.\d{1,2}$/), product: { id: variant.product.id } }]);
  });

  it('moves mutated orders past the watermark and adds new ones', async () => {
    const before = Math.max(...fake.orders().map((o) => o.updatedAt));
    const mutated = fake.mutateOrders(3);
    const added = fake.addOrders(2);
    expect(mutated).toHaveLength(3);
    expect(added).toHaveLength(2);
    const changed = await walkOrders(fake, `updated_at:>='${formatDateTime(before)}'`);
    const ids = changed.map((o) => o.id);
    for (const id of [...mutated, ...added]) expect(ids).toContain(id);
  });
});

describe('fake Shopify: search syntax parser', () => {
  it('parses fields, comparators, quotes, connectives, negation and parentheses', () => {
    expect(parseSearchQuery(`updated_at:>'2026-11-01T00:00:00Z' AND (financial_status:paid OR -test:true) name:"#10 01"`)).toEqual({
      kind: 'and',
      children: [
        { kind: 'term', field: 'updated_at', comparator: '>', value: '2026-11-01T00:00:00Z' },
        {
          kind: 'or',
          children: [
            { kind: 'term', field: 'financial_status', comparator: '=', value: 'paid' },
            { kind: 'not', child: { kind: 'term', field: 'test', comparator: '=', value: 'true' } },
          ],
        },
        { kind: 'term', field: 'name', comparator: '=', value: '#10 01' },
      ],
    });
    expect(parseSearchQuery('id:>=5 OR NOT sku:ABC*')).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', field: 'id', comparator: '>=', value: '5' },
        { kind: 'not', child: { kind: 'term', field: 'sku', comparator: '=', value: 'ABC*' } },
      ],
    });
  });

  it('never rejects a query: stray parentheses and dangling connectives are skipped', () => {
    expect(parseSearchQuery('')).toEqual({ kind: 'all' });
    expect(parseSearchQuery(') test:true AND')).toEqual({ kind: 'term', field: 'test', comparator: '=', value: 'true' });
    expect(parseSearchQuery('(test:false')).toEqual({ kind: 'term', field: 'test', comparator: '=', value: 'false' });
  });
});

describe('fake Shopify: leaky bucket', () => {
  it('throttles when the bucket cannot pay the requested cost and restores over time', async () => {
    await withFake({ orders: 10, bucketSize: 100, restoreRate: 50 }, async (fake) => {
      fake.setBucket(0);
      const query = '{ orders(first: 10) { nodes { id } } }'; // requested 12
      const throttled = await gql(fake, query);
      expect(throttled.errors?.[0]).toEqual({ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: expect.any(String) } });
      expect(costOf(throttled)).toMatchObject({ requestedQueryCost: 12, actualQueryCost: null, throttleStatus: { maximumAvailable: 100, restoreRate: 50 } });
      const early = costOf(throttled).throttleStatus.currentlyAvailable;
      expect(early).toBeLessThan(12);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fake.throttleStatus().currentlyAvailable).toBeGreaterThanOrEqual(early + 12);
      const served = await gql(fake, query);
      expect(costOf(served).actualQueryCost).toBe(12);
      expect(fake.stats()).toMatchObject({ throttled: 1, served: 1, pointsCharged: 12 });
    });
  });
});

describe('fake Shopify: bulk operations', () => {
  const ORDERS_BULK = '{ orders { edges { node { id name lineItems { edges { node { id sku quantity } } } } } } }';
  const runBulk = async (fake: FakeShopify, inner = ORDERS_BULK, groupObjects?: boolean): Promise<RunQueryData['bulkOperationRunQuery']> => {
    const grouped = groupObjects === undefined ? ['', ''] : [', $g: Boolean!', ', groupObjects: $g'];
    const reply = await gql<RunQueryData>(
      fake,
      `mutation($q: String!${grouped[0] ?? ''}) { bulkOperationRunQuery(query: $q${grouped[1] ?? ''}) { bulkOperation { ${BULK_FIELDS} } userErrors { code field message } } }`,
      { q: inner, ...(groupObjects === undefined ? {} : { g: groupObjects }) },
    );
    return dataOf(reply).bulkOperationRunQuery;
  };

  const poll = async (fake: FakeShopify, id: string): Promise<BulkOperation> => {
    const reply = await gql<{ node: BulkOperation | null }>(fake, `query($id: ID!) { node(id: $id) { ... on BulkOperation { ${BULK_FIELDS} } } }`, { id });
    const node = dataOf(reply).node;
    if (node === null) throw new Error('unknown operation');
    return node;
  };

  const download = async (url: string): Promise<{ text: string; lines: Record<string, unknown>[] }> => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const text = await response.text();
    return { text, lines: text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>) };
  };

  it('runs CREATED → RUNNING → COMPLETED and serves JSONL with __parentId', async () => {
    await withFake({ orders: 40, bulkPollsToComplete: 2, bulkBatchSize: 10 }, async (fake) => {
      const started = await runBulk(fake);
      expect(started.userErrors).toEqual([]);
      expect(started.bulkOperation?.status).toBe('CREATED');
      const id = started.bulkOperation?.id ?? '';

      const second = await runBulk(fake, ORDERS_BULK, true);
      expect(second.bulkOperation).toBeNull();
      expect(second.userErrors).toEqual([
        { code: 'OPERATION_IN_PROGRESS', field: null, message: `A bulk query operation for this app and shop is already in progress: ${id}.` },
      ]);

      const current = dataOf(await gql<{ currentBulkOperation: BulkOperation }>(fake, `{ currentBulkOperation { ${BULK_FIELDS} } }`));
      expect(current.currentBulkOperation.status).toBe('RUNNING');
      const done = await poll(fake, id);
      expect(done.status).toBe('COMPLETED');
      expect(done.url).toMatch(/\.jsonl$/);

      const { text, lines } = await download(done.url ?? '');
      const orders = fake.orders();
      const lineCount = orders.reduce((sum, o) => sum + o.lineItems.length, 0);
      expect(done).toMatchObject({ objectCount: String(orders.length + lineCount), rootObjectCount: String(orders.length), fileSize: String(Buffer.byteLength(text)) });

      const parents = lines.filter((line) => !('__parentId' in line));
      expect(parents.map((p) => p['id'])).toEqual(orders.map((o) => o.id));
      expect(parents[0]).toEqual({ id: orders[0]?.id, name: orders[0]?.name });
      const position = new Map(lines.map((line, index) => [line['id'], index]));
      for (const [index, line] of lines.entries()) {
        if (!('__parentId' in line)) continue;
        expect(Object.keys(line).sort()).toEqual(['__parentId', 'id', 'quantity', 'sku']);
        expect(position.get(line['__parentId'])).toBeLessThan(index);
      }
      // groupObjects false: a batch of 10 parents, then their children.
      expect(lines.slice(0, 10).every((line) => !('__parentId' in line))).toBe(true);
    });
  });

  it('puts each parent’s children right after it with groupObjects: true', async () => {
    await withFake({ orders: 12, bulkPollsToComplete: 1 }, async (fake) => {
      const started = await runBulk(fake, ORDERS_BULK, true);
      const done = await poll(fake, started.bulkOperation?.id ?? '');
      const { lines } = await download(done.url ?? '');
      let parent: unknown = null;
      for (const line of lines) {
        if ('__parentId' in line) expect(line['__parentId']).toBe(parent);
        else parent = line['id'];
      }
    });
  });

  it('completes by time when bulkCompleteAfterMs is set, then accepts the next operation', async () => {
    await withFake({ orders: 3, bulkCompleteAfterMs: 100 }, async (fake) => {
      const first = await runBulk(fake);
      expect((await poll(fake, first.bulkOperation?.id ?? '')).status).toBe('RUNNING');
      await new Promise((resolve) => setTimeout(resolve, 120));
      const next = await runBulk(fake, '{ productVariants { edges { node { id sku product { title } } } } }');
      expect(next.userErrors).toEqual([]);
      expect((await poll(fake, first.bulkOperation?.id ?? '')).status).toBe('COMPLETED');
      expect(fake.bulkOperations().map((op) => op.status)).toEqual(['COMPLETED', 'RUNNING']);
    });
  });

  it('refuses bulk queries Shopify refuses', async () => {
    await withFake({ orders: 5 }, async (fake) => {
      const refuse = async (inner: string, message: RegExp): Promise<void> => {
        const payload = await runBulk(fake, inner);
        expect(payload.bulkOperation).toBeNull();
        expect(payload.userErrors).toHaveLength(1);
        expect(payload.userErrors[0]?.code).toBe('INVALID');
        expect(payload.userErrors[0]?.message).toMatch(message);
      };
      await refuse('{ orders(first: 10) { edges { node { id } } } }', /pagination arguments/);
      const six = Array.from({ length: 5 }, (_, i) => `l${i}: lineItems { edges { node { id } } }`).join(' ');
      await refuse(`{ orders { edges { node { id ${six} } } } }`, /more than 5 connections/);
      await refuse('{ orders { edges { node { name lineItems { edges { node { id } } } } } } }', /must select the 'id' field/);
      await refuse('{ shop { name } }', /at least one connection/);
      await refuse('{ orders { edges { node { nope } } } }', /Invalid bulk query/);
      expect(fake.bulkOperations()).toEqual([]);
    });
  });

  it('fails with a partial file or expires when told to', async () => {
    await withFake({ orders: 10, bulkPollsToComplete: 1, failNextBulk: true }, async (fake) => {
      const failed = await runBulk(fake);
      const status = await poll(fake, failed.bulkOperation?.id ?? '');
      expect(status).toMatchObject({ status: 'FAILED', errorCode: 'INTERNAL_SERVER_ERROR', url: null, rootObjectCount: '5' });
      const { lines } = await download(status.partialDataUrl ?? '');
      expect(lines.filter((line) => !('__parentId' in line))).toHaveLength(5);

      fake.expireNextBulk();
      const expiring = await runBulk(fake);
      expect(await poll(fake, expiring.bulkOperation?.id ?? '')).toMatchObject({ status: 'EXPIRED', url: null });
      expect((await fetch(`${fake.url}/bulk/none.jsonl`)).status).toBe(404);
    });
  });
});

describe('fake Shopify: faults', () => {
  const SHOP = JSON.stringify({ query: '{ shop { name } }' });

  it('answers 5xx with a non-JSON body, reproducibly from the seed', async () => {
    const statuses = async (): Promise<number[]> => {
      const result: number[] = [];
      await withFake({ orders: 1, seed: 11, fiveHundredRate: 0.5 }, async (fake) => {
        for (let i = 0; i < 12; i++) {
          const response = await post(fake, SHOP);
          result.push(response.status);
          const text = await response.text();
          if (response.status >= 500) expect(() => JSON.parse(text) as unknown).toThrow();
        }
      });
      return result;
    };
    const first = await statuses();
    expect(first.some((s) => s >= 500)).toBe(true);
    expect(first.some((s) => s === 200)).toBe(true);
    expect(await statuses()).toEqual(first);
  });

  it('answers 429 with Retry-After, injected THROTTLED, slow and truncated replies', async () => {
    await withFake({ orders: 1, tooManyRequestsRate: 1, retryAfterSeconds: 2 }, async (fake) => {
      const limited = await post(fake, SHOP);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('2');
      await limited.text();

      fake.setFaults({ tooManyRequestsRate: 0, throttleRate: 1 });
      const throttled = await gql(fake, '{ shop { name } }');
      expect(throttled.errors?.[0]?.extensions?.['code']).toBe('THROTTLED');

      fake.setFaults({ throttleRate: 0, slowRate: 1, slowMs: 150 });
      const startedAt = Date.now();
      expect((await post(fake, SHOP)).status).toBe(200);
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);

      fake.setFaults({ slowRate: 0 });
      fake.malformNext();
      const malformed = await post(fake, SHOP);
      expect(malformed.status).toBe(200);
      const text = await malformed.text();
      expect(() => JSON.parse(text) as unknown).toThrow();
      expect((await post(fake, SHOP)).status).toBe(200);

      fake.revokeToken();
      expect((await post(fake, SHOP)).status).toBe(401);
      expect(fake.stats()).toMatchObject({ tooManyRequests: 1, injectedThrottles: 1, throttled: 1, slowed: 1, malformed: 1, unauthorized: 1 });
    });
  });
});
