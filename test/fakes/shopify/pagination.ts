import { GraphQLError } from 'graphql';
import { compareKeys, type SortValue } from './store.js';

export const MAX_PAGE_SIZE = 250;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

interface CursorKey {
  value: SortValue;
  id: number;
}

/** Opaque to clients; inside, the same shape Shopify's cursors decode to. */
export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify({ last_id: key.id, last_value: key.value })).toString('base64');

function decodeCursor(cursor: string): CursorKey {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    if (typeof decoded === 'object' && decoded !== null && 'last_id' in decoded && 'last_value' in decoded) {
      const { last_id: id, last_value: value } = decoded;
      if (typeof id === 'number' && (typeof value === 'number' || typeof value === 'string')) return { id, value };
    }
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('Invalid cursor for current pagination sort.', { extensions: { code: 'BAD_REQUEST' } });
}

/** Checks first/last the way Shopify does before any data is read. */
export function checkPageSize(args: PageArgs): void {
  const { first, last } = args;
  if ((first === undefined || first === null) && (last === undefined || last === null)) {
    throw new GraphQLError('you must provide one of first or last', { extensions: { code: 'BAD_REQUEST' } });
  }
  for (const [name, size] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (size === undefined || size === null) continue;
    if (size < 0) throw new GraphQLError(`The ${name} argument must be a non-negative integer.`, { extensions: { code: 'BAD_REQUEST' } });
    if (size > MAX_PAGE_SIZE) {
      throw new GraphQLError(`The ${name} argument cannot exceed ${MAX_PAGE_SIZE}.`, { extensions: { code: 'BAD_REQUEST' } });
    }
  }
}

/**
 * Cursor pagination over records sorted ascending by (value, id). A cursor marks a
 * position, not an index, so a record updated during a walk moves (it can be seen twice
 * or skipped, as on Shopify). Binary search finds the start; the filter is applied while
 * scanning, so a page costs what it returns plus what it skips.
 */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (item: T) => CursorKey,
  matches: (item: T) => boolean,
  args: PageArgs,
): Page<T> {
  checkPageSize(args);
  const reverse = args.reverse === true;
  const at = (position: number): T => {
    const item = sorted[reverse ? sorted.length - 1 - position : position];
    if (item === undefined) throw new Error(`position ${position} out of range`);
    return item;
  };
  // Comparison in walking order, so positions 0..n-1 are always increasing.
  const cmp = (item: T, key: CursorKey): number => {
    const own = keyOf(item);
    const c = compareKeys(own.value, own.id, key.value, key.id);
    return reverse ? -c : c;
  };
  const firstPositionAbove = (key: CursorKey, inclusive: boolean): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const c = cmp(at(mid), key);
      if (c < 0 || (!inclusive && c === 0)) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const start = args.after ? firstPositionAbove(decodeCursor(args.after), false) : 0;
  const end = args.before ? firstPositionAbove(decodeCursor(args.before), true) : sorted.length;
  const anyMatch = (from: number, to: number, step: 1 | -1): boolean => {
    for (let p = from; step === 1 ? p < to : p >= to; p += step) if (matches(at(p))) return true;
    return false;
  };

  let picked: number[] = [];
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  if (args.first !== undefined && args.first !== null) {
    let p = start;
    for (; p < end && picked.length < args.first; p++) if (matches(at(p))) picked.push(p);
    hasNextPage = anyMatch(p, end, 1);
    hasPreviousPage = anyMatch(start - 1, 0, -1);
    if (args.last !== undefined && args.last !== null && picked.length > args.last) {
      picked = picked.slice(picked.length - args.last);
      hasPreviousPage = true;
    }
  } else {
    const last = args.last ?? 0;
    let p = end - 1;
    for (; p >= start && picked.length < last; p--) if (matches(at(p))) picked.unshift(p);
    hasPreviousPage = anyMatch(p, start, -1);
    hasNextPage = anyMatch(end, sorted.length, 1);
  }

  const edges = picked.map((position) => {
    const node = at(position);
    return { cursor: encodeCursor(keyOf(node)), node };
  });
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
