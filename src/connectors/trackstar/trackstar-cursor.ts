import { cursorCodec, cursorObject } from '../kit/cursor/cursor-codec.js';
import type { SyncCursor } from '../../sync-contract/source-page.js';

/** Where a walk of `GET /wms/inventory` stands mid-read: the next page's token and what the pages so far found. */
export interface WalkPosition {
  token: string;
  /** The filter the walk started with: a token is only valid with the same filters. */
  since: string | null;
  full: boolean;
  startedAt: string;
  /** The latest `trackstar_updated_date` second seen so far, and the ids updated in it. */
  latest: string | null;
  atLatest: string[];
}

/**
 * A TrackStar capability's cursor. `since` is the next read's `trackstar_updated_date[gte]`
 * (second precision, equality included); `seen` the ids already read in that second, skipped
 * when they come again unchanged, so ties at the cursor are neither lost nor re-read for
 * ever. Inventory also keeps the warehouses it has seen (a warehouse gone from an item's
 * breakdown is zeroed) and when it last read everything (deleted items go then).
 */
export interface TrackStarCursor {
  since: string | null;
  seen: string[];
  warehouses: string[];
  fullAt: string | null;
  walk: WalkPosition | null;
}

const strings = (value: SyncCursor | undefined): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value) : null);
const text = (value: SyncCursor | undefined): string | null | undefined => (value === null ? null : typeof value === 'string' ? value : undefined);

function walkOf(stored: SyncCursor | undefined): WalkPosition | null | undefined {
  if (stored === null || stored === undefined) return null;
  const fields = cursorObject(stored);
  if (fields === null || typeof fields.token !== 'string' || typeof fields.full !== 'boolean' || typeof fields.startedAt !== 'string') return undefined;
  const since = text(fields.since);
  const latest = text(fields.latest);
  const atLatest = strings(fields.atLatest);
  if (since === undefined || latest === undefined || atLatest === null) return undefined;
  return { token: fields.token, since, full: fields.full, startedAt: fields.startedAt, latest, atLatest };
}

export const TRACKSTAR_CURSOR = cursorCodec<TrackStarCursor>({
  name: 'trackstar',
  decode: (stored) => {
    const fields = cursorObject(stored);
    if (fields === null || fields.v !== 1) return null;
    const since = text(fields.since);
    const fullAt = text(fields.fullAt);
    const seen = strings(fields.seen);
    const warehouses = strings(fields.warehouses);
    const walk = walkOf(fields.walk);
    if (since === undefined || fullAt === undefined || seen === null || warehouses === null || walk === undefined) return null;
    return { since, seen, warehouses, fullAt, walk };
  },
  encode: (cursor) => ({ v: 1, ...cursor, walk: cursor.walk === null ? null : { ...cursor.walk } }),
});
