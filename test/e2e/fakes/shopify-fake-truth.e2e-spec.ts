import { describe, expect, it } from '@jest/globals';
import { CANCEL_REASONS, type FakeOrder, type FakeShopify, type FakeShopifyOptions, formatCents, formatDateTime, startFakeShopify } from '../../fakes/shopify/index.js';
import { dataOf, gql, post, type Reply } from '../../support/fake-graphql.js';

/**
 * The fake store's money, after-the-fact changes, ground truth, ordersCount, cost of
 * pageInfo, a bulk export that walks the store while it runs, and revokeTokenAfter.
 */

interface Money {
  amount: string;
  currencyCode: string;
}

interface Bag {
  shopMoney: Money;
  presentmentMoney: Money;
}

async function withFake(options: FakeShopifyOptions, run: (fake: FakeShopify) => Promise<void> | void): Promise<void> {
  const fake = await startFakeShopify(options);
  try {
    await run(fake);
  } finally {
    await fake.close();
  }
}

const order = (fake: FakeShopify, id: string): FakeOrder => {
  const found = fake.orders().find((o) => o.id === id);
  if (found === undefined) throw new Error(`no order ${id}`);
  return found;
};

const pick = (fake: FakeShopify, test: (o: FakeOrder) => boolean): FakeOrder => {
  const found = fake.orders().find(test);
  if (found === undefined) throw new Error('no such order in the seeded store');
  return found;
};

const units = (o: FakeOrder): number => o.lineItems.reduce((sum, line) => sum + line.currentQuantity, 0);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const maxUpdatedAt = (fake: FakeShopify): number => Math.max(...fake.orders().map((o) => o.updatedAt));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Recent data, so a change made now gets an updatedAt later than the seeded ones. */
const RECENT = (): string => new Date(Date.now() - 86_400_000).toISOString();

describe('fake Shopify: money and quantities as Shopify has them', () => {
  it('seeds consistent orders: totals, refunds, cancellations, voids, discounts and custom lines', async () => {
    await withFake({ orders: 400, seed: 3 }, (fake) => {
      const orders = fake.orders();
      for (const o of orders) {
        expect(o.totalPriceCents).toBe(sum(o.lineItems.map((l) => l.quantity * l.discountedUnitPriceCents)));
        expect(o.currentTotalPriceCents).toBe(sum(o.lineItems.map((l) => l.currentQuantity * l.discountedUnitPriceCents)));
        for (const line of o.lineItems) {
          expect(line.currentQuantity).toBeLessThanOrEqual(line.quantity);
          expect(line.discountedUnitPriceCents).toBeLessThanOrEqual(line.unitPriceCents);
        }
        if (o.cancelledAt === null) {
          expect(o.cancelReason).toBeNull();
        } else {
          expect(CANCEL_REASONS).toContain(o.cancelReason);
          expect(units(o)).toBe(0);
          expect(['VOIDED', 'REFUNDED']).toContain(o.financialStatus);
        }
        switch (o.financialStatus) {
          case 'PARTIALLY_REFUNDED':
            expect(o.lineItems.some((l) => l.currentQuantity < l.quantity)).toBe(true);
            expect(o.totalRefundedCents).toBe(o.totalPriceCents - o.currentTotalPriceCents);
            expect(o.totalRefundedCents).toBeGreaterThan(0);
            break;
          case 'REFUNDED':
            expect(units(o)).toBe(0);
            expect(o.totalRefundedCents).toBe(o.totalPriceCents);
            break;
          case 'VOIDED':
            expect(o.totalRefundedCents).toBe(0);
            if (o.cancelledAt !== null) expect(o.currentTotalPriceCents).toBe(0);
            break;
          case 'PAID':
          case 'PENDING':
          case 'AUTHORIZED':
          case 'PARTIALLY_PAID':
          case 'EXPIRED':
            expect(o.totalRefundedCents).toBe(0);
            expect(o.currentTotalPriceCents).toBe(o.totalPriceCents);
        }
      }
      const statuses = new Set(orders.map((o) => o.financialStatus));
      for (const status of ['PAID', 'PARTIALLY_REFUNDED', 'PENDING', 'AUTHORIZED', 'REFUNDED', 'VOIDED']) expect(statuses).toContain(status);
      expect(orders.some((o) => o.cancelledAt !== null && o.financialStatus === 'VOIDED')).toBe(true);
      expect(orders.some((o) => o.cancelledAt !== null && o.financialStatus === 'REFUNDED')).toBe(true);

      const lines = orders.flatMap((o) => o.lineItems);
      const discounted = lines.filter((l) => l.discountedUnitPriceCents < l.unitPriceCents).length / lines.length;
      expect(discounted).toBeGreaterThan(0.15);
      expect(discounted).toBeLessThan(0.35);
      for (const line of lines.filter((l) => l.discountedUnitPriceCents < l.unitPriceCents)) {
        const off = 1 - line.discountedUnitPriceCents / line.unitPriceCents;
        expect(off).toBeGreaterThan(0.09);
        expect(off).toBeLessThan(0.31);
      }
      const custom = lines.filter((l) => l.sku === null);
      expect(custom.length).toBeGreaterThan(0);
      for (const line of custom) {
        expect(line.variantId).toBeNull();
        expect(line.title).toBe(line.name);
      }
      expect(lines.some((l) => l.sku !== null && l.variantId === null)).toBe(true); // unknown SKUs are still there
    });
  });

  it('serves the new fields, with presentment amounts that really differ from shop amounts', async () => {
    await withFake({ orders: 60, seed: 5, presentmentCurrencyCode: 'EUR', presentmentRate: 0.9 }, async (fake) => {
      const target = pick(fake, (o) => o.financialStatus === 'PARTIALLY_REFUNDED');
      const cancelled = pick(fake, (o) => o.cancelledAt !== null);
      interface OrderData {
        currencyCode: string;
        presentmentCurrencyCode: string;
        cancelReason: string | null;
        totalPriceSet: Bag;
        currentTotalPriceSet: Bag;
        totalRefundedSet: Bag;
        lineItems: { nodes: { title: string; name: string; originalUnitPriceSet: Bag; discountedUnitPriceAfterAllDiscountsSet: Bag }[] };
      }
      const reply = await gql<{ a: OrderData; b: { cancelReason: string } }>(
        fake,
        `query($a: ID!, $b: ID!) {
          a: order(id: $a) { currencyCode presentmentCurrencyCode cancelReason
            totalPriceSet { ...Bag } currentTotalPriceSet { ...Bag } totalRefundedSet { ...Bag }
            lineItems(first: 10) { nodes { title name originalUnitPriceSet { ...Bag } discountedUnitPriceAfterAllDiscountsSet { ...Bag } } } }
          b: order(id: $b) { cancelReason } }
        fragment Bag on MoneyBag { shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } }`,
        { a: target.id, b: cancelled.id },
      );
      const { a, b } = dataOf(reply);
      const bag = (cents: number): Bag => ({
        shopMoney: { amount: formatCents(cents), currencyCode: 'USD' },
        presentmentMoney: { amount: formatCents(Math.round(cents * 0.9)), currencyCode: 'EUR' },
      });
      expect(a).toMatchObject({ currencyCode: 'USD', presentmentCurrencyCode: 'EUR', cancelReason: null });
      expect(a.totalPriceSet).toEqual(bag(target.totalPriceCents));
      expect(a.currentTotalPriceSet).toEqual(bag(target.currentTotalPriceCents));
      expect(a.totalRefundedSet).toEqual(bag(target.totalRefundedCents));
      expect(a.totalPriceSet.presentmentMoney.amount).not.toBe(a.totalPriceSet.shopMoney.amount);
      expect(a.lineItems.nodes).toEqual(
        target.lineItems.map((line) => ({
          title: line.title,
          name: line.name,
          originalUnitPriceSet: bag(line.unitPriceCents),
          discountedUnitPriceAfterAllDiscountsSet: bag(line.discountedUnitPriceCents),
        })),
      );
      expect(b.cancelReason).toBe(cancelled.cancelReason);
    });
  });

  it('presents in the shop currency by default', async () => {
    await withFake({ orders: 3, currencyCode: 'CAD' }, async (fake) => {
      const id = fake.orders()[0]?.id ?? '';
      const reply = await gql<{ order: { presentmentCurrencyCode: string; totalPriceSet: Bag } }>(
        fake,
        'query($id: ID!) { order(id: $id) { presentmentCurrencyCode totalPriceSet { shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } } } }',
        { id },
      );
      const { order: o } = dataOf(reply);
      expect(o.presentmentCurrencyCode).toBe('CAD');
      expect(o.totalPriceSet.presentmentMoney).toEqual(o.totalPriceSet.shopMoney);
    });
  });
});

describe('fake Shopify: changes after the fact', () => {
  const options: FakeShopifyOptions = { orders: 200, seed: 7, linesPerOrder: 3, startDate: RECENT() };

  it('refunds units line by line, then the rest; refuses what cannot be refunded', async () => {
    await withFake(options, (fake) => {
      const paid = pick(fake, (o) => o.financialStatus === 'PAID' && !o.test && (o.lineItems[0]?.currentQuantity ?? 0) >= 1 && units(o) >= 3);
      const before = maxUpdatedAt(fake);
      const first = paid.lineItems[0];
      const second = paid.lineItems[1];
      if (first === undefined || second === undefined) throw new Error('lines');
      // One unit more than the first line has: it empties the first line and takes one from the second.
      fake.refundOrder(paid.id, first.currentQuantity + 1);
      const partly = order(fake, paid.id);
      expect(partly.financialStatus).toBe('PARTIALLY_REFUNDED');
      expect(partly.lineItems.map((l) => l.currentQuantity)).toEqual([0, second.currentQuantity - 1, ...paid.lineItems.slice(2).map((l) => l.currentQuantity)]);
      expect(partly.lineItems.map((l) => l.quantity)).toEqual(paid.lineItems.map((l) => l.quantity));
      expect(partly.totalRefundedCents).toBe(first.currentQuantity * first.discountedUnitPriceCents + second.discountedUnitPriceCents);
      expect(partly.currentTotalPriceCents).toBe(paid.totalPriceCents - partly.totalRefundedCents);
      expect(partly.totalPriceCents).toBe(paid.totalPriceCents);
      expect(partly.updatedAt).toBeGreaterThanOrEqual(before);
      expect(partly.updatedAt % 1000).toBe(0);

      fake.refundOrder(paid.id);
      expect(fake.orderTruth(paid.id)).toEqual({ financialStatus: 'REFUNDED', cancelledAt: null, currentTotalCents: 0, totalRefundedCents: paid.totalPriceCents });
      expect(() => { fake.refundOrder(paid.id); }).toThrow(/REFUNDED/);

      const pending = pick(fake, (o) => o.financialStatus === 'PENDING');
      expect(() => { fake.refundOrder(pending.id); }).toThrow(/PENDING/);
      const other = pick(fake, (o) => o.financialStatus === 'PAID' && units(o) > 0);
      expect(() => { fake.refundOrder(other.id, units(other) + 1); }).toThrow(/remain/);
      expect(() => { fake.refundOrder('gid://shopify/Order/1'); }).toThrow(/No order/);
    });
  });

  it('cancels: a paid order is refunded in full (or not), one never captured is voided', async () => {
    await withFake(options, (fake) => {
      const paid = pick(fake, (o) => o.financialStatus === 'PAID' && units(o) > 0);
      fake.cancelOrder(paid.id, { reason: 'CUSTOMER' });
      const refunded = order(fake, paid.id);
      expect(refunded).toMatchObject({ financialStatus: 'REFUNDED', cancelReason: 'CUSTOMER', totalRefundedCents: paid.totalPriceCents, currentTotalPriceCents: 0 });
      expect(refunded.cancelledAt).toBe(refunded.updatedAt);
      expect(units(refunded)).toBe(0);
      expect(() => { fake.cancelOrder(paid.id); }).toThrow(/already/);

      const kept = pick(fake, (o) => o.financialStatus === 'PAID' && o.cancelledAt === null && units(o) > 0);
      fake.cancelOrder(kept.id, { refund: false });
      expect(order(fake, kept.id)).toMatchObject({ financialStatus: 'PAID', cancelReason: 'OTHER', totalRefundedCents: 0, currentTotalPriceCents: 0 });

      const partly = pick(fake, (o) => o.financialStatus === 'PARTIALLY_REFUNDED' && o.cancelledAt === null);
      fake.cancelOrder(partly.id);
      expect(fake.orderTruth(partly.id)).toMatchObject({ financialStatus: 'REFUNDED', currentTotalCents: 0, totalRefundedCents: partly.totalPriceCents });

      for (const status of ['AUTHORIZED', 'PENDING'] as const) {
        const open = pick(fake, (o) => o.financialStatus === status && o.cancelledAt === null);
        fake.cancelOrder(open.id, { refund: false, reason: 'INVENTORY' });
        expect(order(fake, open.id)).toMatchObject({ financialStatus: 'VOIDED', cancelReason: 'INVENTORY', totalRefundedCents: 0, currentTotalPriceCents: 0 });
      }
    });
  });

  it('voids an authorization without cancelling, and pays open orders', async () => {
    await withFake(options, (fake) => {
      const authorized = pick(fake, (o) => o.financialStatus === 'AUTHORIZED');
      fake.voidOrder(authorized.id);
      const voided = order(fake, authorized.id);
      expect(voided).toMatchObject({ financialStatus: 'VOIDED', cancelledAt: null, cancelReason: null, totalRefundedCents: 0 });
      expect(voided.lineItems).toEqual(authorized.lineItems);
      expect(() => { fake.voidOrder(voided.id); }).toThrow(/VOIDED/);
      expect(() => { fake.voidOrder(pick(fake, (o) => o.financialStatus === 'PAID').id); }).toThrow(/PAID/);

      const pending = pick(fake, (o) => o.financialStatus === 'PENDING' && !o.test);
      const salesBefore = fake.netSales();
      fake.payOrder(pending.id);
      expect(order(fake, pending.id).financialStatus).toBe('PAID');
      const salesAfter = fake.netSales();
      const unitsOf = (sales: Map<string, { units: number }>): number => sum([...sales.values()].map((s) => s.units));
      expect(unitsOf(salesAfter)).toBe(unitsOf(salesBefore) + units(pending));
      expect(() => { fake.payOrder(pending.id); }).toThrow(/PAID/);
    });
  });

  it('edits many orders with one shared updatedAt, never earlier than any given out', async () => {
    await withFake(options, (fake) => {
      const before = maxUpdatedAt(fake);
      const targets = fake.orders().filter((o) => o.cancelledAt === null && o.financialStatus !== 'REFUNDED').slice(0, 60);
      const ids = fake.editOrders(targets.map((o) => o.id));
      expect(ids).toEqual(targets.map((o) => o.id));
      const edited = ids.map((id) => order(fake, id));
      expect(new Set(edited.map((o) => o.updatedAt)).size).toBe(1);
      const [stamp] = edited.map((o) => o.updatedAt);
      expect(stamp).toBeGreaterThanOrEqual(before);
      expect((stamp ?? 1) % 1000).toBe(0);
      for (const [index, o] of edited.entries()) {
        const was = targets[index];
        if (was === undefined) throw new Error('target');
        expect(o.lineItems[0]?.quantity).toBe((was.lineItems[0]?.quantity ?? 0) + 1);
        expect(o.lineItems[0]?.currentQuantity).toBe((was.lineItems[0]?.currentQuantity ?? 0) + 1);
        expect(o.totalPriceCents).toBe(was.totalPriceCents + (was.lineItems[0]?.discountedUnitPriceCents ?? 0));
        expect(o.currentTotalPriceCents).toBe(was.currentTotalPriceCents + (was.lineItems[0]?.discountedUnitPriceCents ?? 0));
      }
      // A cancelled order cannot be edited on Shopify: only its updatedAt moves.
      const cancelled = pick(fake, (o) => o.cancelledAt !== null);
      fake.editOrders([cancelled.id]);
      expect(order(fake, cancelled.id)).toEqual({ ...cancelled, updatedAt: expect.any(Number) });
      expect(order(fake, cancelled.id).updatedAt).toBeGreaterThanOrEqual(stamp ?? 0);
    });
  });
});

describe('fake Shopify: ground truth', () => {
  it('netSales is what the views say was sold, and moves with refunds and cancellations', async () => {
    await withFake({ orders: 80, seed: 11, customLineRate: 0.2, bucketSize: 100_000, restoreRate: 100_000 }, async (fake) => {
      interface Line {
        sku: string | null;
        name: string;
        currentQuantity: number;
        discountedUnitPriceAfterAllDiscountsSet: { shopMoney: { amount: string } };
        variant: { id: string } | null;
      }
      interface Page {
        orders: {
          nodes: { test: boolean; cancelledAt: string | null; displayFinancialStatus: string; lineItems: { nodes: Line[] } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }
      const viaViews = async (): Promise<Map<string, { units: number; amountCents: number }>> => {
        const sales = new Map<string, { units: number; amountCents: number }>();
        let after: string | null = null;
        for (;;) {
          const page: Page = dataOf(
            await gql<Page>(
              fake,
              `query($after: String) { orders(first: 20, after: $after) { nodes { test cancelledAt displayFinancialStatus
                lineItems(first: 10) { nodes { sku name currentQuantity discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount } } variant { id } } } }
                pageInfo { hasNextPage endCursor } } }`,
              { after },
            ),
          );
          for (const o of page.orders.nodes) {
            if (o.test || o.cancelledAt !== null || !['PAID', 'PARTIALLY_REFUNDED'].includes(o.displayFinancialStatus)) continue;
            for (const line of o.lineItems.nodes) {
              if (line.currentQuantity === 0) continue;
              const key = line.variant?.id ?? (line.sku === null ? `custom:${line.name}` : `sku:${line.sku}`);
              const cents = Math.round(Number(line.discountedUnitPriceAfterAllDiscountsSet.shopMoney.amount) * 100);
              const sale = sales.get(key) ?? { units: 0, amountCents: 0 };
              sales.set(key, { units: sale.units + line.currentQuantity, amountCents: sale.amountCents + line.currentQuantity * cents });
            }
          }
          if (!page.orders.pageInfo.hasNextPage) return sales;
          after = page.orders.pageInfo.endCursor;
        }
      };
      const truth = fake.netSales();
      expect(truth).toEqual(await viaViews());
      expect([...truth.keys()].some((key) => key.startsWith('custom:'))).toBe(true);
      expect([...truth.keys()].some((key) => key.startsWith('sku:'))).toBe(true);

      const paid = pick(fake, (o) => o.financialStatus === 'PAID' && !o.test && o.lineItems[0]?.variantId !== null && (o.lineItems[0]?.currentQuantity ?? 0) > 0);
      const line = paid.lineItems[0];
      if (line?.variantId === null || line === undefined) throw new Error('line');
      const before = truth.get(line.variantId);
      fake.refundOrder(paid.id, 1);
      const after = fake.netSales().get(line.variantId);
      expect(after?.units ?? 0).toBe((before?.units ?? 0) - 1);
      expect(after?.amountCents ?? 0).toBe((before?.amountCents ?? 0) - line.discountedUnitPriceCents);

      const other = pick(fake, (o) => o.financialStatus === 'PAID' && !o.test && units(o) > 0 && o.id !== paid.id);
      const unitsBefore = sum([...fake.netSales().values()].map((s) => s.units));
      fake.cancelOrder(other.id, { refund: false });
      expect(sum([...fake.netSales().values()].map((s) => s.units))).toBe(unitsBefore - units(other));
      expect(fake.netSales()).toEqual(await viaViews());
      expect(fake.orderTruth(other.id)).toEqual({
        financialStatus: 'PAID',
        cancelledAt: order(fake, other.id).cancelledAt,
        currentTotalCents: 0,
        totalRefundedCents: 0,
      });
    });
  });
});

describe('fake Shopify: ordersCount and cost', () => {
  it('counts orders matching the search, exactly or at least up to the limit, for 1 point', async () => {
    await withFake({ orders: 40, seed: 3 }, async (fake) => {
      type CountData = { ordersCount: { count: number; precision: string } | null };
      const count = async (args: string): Promise<Reply<CountData>> => gql<CountData>(fake, `{ ordersCount${args} { count precision } }`);
      const all = await count('');
      expect(dataOf(all).ordersCount).toEqual({ count: 40, precision: 'EXACT' });
      expect(all.extensions?.cost).toMatchObject({ requestedQueryCost: 1, actualQueryCost: 1 });
      const paid = fake.orders().filter((o) => o.financialStatus === 'PAID').length;
      expect(dataOf(await count('(query: "financial_status:paid")')).ordersCount).toEqual({ count: paid, precision: 'EXACT' });
      expect(dataOf(await count('(limit: 5)')).ordersCount).toEqual({ count: 5, precision: 'AT_LEAST' });
      expect(dataOf(await count('(limit: 41)')).ordersCount).toEqual({ count: 40, precision: 'EXACT' });
      expect(dataOf(await count('(limit: null)')).ordersCount).toEqual({ count: 40, precision: 'EXACT' });
    });
  });

  it('does not charge for pageInfo: orders(first: 19) with nested lineItems(first: 10) is 857', async () => {
    await withFake({ orders: 30, linesPerOrder: 2, unknownSkuRate: 0, customLineRate: 0, bucketSize: 100_000, restoreRate: 100_000 }, async (fake) => {
      // Per order: node 1 + totalPriceSet 1 + shopMoney 1 + lineItems (2 + 10 × (line 1 + price set 1 + money 1 + variant 1)) = 45.
      const reply = await gql(
        fake,
        `{ orders(first: 19) { edges { cursor node { id totalPriceSet { shopMoney { amount currencyCode } }
            lineItems(first: 10) { edges { node { id sku quantity originalUnitPriceSet { shopMoney { amount } } variant { id } } } pageInfo { hasNextPage endCursor } } } }
          pageInfo { hasNextPage endCursor } } }`,
      );
      dataOf(reply);
      // 19 orders came back, each 3 + 2 + 2 lines × 4 = 13: 2 + 19 × 13 = 249.
      expect(reply.extensions?.cost).toMatchObject({ requestedQueryCost: 857, actualQueryCost: 249 });
    });
  });
});

describe('fake Shopify: a bulk export is not a snapshot', () => {
  const BULK = `mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id createdAt } userErrors { message } } }`;
  const INNER = '{ orders { edges { node { id updatedAt lineItems { edges { node { id quantity } } } } } } }';

  const runExport = async (fake: FakeShopify, during: () => Promise<void>): Promise<{ parents: Map<string, Record<string, unknown>>; children: Record<string, unknown>[] }> => {
    const started = dataOf(await gql<{ bulkOperationRunQuery: { bulkOperation: { id: string; createdAt: string } | null } }>(fake, BULK, { q: INNER }));
    const id = started.bulkOperationRunQuery.bulkOperation?.id ?? '';
    await during();
    let url: string | null = null;
    for (let attempt = 0; attempt < 100 && url === null; attempt++) {
      const polled = dataOf(await gql<{ node: { status: string; url: string | null } }>(fake, 'query($id: ID!) { node(id: $id) { ... on BulkOperation { status url } } }', { id }));
      url = polled.node.url;
      if (url === null) await sleep(50);
    }
    if (url === null) throw new Error('export did not complete');
    const text = await (await fetch(url)).text();
    const lines = text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { parents: new Map(lines.filter((l) => !('__parentId' in l)).map((l) => [String(l['id']), l])), children: lines.filter((l) => '__parentId' in l) };
  };

  it('shows an order changed mid-export in its old state early in the walk and its new state late', async () => {
    await withFake({ orders: 10, seed: 2, linesPerOrder: 1, startDate: RECENT(), bulkCompleteAfterMs: 1500 }, async (fake) => {
      const [early, , , , , , , , , late] = fake.orders().map((o) => o.id);
      if (early === undefined || late === undefined) throw new Error('orders');
      const old = new Map(fake.orders().map((o) => [o.id, o]));
      const startedAt = Date.now();
      const { parents, children } = await runExport(fake, async () => {
        // Root 0 of 10 is read at +150 ms, root 9 at +1500 ms: change both in between.
        await sleep(400);
        fake.editOrders([early, late]);
        fake.addOrders(1);
      });
      const quantityOf = (id: string): unknown => children.find((c) => c['__parentId'] === id)?.['quantity'];
      const now = new Map(fake.orders().map((o) => [o.id, o]));
      expect([...parents.keys()]).toEqual([...old.keys()]); // the set was decided at start: not the order added meanwhile
      expect(parents.get(early)?.['updatedAt']).toBe(formatDateTime(old.get(early)?.updatedAt ?? 0));
      expect(quantityOf(early)).toBe(old.get(early)?.lineItems[0]?.quantity);
      expect(parents.get(late)?.['updatedAt']).toBe(formatDateTime(now.get(late)?.updatedAt ?? 0));
      expect(quantityOf(late)).toBe(now.get(late)?.lineItems[0]?.quantity);
      expect(now.get(late)?.updatedAt).not.toBe(old.get(late)?.updatedAt);

      const [info] = fake.bulkOperations();
      expect(info?.status).toBe('COMPLETED');
      expect(info?.createdAt).toBe(Math.floor((info?.startedAt ?? 0) / 1000) * 1000);
      expect(info?.startedAt).toBeGreaterThanOrEqual(startedAt - 50);
      expect(info?.completedAt).toBeGreaterThanOrEqual(info?.createdAt ?? Infinity);
      expect((info?.completedAt ?? 1) % 1000).toBe(0);
    });
  });

  it('keeps a poll-completed export a snapshot of the start', async () => {
    await withFake({ orders: 6, seed: 2, linesPerOrder: 1, startDate: RECENT(), bulkPollsToComplete: 2 }, async (fake) => {
      const old = new Map(fake.orders().map((o) => [o.id, o]));
      const ids = [...old.keys()];
      const { children } = await runExport(fake, () => {
        fake.editOrders(ids);
        return Promise.resolve();
      });
      for (const id of ids) expect(children.find((c) => c['__parentId'] === id)?.['quantity']).toBe(old.get(id)?.lineItems[0]?.quantity);
    });
  });
});

describe('fake Shopify: revokeTokenAfter', () => {
  it('lets the next N requests through, then answers 401 until setAccessToken', async () => {
    await withFake({ orders: 2 }, async (fake) => {
      const statuses = async (count: number): Promise<number[]> => {
        const seen: number[] = [];
        for (let i = 0; i < count; i++) {
          const response = await post(fake, JSON.stringify({ query: '{ shop { name } }' }));
          seen.push(response.status);
          await response.text();
        }
        return seen;
      };
      fake.revokeTokenAfter(3);
      expect(await statuses(5)).toEqual([200, 200, 200, 401, 401]);
      fake.setAccessToken(fake.accessToken);
      expect(await statuses(2)).toEqual([200, 200]);
      fake.revokeTokenAfter(0);
      expect(await statuses(1)).toEqual([401]);
      expect(fake.stats().unauthorized).toBe(3);
    });
  });
});
