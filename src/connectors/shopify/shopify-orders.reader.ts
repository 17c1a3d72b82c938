import type { SourcePage, SyncCursor } from '../connector.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import {
  type LineNode,
  ORDER_LINES_PAGE,
  ORDER_LINES_QUERY,
  type OrderNode,
  ORDERS_QUERY,
  orderLinesCost,
  ordersCost,
  ordersPageSize,
  type PageInfo,
} from './shopify-queries.js';
import { toOrderRecord } from './shopify-records.js';

/** Where the next read resumes: after this order in (updatedAt, id) order. */
export interface OrdersCursor {
  updatedAt: string;
  id: number;
}

/** Line items fetched with each order; an order with more gets the rest by a follow-up query. */
const NESTED_LINES = 10;
/** Pages per `updated_at` window: Shopify limits how deep one paginated walk may go. */
const WINDOW_PAGES = 100;
const PAID = '(financial_status:paid OR financial_status:partially_refunded)';

/** The search for paid orders changed at or after the cursor (all of them without one). */
export const paidOrdersSince = (since: OrdersCursor | null): string => (since === null ? PAID : `updated_at:>='${since.updatedAt}' AND ${PAID}`);

const numericId = (gid: string): number => Number(gid.slice(gid.lastIndexOf('/') + 1));

/** Where reading resumes after this order. */
export const orderCursor = (order: Pick<OrderNode, 'id' | 'updatedAt'>): OrdersCursor => ({ updatedAt: order.updatedAt, id: numericId(order.id) });

/** One page of orders matching a search, each with its first line items; the page sized to the cost ceiling. */
export async function ordersPage(client: ShopifyGraphql, search: string, after: string | null, signal: AbortSignal): Promise<{ nodes: OrderNode[]; pageInfo: PageInfo }> {
  const first = ordersPageSize(NESTED_LINES);
  const data = (await client.query(ORDERS_QUERY, { first, after, query: search, lines: NESTED_LINES }, ordersCost(first, NESTED_LINES), signal)) as {
    orders: { nodes: OrderNode[]; pageInfo: PageInfo };
  };
  return data.orders;
}

export function asOrdersCursor(cursor: SyncCursor | null): OrdersCursor | null {
  if (cursor === null || typeof cursor !== 'object' || Array.isArray(cursor)) return null;
  const { updatedAt, id } = cursor;
  return typeof updatedAt === 'string' && typeof id === 'number' ? { updatedAt, id } : null;
}

/** At or before the cursor in (updatedAt, id) order: already written. */
export function seen(order: Pick<OrderNode, 'id' | 'updatedAt'>, cursor: OrdersCursor | null): boolean {
  if (cursor === null) return false;
  const at = Date.parse(order.updatedAt);
  const since = Date.parse(cursor.updatedAt);
  return at < since || (at === since && numericId(order.id) <= cursor.id);
}

/**
 * Paid and partially refunded orders updated since the cursor, oldest change first, in
 * pages sized so that each query stays under the cost ceiling. Test orders are left out.
 * The cursor after a page is its last order, so a resumed sync re-reads at most that page.
 */
export async function* readOrders(client: ShopifyGraphql, cursor: SyncCursor | null, storeHost: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  let since = asOrdersCursor(cursor);
  for (;;) {
    // `>=`: orders sharing the cursor's instant are told apart by id (`seen`).
    const search = paidOrdersSince(since);
    let after: string | null = null;
    for (let page = 0; page < WINDOW_PAGES; page += 1) {
      const { nodes, pageInfo } = await ordersPage(client, search, after, signal);
      const records = [];
      for (const order of nodes) {
        if (order.test || seen(order, since)) continue;
        records.push(toOrderRecord(order, await allLines(client, order, signal), storeHost));
      }
      const last = nodes.at(-1);
      const next = last === undefined ? since : orderCursor(last);
      yield { records, cursor: next === null ? null : { ...next } };
      if (!pageInfo.hasNextPage || pageInfo.endCursor === null) return;
      after = pageInfo.endCursor;
      since = next;
    }
    // A new window from the last order read keeps each walk shallow.
  }
}

export async function allLines(client: ShopifyGraphql, order: OrderNode, signal: AbortSignal): Promise<LineNode[]> {
  const lines = [...order.lineItems.nodes];
  let pageInfo = order.lineItems.pageInfo;
  while (pageInfo.hasNextPage && pageInfo.endCursor !== null) {
    const data = (await client.query(
      ORDER_LINES_QUERY,
      { id: order.id, first: ORDER_LINES_PAGE, after: pageInfo.endCursor },
      orderLinesCost(ORDER_LINES_PAGE),
      signal,
    )) as { order: { lineItems: { nodes: LineNode[]; pageInfo: PageInfo } } | null };
    if (data.order === null) break;
    lines.push(...data.order.lineItems.nodes);
    pageInfo = data.order.lineItems.pageInfo;
  }
  return lines;
}
