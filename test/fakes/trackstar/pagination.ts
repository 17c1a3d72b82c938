import { type Random } from '../shopify/random.js';
import { type ListQuery } from './filters.js';
import { type StoredItem } from './model.js';

/**
 * TrackStar's paging: items in id order (its docs until 2024: "sorted alphabetically by
 * id", the token "the id of the last item evaluated by the filters"); the token is only a
 * position, so the filters must come again with it. The fake's token is opaque
 * (base64url JSON) and also carries a fingerprint of the filters it was made with, so a
 * changed filter set can be refused instead of silently giving other rows.
 */
interface TokenBody {
  /** The last id evaluated: the next page starts after it. */
  a: string;
  /** Fingerprint of the filters. */
  f: string;
}

export function encodeToken(after: string, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ a: after, f: fingerprint } satisfies TokenBody)).toString('base64url');
}

export function decodeToken(token: string): TokenBody | null {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenBody> | null;
    return typeof body?.a === 'string' && typeof body.f === 'string' ? { a: body.a, f: body.f } : null;
  } catch {
    return null;
  }
}

export interface Page {
  items: StoredItem[];
  nextToken: string | null;
}

export interface ShortPages {
  /** Share of pages (not the last) cut short, some to nothing. */
  rate: number;
  random: Random;
}

/** First index in `sorted` whose id is after `after`. */
function startAfter(sorted: readonly StoredItem[], after: string | null): number {
  if (after === null) return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.id ?? '') <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The page after `after`: up to `limit` matching items. next_token is set while matches
 * remain, also on a page cut short (as TrackStar may: a page shorter than limit, even
 * empty, is not the end); null on the last page.
 */
export function pageOf(sorted: readonly StoredItem[], query: ListQuery, after: string | null, short: ShortPages): Page {
  const from = startAfter(sorted, after);
  const picked: number[] = [];
  let index = from;
  for (; index < sorted.length && picked.length < query.limit; index++) {
    const item = sorted[index];
    if (item !== undefined && query.matches(item)) picked.push(index);
  }
  let more = false;
  for (let rest = index; rest < sorted.length && !more; rest++) {
    const item = sorted[rest];
    more = item !== undefined && query.matches(item);
  }
  // Two draws a page whatever happens, so the sequence does not depend on the data.
  const cutDraw = short.random();
  const lengthDraw = short.random();
  let keep = picked.length;
  let lastEvaluated = index - 1;
  if (more && picked.length > 0 && cutDraw < short.rate) {
    keep = Math.floor(lengthDraw * picked.length);
    // An empty page still moves on: its position is just before the first match it leaves out.
    const nextMatch = picked[keep] ?? index;
    lastEvaluated = keep > 0 ? (picked[keep - 1] ?? from) : nextMatch - 1;
    if (lastEvaluated < from) {
      keep = 1;
      lastEvaluated = picked[0] ?? from;
    }
  }
  const items = picked.slice(0, keep).flatMap((at) => (sorted[at] === undefined ? [] : [sorted[at]]));
  const position = sorted[lastEvaluated]?.id;
  return { items, nextToken: more && position !== undefined ? encodeToken(position, query.fingerprint) : null };
}
