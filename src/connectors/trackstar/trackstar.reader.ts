import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { Capability } from '../../sync-contract/capability.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { TrackStarClient } from './trackstar-client.js';
import { TRACKSTAR_CURSOR, type TrackStarCursor, type WalkPosition } from './trackstar-cursor.js';
import { hasSku, toInventory, toProduct, type TrackStarItem, type TrackStarPage } from './trackstar-items.js';

/** TrackStar's largest page. */
export const PAGE_LIMIT = 1000;
const FILTER = 'trackstar_updated_date[gte]';

/** An instant cut to the second, as TrackStar's filters take it (`YYYY-MM-DDTHH:MM:SSZ`). */
export const toSecond = (instant: string | number): string => `${new Date(instant).toISOString().slice(0, 19)}Z`;

const EMPTY: TrackStarCursor = { since: null, seen: [], warehouses: [], fullAt: null, walk: null };

export interface TrackStarRead {
  capability: Extract<Capability, 'warehouse_inventory' | 'products'>;
  cursor: TrackStarCursor | null;
  /** Inventory: read everything (and replace what was stored) when the last full read is older than this. */
  fullEveryMs: number;
  /** Resolves whether the connection's historical sync has completed (null: not known). */
  historicalSyncDone: () => Promise<boolean | null>;
  signal: AbortSignal;
}

/**
 * A capability read from `GET /wms/inventory`, page by page with `page_token` and the same
 * filter on each. Incremental reads ask for the items TrackStar changed since the cursor's
 * second (`trackstar_updated_date[gte]`, equality included, the ids already read in that
 * second skipped); the walk ends on `next_token: null` only (`total_count` is per page).
 *
 * Inventory also reads everything when its last full read is older than `fullEveryMs`, as
 * one page that replaces what was stored: a deleted item never shows in a read of changes,
 * and only a full read can remove its stock. Between full reads, a changed item's
 * breakdown gives a row per warehouse, and a row of zeros for each warehouse seen before
 * that it no longer lists.
 */
export async function* readTrackStar(client: TrackStarClient, read: TrackStarRead): AsyncGenerator<SourcePage> {
  const cursor = read.cursor ?? EMPTY;
  const inventory = read.capability === 'warehouse_inventory';
  const resumed = cursor.walk;
  const full = resumed?.full ?? (inventory && (cursor.fullAt === null || Date.now() - Date.parse(cursor.fullAt) >= read.fullEveryMs));
  const walk: Omit<WalkPosition, 'token'> = resumed ?? { since: full ? null : cursor.since, full, startedAt: new Date().toISOString(), latest: null, atLatest: [] };
  const seen = new Set(walk.since === cursor.since ? cursor.seen : []);
  const warehouses = new Set(cursor.warehouses);
  const collected: CanonicalRecord<Capability>[] = [];
  let token = resumed?.token ?? null;
  let withoutSku = 0;
  let items = 0;
  for (;;) {
    const query = { limit: PAGE_LIMIT, ...(walk.since === null ? {} : { [FILTER]: walk.since }), ...(token === null ? {} : { page_token: token }) };
    const page = await client.get<TrackStarPage>('/wms/inventory', query, read.signal);
    if (!Array.isArray(page.data)) throw new ConnectorError('data', 'TrackStar answered GET /wms/inventory without a data list', true);
    const fresh = page.data.filter((item) => !(secondOf(item) === walk.since && seen.has(item.id)));
    items += page.data.length;
    for (const item of page.data) note(walk, item);
    const records: CanonicalRecord<Capability>[] = [];
    for (const item of fresh) {
      if (!inventory) {
        records.push(toProduct(item));
        continue;
      }
      if (!hasSku(item)) {
        withoutSku += 1;
        continue;
      }
      records.push(...toInventory(item, full ? [] : [...warehouses]));
      for (const warehouse of Object.keys(item.inventory_by_warehouse_id ?? {})) warehouses.add(warehouse);
    }
    token = typeof page.next_token === 'string' && page.next_token !== '' ? page.next_token : null;
    const done = token === null;
    const next: TrackStarCursor = done
      ? { ...advance(cursor, walk), warehouses: [...warehouses].sort(), fullAt: full ? walk.startedAt : cursor.fullAt, walk: null }
      : { ...cursor, warehouses: [...warehouses].sort(), walk: { ...walk, token: token as string } };
    const notes = done && withoutSku > 0 ? [`${withoutSku} items without a SKU were skipped`] : [];
    if (full) {
      collected.push(...records);
      if (!done) continue;
      // An empty WMS whose historical sync is still running is not a WMS without stock.
      if (items === 0 && (await read.historicalSyncDone()) === false) {
        throw new ConnectorError('transient', "TrackStar has not finished this WMS connection's historical sync: no inventory to read yet", true);
      }
      yield { records: collected, cursor: TRACKSTAR_CURSOR.encode(next), replace: true, notes };
      return;
    }
    yield { records, cursor: TRACKSTAR_CURSOR.encode(next), notes };
    if (done) return;
  }
}

const secondOf = (item: TrackStarItem): string | null => (item.trackstar_updated_date === undefined ? null : toSecond(item.trackstar_updated_date));

/** The walk's latest second and the ids changed in it. */
function note(walk: Omit<WalkPosition, 'token'>, item: TrackStarItem): void {
  const second = secondOf(item);
  if (second === null) return;
  if (walk.latest === null || second > walk.latest) {
    walk.latest = second;
    walk.atLatest = [item.id];
  } else if (second === walk.latest) walk.atLatest.push(item.id);
}

/**
 * The next read's filter after a complete walk: from the latest second seen, skipping the
 * ids read in it, but only once that second is over (an item changed later in the second
 * the read ran in would otherwise be skipped).
 */
function advance(cursor: TrackStarCursor, walk: Omit<WalkPosition, 'token'>): Pick<TrackStarCursor, 'since' | 'seen'> {
  if (walk.latest === null) return { since: cursor.since, seen: cursor.seen };
  const over = walk.latest < toSecond(walk.startedAt);
  const before = walk.latest === cursor.since ? cursor.seen : [];
  return { since: walk.latest, seen: over ? [...new Set([...before, ...walk.atLatest])].sort() : [] };
}
