import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SourcePage, SyncCursor } from '../connector.js';
import { ConnectorError } from '../connector-error.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { orderCursor, type OrdersCursor, paidOrdersSince, seen } from './shopify-orders.reader.js';
import type { LineNode, OrderNode } from './shopify-queries.js';
import { toOrderRecord } from './shopify-records.js';
import type { ShopifyTransport } from './shopify-transport.js';

/*
 * The backfill: every paid or partially refunded order through one bulk operation (not
 * charged against the cost bucket), its JSONL result streamed line by line. With
 * `groupObjects: true` an order's line items follow it directly, so an order is complete
 * when the next one starts: memory stays constant whatever the file's size.
 */

const ORDERS_PER_PAGE = 250;
const POLL_FIRST_MS = 250;
const POLL_MAX_MS = 5_000;
/** Starts refused because another bulk query runs (ours from a crashed run, or another app's). */
const BUSY_TRIES = 20;

const bulkOrders = (search: string): string => `{
  orders(query: ${JSON.stringify(search)}) {
    edges { node {
      id name createdAt updatedAt cancelledAt test currencyCode displayFinancialStatus
      totalPriceSet { shopMoney { amount currencyCode } }
      lineItems { edges { node { id sku quantity originalUnitPriceSet { shopMoney { amount currencyCode } } variant { id } } } }
    } }
  }
}`;

const RUN_BULK = `mutation Backfill($query: String!) {
  bulkOperationRunQuery(query: $query, groupObjects: true) { bulkOperation { id status } userErrors { field message } }
}`;
const RUN_BULK_COST = 10;

const BULK_STATUS = `query BulkStatus($id: ID!) {
  node(id: $id) { ... on BulkOperation { id status errorCode objectCount url partialDataUrl } }
}`;
const BULK_STATUS_COST = 1;

interface BulkOperation {
  id: string;
  status: string;
  errorCode: string | null;
  objectCount: string | null;
  url: string | null;
  partialDataUrl: string | null;
}

/** Where an interrupted backfill resumes: the same operation's file, after the lines already written. */
export interface BulkCursor {
  bulkOperation: string;
  line: number;
  /** The latest (updatedAt, id) written so far: where incremental reading takes over. */
  latest: OrdersCursor | null;
}

export function asBulkCursor(cursor: SyncCursor | null): BulkCursor | null {
  if (cursor === null || typeof cursor !== 'object' || Array.isArray(cursor)) return null;
  const { bulkOperation, line, latest } = cursor;
  if (typeof bulkOperation !== 'string' || typeof line !== 'number') return null;
  const at = latest !== null && typeof latest === 'object' && !Array.isArray(latest) ? latest : null;
  return { bulkOperation, line, latest: typeof at?.updatedAt === 'string' && typeof at.id === 'number' ? { updatedAt: at.updatedAt, id: at.id } : null };
}

/** The later of the cursor so far and this order. */
const later = (latest: OrdersCursor | null, order: OrderNode): OrdersCursor | null => (seen(order, latest) ? latest : orderCursor(order));

/** Without the read_all_orders scope Shopify shows an app the last 60 days of orders only. */
const ORDER_WINDOW_MS = 60 * 86_400_000;
const NEAR_CUTOFF_MS = 2 * 86_400_000;
export const OLDER_ORDERS_NOTE =
  'Shopify returned no order older than 60 days: older orders need the read_all_orders scope for this app (then reset the sync state of sales_orders)';


/**
 * `since`: a catch-up after a long gap (many orders changed): only orders changed at or
 * after that cursor, which the final cursor never goes back before.
 */
export async function* readOrdersInBulk(
  client: ShopifyGraphql,
  transport: ShopifyTransport,
  resume: BulkCursor | null,
  since: OrdersCursor | null,
  storeHost: string,
  signal: AbortSignal,
): AsyncGenerator<SourcePage> {
  let operation = resume === null ? null : await finished(client, resume.bulkOperation, signal).catch(() => null);
  // A resumed backfill whose file is gone (expired, failed) starts over.
  let skip = resume !== null && operation?.url != null ? resume.line : 0;
  let latest = skip > 0 ? (resume?.latest ?? null) : since;
  if (operation?.url == null) {
    operation = await finished(client, await start(client, paidOrdersSince(since), signal), signal);
    skip = 0;
  }
  const url = operation.url;
  if (url === null) {
    // Completed with no result file: nothing matched.
    yield { records: [], cursor: latest === null ? null : { ...latest } };
    return;
  }

  const lines = createInterface({ input: await transport.get(new URL(url), signal), crlfDelay: Infinity });
  let lineNumber = 0;
  let current: { order: OrderNode; lines: LineNode[] } | undefined;
  let page: ReturnType<typeof toOrderRecord>[] = [];
  let oldest = Infinity;
  for await (const text of lines) {
    lineNumber += 1;
    if (lineNumber <= skip || text.trim() === '') continue;
    const object = JSON.parse(text) as (OrderNode & { __parentId?: undefined }) | (LineNode & { __parentId: string });
    if (object.__parentId !== undefined) {
      if (current?.order.id !== object.__parentId) throw new ConnectorError('data', `bulk result line ${lineNumber}: a line item of ${object.__parentId} away from its order`, false);
      current.lines.push(object);
      continue;
    }
    if (current !== undefined && !current.order.test && !seen(current.order, since)) page.push(toOrderRecord(current.order, current.lines, storeHost));
    if (current !== undefined) latest = later(latest, current.order);
    oldest = Math.min(oldest, Date.parse(object.createdAt));
    if (page.length >= ORDERS_PER_PAGE) {
      // The lines before this one hold the page's orders (and earlier ones): a resumed read skips them.
      yield { records: page, cursor: { bulkOperation: operation.id, line: lineNumber - 1, latest: latest === null ? null : { ...latest } } };
      page = [];
    }
    current = { order: { ...object, lineItems: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } }, lines: [] };
  }
  if (current !== undefined) {
    if (!current.order.test && !seen(current.order, since)) page.push(toOrderRecord(current.order, current.lines, storeHost));
    latest = later(latest, current.order);
  }
  // The backfill is done: incremental reading goes on from the latest order. Its oldest
  // order right at the 60-day cutoff says the shop has older ones this app cannot see.
  const cutoff = Date.now() - ORDER_WINDOW_MS;
  const notes = Math.abs(oldest - cutoff) <= NEAR_CUTOFF_MS ? [OLDER_ORDERS_NOTE] : [];
  yield { records: page, cursor: latest === null ? null : { ...latest }, notes };
}

/** Starts the bulk query; waits while another one runs (one at a time per shop, or five from 2026-01). */
async function start(client: ShopifyGraphql, search: string, signal: AbortSignal): Promise<string> {
  for (let attempt = 1; attempt <= BUSY_TRIES; attempt += 1) {
    const data = (await client.query(RUN_BULK, { query: bulkOrders(search) }, RUN_BULK_COST, signal)) as {
      bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: { message: string }[] };
    };
    const { bulkOperation, userErrors } = data.bulkOperationRunQuery;
    if (bulkOperation !== null && userErrors.length === 0) return bulkOperation.id;
    const message = userErrors.map((e) => e.message).join('; ');
    if (!/already in progress/i.test(message)) throw new ConnectorError('data', `Shopify refused the bulk query: ${message}`, false);
    await sleep(Math.min(POLL_MAX_MS, POLL_FIRST_MS * 2 ** attempt), undefined, { signal });
  }
  throw new ConnectorError('transient', 'another bulk query kept running on the shop; the backfill will be tried again', true);
}

/** Polls the operation until it ends; a failed or expired one is an error (retried from scratch by the runner). */
async function finished(client: ShopifyGraphql, id: string, signal: AbortSignal): Promise<BulkOperation> {
  for (let wait = POLL_FIRST_MS; ; wait = Math.min(POLL_MAX_MS, wait * 1.5)) {
    const data = (await client.query(BULK_STATUS, { id }, BULK_STATUS_COST, signal)) as { node: BulkOperation | null };
    const operation = data.node;
    if (operation === null) throw new ConnectorError('data', `bulk operation ${id} is unknown to Shopify`, false);
    if (operation.status === 'COMPLETED') return operation;
    if (['FAILED', 'CANCELED', 'EXPIRED'].includes(operation.status)) {
      // Partial results (partialDataUrl) are not used: the file is unordered, so no cursor could say what is missing.
      const partial = operation.partialDataUrl === null ? '' : ', partial results discarded';
      throw new ConnectorError('transient', `the bulk export ${operation.status.toLowerCase()}${operation.errorCode === null ? '' : ` (${operation.errorCode})`}${partial}; it will run again`, true);
    }
    await sleep(wait, undefined, { signal });
  }
}
