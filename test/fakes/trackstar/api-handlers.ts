import { type StoredConnection, toConnectionWire } from './connections.js';
import { notFound, notImplemented, type TrackStarFailure, validationError } from './errors.js';
import { type ListQuery, parseListQuery } from './filters.js';
import { toWire } from './model.js';
import { decodeToken, pageOf, type ShortPages } from './pagination.js';
import { type FakeTrackStarStats } from './stats.js';
import { type TrackStarStore } from './store.js';

export interface Reply {
  status: number;
  body: unknown;
}

export interface ApiDeps {
  store: TrackStarStore;
  short: ShortPages;
  /** `refuse`: a page_token sent with other filters is a 422; `ignore`: it is a position, the new filters apply from there. */
  tokenFilters: 'refuse' | 'ignore';
  /** `list`: GET /connections/{id} answers `{data: [connection], next_token, total_count}` as TrackStar's OpenAPI document says; `object`: `{data: connection}`. */
  connectionShape: 'list' | 'object';
  readonly stats: FakeTrackStarStats;
}

// The fake's wording: TrackStar documents neither case.
const BAD_TOKEN = 'Invalid page token.';
const OTHER_FILTERS = 'This page token was issued for other filters: send the same filters with every page.';

function listQuery(deps: ApiDeps, params: URLSearchParams): ListQuery {
  const parsed = parseListQuery(params);
  if ('errors' in parsed) {
    deps.stats.invalidQueries++;
    throw validationError(parsed.errors);
  }
  return parsed;
}

function queryError(deps: ApiDeps, param: string, message: string): TrackStarFailure {
  deps.stats.invalidQueries++;
  return validationError({ [param]: [message] });
}

/** GET /wms/inventory */
export function listInventory(deps: ApiDeps, connection: StoredConnection, params: URLSearchParams): Reply {
  const query = listQuery(deps, params);
  if (connection.notImplemented.has('get_inventory')) throw notImplemented('get_inventory', connection.integrationName);
  const empty = { status: 200, body: { data: [], next_token: null, total_count: 0 } };
  // Before the first sync has finished, TrackStar holds nothing to serve.
  if (connection.historicalSyncCompleted.get('get_inventory') !== true) return empty;
  const sorted = deps.store.itemsOf(connection.connectionId);
  if (query.ids !== null) {
    const wanted = new Set(query.ids);
    const items = sorted.filter((item) => wanted.has(item.id)).map(toWire);
    deps.stats.itemsServed += items.length;
    return { status: 200, body: { data: items, next_token: null, total_count: items.length } };
  }
  let after: string | null = null;
  if (query.pageToken !== null) {
    const token = decodeToken(query.pageToken);
    if (token === null) throw queryError(deps, 'page_token', BAD_TOKEN);
    if (token.f !== query.fingerprint) {
      deps.stats.tokenFilterMismatches++;
      if (deps.tokenFilters === 'refuse') throw queryError(deps, 'page_token', OTHER_FILTERS);
    }
    after = token.a;
  }
  const page = pageOf(sorted, query, after, deps.short);
  deps.stats.itemsServed += page.items.length;
  return { status: 200, body: { data: page.items.map(toWire), next_token: page.nextToken, total_count: page.items.length } };
}

/** GET /wms/inventory/{inventory_id} */
export function getInventoryItem(deps: ApiDeps, connection: StoredConnection, id: string): Reply {
  if (connection.notImplemented.has('get_inventory')) throw notImplemented('get_inventory', connection.integrationName);
  const item = deps.store.item(id);
  if (item?.connectionId !== connection.connectionId || connection.historicalSyncCompleted.get('get_inventory') !== true) throw notFound('Inventory item', id);
  deps.stats.itemsServed++;
  return { status: 200, body: { data: toWire(item) } };
}

function connectionsQuery(deps: ApiDeps, params: URLSearchParams): string | null {
  for (const name of params.keys()) if (name !== 'access_token' && name !== 'page_token') throw queryError(deps, name, 'Unknown field.');
  return params.get('access_token');
}

/** GET /connections: every connection of the API key (one page), or the one an `access_token` names. */
export function listConnections(deps: ApiDeps, params: URLSearchParams): Reply {
  const token = connectionsQuery(deps, params);
  const connections = deps.store.connections.filter((connection) => token === null || connection.accessToken === token);
  return { status: 200, body: { data: connections.map(toConnectionWire), next_token: null, total_count: connections.length } };
}

/** GET /connections/{connection_id} */
export function getConnection(deps: ApiDeps, id: string, params: URLSearchParams): Reply {
  for (const name of params.keys()) throw queryError(deps, name, 'Unknown field.');
  const connection = deps.store.connections.find((entry) => entry.connectionId === id);
  if (connection === undefined) throw notFound('Connection', id);
  const wire = toConnectionWire(connection);
  return { status: 200, body: deps.connectionShape === 'list' ? { data: [wire], next_token: null, total_count: 1 } : { data: wire } };
}

/** POST /connections/sync: `{"id", "syncing", "functions_to_sync"}`; the fake only records that it was asked. */
export function syncConnection(connection: StoredConnection, body: unknown): Reply {
  const requested = (body as { functions_to_sync?: unknown } | null)?.functions_to_sync;
  const functions = Array.isArray(requested) ? requested.filter((name): name is string => typeof name === 'string') : [];
  return { status: 200, body: { id: connection.connectionId, syncing: true, functions_to_sync: functions } };
}
