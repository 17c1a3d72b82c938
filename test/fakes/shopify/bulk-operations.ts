import { type GraphQLSchema } from 'graphql';
import { bulkLines } from './bulk-jsonl.js';
import { type BulkPlan, compileBulkQuery } from './bulk-query.js';
import { gid } from './gid.js';
import { formatDateTime } from './model.js';
import { argumentsOf } from './selection.js';
import { compileSearch, ORDER_SEARCH, VARIANT_SEARCH } from './search-filter.js';
import { type FakeStore, type OrderSortKey, type VariantSortKey } from './store.js';
import { OrderView, VariantView } from './views.js';

export type BulkStatus = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED' | 'CANCELING' | 'EXPIRED';

export interface BulkSettings {
  /** Polls (node / currentBulkOperation reads) until COMPLETED; ignored when completeAfterMs is set. */
  pollsToComplete: number;
  /** Complete this many ms after creation instead of counting polls. */
  completeAfterMs: number | undefined;
  /** Bulk queries that may run at once (1 before API 2026-01, 5 from it). */
  maxConcurrent: number;
  /** Parents per batch in the JSONL when groupObjects is false. */
  batchSize: number;
}

/** What the tests can inspect about an operation. */
export interface BulkOperationInfo {
  id: string;
  status: BulkStatus;
  query: string;
  groupObjects: boolean;
  polls: number;
  objectCount: number;
  rootObjectCount: number;
  /** Creation, epoch ms on a whole second (the GraphQL `createdAt`). */
  createdAt: number;
  /** Precise start, epoch ms: a timed export reads root i of n at startedAt + (i + 1) / n × bulkCompleteAfterMs. */
  startedAt: number;
  /** Epoch ms on a whole second, null until COMPLETED. */
  completedAt: number | null;
}

interface RootSnapshot extends Iterable<object> {
  readonly length: number;
}

interface Operation {
  legacyId: number;
  id: string;
  query: string;
  plan: BulkPlan;
  groupObjects: boolean;
  /** The roots the export covers (chosen at start); views are made from them lazily. */
  roots: RootSnapshot;
  createdAt: number;
  /** Precise start, for time-based completion (createdAt is on whole seconds). */
  startedAt: number;
  polls: number;
  outcome: 'complete' | 'fail' | 'expire';
  status: BulkStatus;
  completedAt: number | null;
  objectCount: number;
  rootObjectCount: number;
  fileSize: number | null;
}

export interface BulkUserError {
  code: 'INVALID' | 'OPERATION_IN_PROGRESS';
  field: string[] | null;
  message: string;
}

/** The GraphQL BulkOperation object for one read of an operation. */
export interface BulkOperationObject {
  __typename: 'BulkOperation';
  id: string;
  type: 'QUERY';
  status: BulkStatus;
  errorCode: 'INTERNAL_SERVER_ERROR' | null;
  objectCount: string;
  rootObjectCount: string;
  fileSize: string | null;
  url: string | null;
  partialDataUrl: string | null;
  query: string;
  createdAt: string;
  completedAt: string | null;
}

const BULK_ID_BASE = 720_000_000_000;
const IN_PROGRESS: readonly BulkStatus[] = ['CREATED', 'RUNNING', 'CANCELING'];

/**
 * Bulk query operations: accepted or refused like bulkOperationRunQuery, then moving
 * CREATED → RUNNING → COMPLETED (or FAILED / EXPIRED when a test asked for it) as they
 * are polled or as time passes. Results are produced when downloaded. Which roots the
 * file holds, and in what order, is decided at start. With time-based completion the
 * export walks the store while it runs, as Shopify's does: root i of n is read as it was
 * at startedAt + (i + 1) / n × completeAfterMs, so an order changed during the export
 * shows its old state if the walk had passed it, its new state if not. With poll-based
 * completion the roots are read as they were at start (a snapshot).
 */
export class BulkOperations {
  private readonly operations: Operation[] = [];
  private pendingOutcome: Operation['outcome'] = 'complete';

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly store: FakeStore,
    private readonly settings: BulkSettings,
    private readonly baseUrl: () => string,
    private readonly now: () => number = () => Date.now(),
  ) {}

  failNext(): void {
    this.pendingOutcome = 'fail';
  }

  expireNext(): void {
    this.pendingOutcome = 'expire';
  }

  start(query: string, groupObjects: boolean): { bulkOperation: BulkOperationObject | null; userErrors: BulkUserError[] } {
    const running = this.operations.filter((op) => {
      this.advance(op, false);
      return IN_PROGRESS.includes(op.status);
    });
    if (running.length >= this.settings.maxConcurrent) {
      const busy = running[0]?.id ?? '';
      return {
        bulkOperation: null,
        userErrors: [{ code: 'OPERATION_IN_PROGRESS', field: null, message: `A bulk query operation for this app and shop is already in progress: ${busy}.` }],
      };
    }
    const check = compileBulkQuery(this.schema, query);
    if (!check.ok) return { bulkOperation: null, userErrors: [{ code: 'INVALID', field: ['query'], message: check.message }] };

    const legacyId = BULK_ID_BASE + this.operations.length + 1;
    const startedAt = this.now();
    const operation: Operation = {
      legacyId,
      id: gid('BulkOperation', legacyId),
      query,
      plan: check.plan,
      groupObjects,
      roots: this.roots(check.plan, startedAt),
      createdAt: Math.floor(startedAt / 1000) * 1000,
      startedAt,
      polls: 0,
      outcome: this.pendingOutcome,
      status: 'CREATED',
      completedAt: null,
      objectCount: 0,
      rootObjectCount: 0,
      fileSize: null,
    };
    this.pendingOutcome = 'complete';
    this.operations.push(operation);
    return { bulkOperation: this.object(operation), userErrors: [] };
  }

  /** `currentBulkOperation`: the latest operation, counted as a poll. */
  current(): BulkOperationObject | null {
    const latest = this.operations.at(-1);
    return latest === undefined ? null : this.poll(latest);
  }

  /** `node(id:)` on a BulkOperation, counted as a poll. */
  find(id: string): BulkOperationObject | null {
    const operation = this.operations.find((op) => op.id === id);
    return operation === undefined ? null : this.poll(operation);
  }

  /** Every operation, brought up to date (time-based completion) without counting a poll. */
  list(): BulkOperationInfo[] {
    for (const op of this.operations) this.advance(op, false);
    return this.operations.map((op) => ({
      id: op.id,
      status: op.status,
      query: op.query,
      groupObjects: op.groupObjects,
      polls: op.polls,
      objectCount: op.objectCount,
      rootObjectCount: op.rootObjectCount,
      createdAt: op.createdAt,
      startedAt: op.startedAt,
      completedAt: op.completedAt,
    }));
  }

  /** The lines of a result file by its name in the URL (`<id>.jsonl`, `<id>-partial.jsonl`). */
  file(name: string): Iterable<string> | undefined {
    const match = /^(\d+)(-partial)?\.jsonl$/.exec(name);
    const operation = match === null ? undefined : this.operations.find((op) => String(op.legacyId) === match[1]);
    if (operation === undefined || match === null) return undefined;
    if (match[2] === undefined) return operation.status === 'COMPLETED' ? this.lines(operation) : undefined;
    return operation.status === 'FAILED' ? this.lines(operation, partialRoots(operation)) : undefined;
  }

  private poll(operation: Operation): BulkOperationObject {
    this.advance(operation, true);
    return this.object(operation);
  }

  private advance(operation: Operation, polled: boolean): void {
    if (!IN_PROGRESS.includes(operation.status)) return;
    if (polled) operation.polls++;
    const { completeAfterMs, pollsToComplete } = this.settings;
    const done = completeAfterMs === undefined ? operation.polls >= pollsToComplete : this.now() - operation.startedAt >= completeAfterMs;
    if (!done) {
      if (operation.polls > 0 || completeAfterMs !== undefined) operation.status = 'RUNNING';
      return;
    }
    this.finish(operation);
  }

  private finish(operation: Operation): void {
    switch (operation.outcome) {
      case 'complete': {
        operation.status = 'COMPLETED';
        operation.completedAt = Math.floor(this.now() / 1000) * 1000;
        this.measure(operation, this.lines(operation), operation.roots.length);
        break;
      }
      case 'fail':
        operation.status = 'FAILED';
        this.measure(operation, this.lines(operation, partialRoots(operation)), partialRoots(operation));
        break;
      case 'expire':
        operation.status = 'EXPIRED';
        break;
    }
  }

  /** Counts the file by making it once; it is made again, identically, when downloaded. */
  private measure(operation: Operation, lines: Iterable<string>, roots: number): void {
    let objects = 0;
    let bytes = 0;
    for (const line of lines) {
      objects++;
      bytes += Buffer.byteLength(line);
    }
    operation.objectCount = objects;
    operation.rootObjectCount = roots;
    operation.fileSize = bytes;
  }

  private lines(operation: Operation, rootLimit?: number): Iterable<string> {
    const options = { groupObjects: operation.groupObjects, batchSize: this.settings.batchSize, rootLimit };
    return { [Symbol.iterator]: () => bulkLines(operation.plan, operation.roots, options) };
  }

  /** The root records the export covers, filtered and sorted once, at start. */
  private roots(plan: BulkPlan, startedAt: number): RootSnapshot {
    const args = argumentsOf(plan.ctx, plan.root);
    const reverse = args['reverse'] === true;
    const query = typeof args['query'] === 'string' ? args['query'] : null;
    const store = this.store;
    const ordered = <T>(list: readonly T[]): readonly T[] => (reverse ? [...list].reverse() : list);
    if (plan.root.definition.name === 'orders') {
      const search = compileSearch(query, ORDER_SEARCH);
      const records = ordered(store.ordersSortedBy((args['sortKey'] as OrderSortKey | undefined) ?? 'ID')).filter(search.matches);
      const duration = this.settings.completeAfterMs;
      if (duration === undefined) return lazyViews(records, (record) => new OrderView(record, store));
      const reachedAt = (index: number): number => startedAt + ((index + 1) / records.length) * duration;
      return lazyViews(records, (record, index) => new OrderView(store.orderAt(record.id, reachedAt(index)) ?? record, store));
    }
    const search = compileSearch(query, VARIANT_SEARCH);
    const records = ordered(store.variantsSortedBy((args['sortKey'] as VariantSortKey | undefined) ?? 'ID')).filter(search.matches);
    return lazyViews(records, (record) => new VariantView(record));
  }

  private object(operation: Operation): BulkOperationObject {
    const base = `${this.baseUrl()}/bulk/${operation.legacyId}`;
    const finished = operation.status === 'COMPLETED' || operation.status === 'FAILED';
    return {
      __typename: 'BulkOperation',
      id: operation.id,
      type: 'QUERY',
      status: operation.status,
      errorCode: operation.status === 'FAILED' ? 'INTERNAL_SERVER_ERROR' : null,
      objectCount: String(operation.objectCount),
      rootObjectCount: String(operation.rootObjectCount),
      fileSize: finished && operation.fileSize !== null ? String(operation.fileSize) : null,
      url: operation.status === 'COMPLETED' ? `${base}.jsonl` : null,
      partialDataUrl: operation.status === 'FAILED' ? `${base}-partial.jsonl` : null,
      query: operation.query,
      createdAt: formatDateTime(operation.createdAt),
      completedAt: operation.completedAt === null ? null : formatDateTime(operation.completedAt),
    };
  }
}

/** A failed export got through the first half of its roots. */
const partialRoots = (operation: Operation): number => Math.ceil(operation.roots.length / 2);

/** The records, each made into a view (of its position in the walk) only when the file is being written. */
function lazyViews<T>(records: readonly T[], view: (record: T, index: number) => object): RootSnapshot {
  return {
    length: records.length,
    *[Symbol.iterator]() {
      for (const [index, record] of records.entries()) yield view(record, index);
    },
  };
}
