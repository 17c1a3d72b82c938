import { createInterface } from 'node:readline';
import type { SourcePage, SyncCursor } from '../../sync-contract/source-page.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import { cursorCodec, cursorObject } from '../kit/cursor/cursor-codec.js';
import type { ShopifyGraphql } from './shopify-graphql.js';
import { asOrdersCursor, laterOf, type OrdersCursor, ordersChangedSince, seen, withReadAt } from './shopify-orders.reader.js';
import { LINE_SELECTION, type LineNode, ORDER_SELECTION, type OrderNode } from './shopify-queries.js';
import { toOrderRecord } from './shopify-records.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';
import { timerSleep } from '../kit/pacing/sleep.js';

/*
 * The backfill: every order but test orders through one bulk operation (not charged
 * against the cost bucket), its JSONL result streamed line by line. With
 * `groupObjects: true` an order's line items follow it directly, so an order is complete
 * when the next one starts: memory stays constant whatever the file's size.
 */

const ORDERS_PER_PAGE = 250;
const POLL_FIRST_MS = 250;
const POLL_MAX_MS = 5_000;
/** Starts refused because another bulk query runs (ours from a crashed run, or another app's). */
const BUSY_TRIES = 20;
/**
 * An export is not a snapshot: an order changed while it ran may be in the file as it was.
 * So incremental reading takes over from the export's start, less this margin (the sink
 * skips the unchanged orders read again).
 */
const EXPORT_OVERLAP_MS = 2 * 60_000;

const bulkOrders = (search: string): string => `{
  orders(query: ${JSON.stringify(search)}) {
    edges { node {
      ${ORDER_SELECTION}
      lineItems { edges { node { ${LINE_SELECTION} } } }
    } }
  }
}`;

const RUN_BULK = `mutation Backfill($query: String!) {
  bulkOperationRunQuery(query: $query, groupObjects: true) { bulkOperation { id status } userErrors { field message } }
}`;
const RUN_BULK_COST = 10;

const BULK_STATUS = `query BulkStatus($id: ID!) {
  node(id: $id) { ... on BulkOperation { id status errorCode createdAt objectCount rootObjectCount url partialDataUrl } }
}`;
const BULK_STATUS_COST = 1;

interface BulkOperation {
  id: string;
  status: string;
  errorCode: string | null;
  createdAt: string;
  objectCount: string | null;
  /** The orders in the file (objectCount counts their line items too). */
  rootObjectCount: string | null;
  url: string | null;
  partialDataUrl: string | null;
}

/** Where an interrupted export resumes: the same operation's file, after the lines already written. */
export interface BulkCursor {
  bulkOperation: string;
  line: number;
  /** A catch-up's lower bound (orders changed since); null for a full backfill. */
  since: OrdersCursor | null;
}

/** An export under way: `{ bulkOperation, line, since }`. */
export const BULK_CURSOR = cursorCodec<BulkCursor>({
  name: 'Shopify bulk export',
  decode: (stored) => {
    const fields = cursorObject(stored);
    if (fields === null) return null;
    const { bulkOperation, line, since } = fields;
    if (typeof bulkOperation !== 'string' || typeof line !== 'number') return null;
    return { bulkOperation, line, since: asOrdersCursor(since ?? null) };
  },
  encode: ({ bulkOperation, line, since }) => ({ bulkOperation, line, since: since === null ? null : { updatedAt: since.updatedAt, id: since.id } }),
});

export const asBulkCursor = (cursor: SyncCursor | null): BulkCursor | null => (cursor === null ? null : BULK_CURSOR.decode(cursor));

/** Without the read_all_orders scope Shopify shows an app the last 60 days of orders only. */
const ORDER_WINDOW_MS = 60 * 86_400_000;
const NEAR_CUTOFF_MS = 2 * 86_400_000;
export const OLDER_ORDERS_NOTE =
  'Shopify returned no order older than 60 days: older orders need the read_all_orders scope for this app (then reset the sync state of sales_orders)';

/** Shopify's DateTime, on whole seconds. */
const dateTime = (epochMs: number): string => new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Every order (`since` null), or those changed at or after `since` (a catch-up after a long
 * gap), through one export; `resume` picks up an interrupted one. Once the file is read,
 * the cursor is where incremental reading takes over: the export's start less a margin,
 * never before `since`.
 */
export async function* readOrdersInBulk(
  client: ShopifyGraphql,
  transport: OutboundHttp,
  resume: BulkCursor | null,
  since: OrdersCursor | null,
  storeHost: string,
  signal: AbortSignal,
): AsyncGenerator<SourcePage> {
  const readAt = new Date().toISOString();
  const floor = resume === null ? since : resume.since;
  let operation = resume === null ? null : await finished(client, resume.bulkOperation, signal).catch(() => null);
  // A resumed export whose file is gone (expired, failed) starts over.
  let skip = resume !== null && operation?.url != null ? resume.line : 0;
  if (operation?.url == null) {
    operation = await finished(client, await start(client, ordersChangedSince(floor), signal), signal);
    skip = 0;
  }
  const takeOver = laterOf(floor, { updatedAt: dateTime(Date.parse(operation.createdAt) - EXPORT_OVERLAP_MS), id: 0 });
  const done = withReadAt(takeOver, readAt);
  const url = operation.url;
  if (url === null) {
    // Completed with no result file: nothing matched.
    yield { records: [], cursor: done };
    return;
  }
  const progress = (line: number): SyncCursor => BULK_CURSOR.encode({ bulkOperation: operation.id, line, since: floor });
  // The orders exported: a catch-up drops the ones it had already read, so its read may end short of it.
  const total = operation.rootObjectCount === null ? undefined : Number(operation.rootObjectCount);

  const lines = createInterface({ input: await transport.download(new URL(url), signal), crlfDelay: Infinity });
  let lineNumber = 0;
  let current: { order: OrderNode; lines: LineNode[] } | undefined;
  let page: ReturnType<typeof toOrderRecord>[] = [];
  let oldest = Infinity;
  const keep = (order: { order: OrderNode; lines: LineNode[] } | undefined): void => {
    if (order !== undefined && !order.order.test && !seen(order.order, floor)) page.push(toOrderRecord(order.order, order.lines, storeHost));
  };
  for await (const text of lines) {
    lineNumber += 1;
    if (lineNumber <= skip || text.trim() === '') continue;
    const object = JSON.parse(text) as (OrderNode & { __parentId?: undefined }) | (LineNode & { __parentId: string });
    if (object.__parentId !== undefined) {
      if (current?.order.id !== object.__parentId) throw new ConnectorError('data', `bulk result line ${lineNumber}: a line item of ${object.__parentId} away from its order`, false);
      current.lines.push(object);
      continue;
    }
    keep(current);
    oldest = Math.min(oldest, Date.parse(object.createdAt));
    if (page.length >= ORDERS_PER_PAGE) {
      // The lines before this one hold the page's orders (and earlier ones): a resumed read skips them.
      yield { records: page, cursor: progress(lineNumber - 1), total };
      page = [];
    }
    current = { order: { ...object, lineItems: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } }, lines: [] };
  }
  keep(current);
  // A full backfill whose oldest order is right at the 60-day cutoff: the shop has older ones this app cannot see.
  const cutoff = Date.now() - ORDER_WINDOW_MS;
  const notes = floor === null && Math.abs(oldest - cutoff) <= NEAR_CUTOFF_MS ? [OLDER_ORDERS_NOTE] : [];
  yield { records: page, cursor: done, notes, total };
}

/** Starts the bulk query; waits while another one runs (one at a time per shop, or five from 2026-01). */
async function start(client: ShopifyGraphql, search: string, signal: AbortSignal): Promise<string> {
  const query = bulkOrders(search);
  for (let attempt = 1; attempt <= BUSY_TRIES; attempt += 1) {
    const data = (await client.query(RUN_BULK, { query }, RUN_BULK_COST, signal)) as {
      bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: { message: string }[] };
    };
    const { bulkOperation, userErrors } = data.bulkOperationRunQuery;
    if (bulkOperation !== null && userErrors.length === 0) return bulkOperation.id;
    const message = userErrors.map((e) => e.message).join('; ');
    if (!/already in progress/i.test(message)) throw new ConnectorError('data', `Shopify refused the bulk query: ${message}`, false);
    // Ours, started by a try whose reply was lost (the start was retried): carry on with it.
    const ours = await runningExport(client, query, signal);
    if (ours !== null) return ours;
    await timerSleep(Math.min(POLL_MAX_MS, POLL_FIRST_MS * 2 ** attempt), signal);
  }
  throw new ConnectorError('transient', 'another bulk query kept running on the shop; the backfill will be tried again', true);
}

const CURRENT_BULK = `query CurrentBulk { currentBulkOperation { id status query } }`;
const CURRENT_BULK_COST = 1;
const sameQuery = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The app's running (or just completed) export, when it is this very query. */
async function runningExport(client: ShopifyGraphql, query: string, signal: AbortSignal): Promise<string | null> {
  const data = (await client.query(CURRENT_BULK, {}, CURRENT_BULK_COST, signal)) as { currentBulkOperation: { id: string; status: string; query: string } | null };
  const current = data.currentBulkOperation;
  return current !== null && ['CREATED', 'RUNNING', 'COMPLETED'].includes(current.status) && sameQuery(current.query, query) ? current.id : null;
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
    await timerSleep(wait, signal);
  }
}
