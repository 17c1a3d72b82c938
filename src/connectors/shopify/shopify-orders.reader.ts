import type { SourcePage, SyncCursor } from '../../sync-contract/source-page.js';
import { cursorCodec, cursorObject } from '../kit/cursor/cursor-codec.js';
import { compareKeyset } from '../kit/paging/keyset.js';
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
  /** When the store was last read (the read's start), so a long gap can be told from a quiet store. */
  readAt?: string;
}

/** Line items fetched with each order; an order with more gets the rest by a follow-up query. */
const NESTED_LINES = 10;
/** Pages per `updated_at` window: Shopify limits how deep one paginated walk may go. */
const WINDOW_PAGES = 100;
/** Every order but test orders: a refund, a void or a cancellation changes an order that must be read again. */
const REAL_ORDERS = 'test:false';

/** The search for orders changed at or after the cursor (all of them without one). */
export const ordersChangedSince = (since: OrdersCursor | null): string =>
  since === null ? REAL_ORDERS : `updated_at:>='${since.updatedAt}' AND ${REAL_ORDERS}`;

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

/** The incremental read's cursor: `{ updatedAt, id, readAt? }`. */
export const ORDERS_CURSOR = cursorCodec<OrdersCursor>({
  name: 'Shopify orders',
  decode: (stored) => {
    const fields = cursorObject(stored);
    if (fields === null) return null;
    const { updatedAt, id, readAt } = fields;
    if (typeof updatedAt !== 'string' || typeof id !== 'number') return null;
    return typeof readAt === 'string' ? { updatedAt, id, readAt } : { updatedAt, id };
  },
  encode: ({ updatedAt, id, readAt }): SyncCursor => (readAt === undefined ? { updatedAt, id } : { updatedAt, id, readAt }),
});

export const asOrdersCursor = (cursor: SyncCursor | null): OrdersCursor | null => (cursor === null ? null : ORDERS_CURSOR.decode(cursor));

/** At or before the cursor in (updatedAt, id) order: already written. */
export function seen(order: Pick<OrderNode, 'id' | 'updatedAt'>, cursor: OrdersCursor | null): boolean {
  return cursor !== null && !isAfter(orderCursor(order), cursor);
}

/** Later in (updatedAt, id) order: the kit's keyset order. */
const isAfter = (a: OrdersCursor, b: OrdersCursor): boolean => compareKeyset({ updatedAt: a.updatedAt, key: a.id }, { updatedAt: b.updatedAt, key: b.id }) > 0;

/** The later of two positions: a committed cursor never moves backwards. */
export function laterOf(a: OrdersCursor | null, b: OrdersCursor | null): OrdersCursor | null {
  if (a === null || b === null) return a ?? b;
  return isAfter(b, a) ? { updatedAt: b.updatedAt, id: b.id } : { updatedAt: a.updatedAt, id: a.id };
}

/** The cursor as stored: the position and when this read started. */
export const withReadAt = (position: OrdersCursor | null, readAt: string): SyncCursor | null =>
  position === null ? null : ORDERS_CURSOR.encode({ updatedAt: position.updatedAt, id: position.id, readAt });

/**
 * Orders updated since the cursor (any financial status or cancellation; test orders are
 * left out), oldest change first, in pages sized so that each query stays under the cost
 * ceiling. The cursor after a page is its last order, or where the read started if that
 * is later (orders sharing the cursor's instant come back first), so a resumed sync
 * re-reads at most one page.
 */
export async function* readOrders(client: ShopifyGraphql, cursor: SyncCursor | null, storeHost: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const readAt = new Date().toISOString();
  let since = asOrdersCursor(cursor);
  for (;;) {
    // `>=`: orders sharing the cursor's instant are told apart by id (`seen`).
    const search = ordersChangedSince(since);
    let after: string | null = null;
    for (let page = 0; page < WINDOW_PAGES; page += 1) {
      const { nodes, pageInfo } = await ordersPage(client, search, after, signal);
      const records = [];
      for (const order of nodes) {
        if (order.test || seen(order, since)) continue;
        records.push(toOrderRecord(order, await allLines(client, order, signal), storeHost));
      }
      const last = nodes.at(-1);
      const next = laterOf(since, last === undefined ? null : orderCursor(last));
      yield { records, cursor: withReadAt(next, readAt) };
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
