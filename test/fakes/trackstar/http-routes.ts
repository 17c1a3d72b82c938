import { type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiDeps, getConnection, getInventoryItem, listConnections, listInventory, type Reply, syncConnection } from './api-handlers.js';
import { type StoredConnection } from './connections.js';
import {
  INVALID_ACCESS_TOKEN,
  INVALID_API_KEY,
  notImplemented,
  routeNotFound,
  SERVER_ERROR_BODIES,
  tooManyRequests,
  TrackStarFailure,
  unauthorized,
  validationError,
} from './errors.js';
import { type FaultKind, type FaultRoute, type Faults } from './faults.js';
import { MESSAGES } from './filters.js';
import { type FixedWindowLimiter, type HeaderSpelling, type RateDecision, rateHeaders } from './rate-limiter.js';
import { type RouteName } from './stats.js';

export interface LoggedRequest {
  method: string;
  /** The path as sent (percent-escapes left in). */
  path: string;
  /** Query parameters decoded (`trackstar_updated_date[gte]`), the last value of a repeated one. */
  query: Record<string, string>;
  /** The raw query string, without `?`. */
  search: string;
  /** Names (lower case) of the headers that came with it. */
  headers: string[];
  /** The connection its access token belongs to, or null (none, unknown, or not needed). */
  connectionId: string | null;
  route: RouteName;
  /** The status answered, or `reset` when the connection was dropped. */
  status: number | 'reset';
  /** Items in the answer's `data` (list or single item), else null. */
  items: number | null;
  /** Rate-clock milliseconds at arrival. */
  at: number;
}

export interface RouteDeps extends ApiDeps {
  faults: Faults;
  /** null when rate limiting is off. */
  limiter: FixedWindowLimiter | null;
  /** Limits for an injected 429's headers. */
  limits: { get: number; write: number };
  headerSpelling: HeaderSpelling;
  rateClock: () => number;
  /** The API key, or null once revoked. */
  apiKey: () => string | null;
  log: LoggedRequest[];
}

interface Route {
  name: FaultRoute;
  /** Whether an access token is needed (the connection it names is handed over). */
  withToken: boolean;
  handle: (connection: StoredConnection | null, params: URLSearchParams, body: unknown) => Reply;
}

/** The connection a handler was given, which routes with `withToken` always get. */
const must = (connection: StoredConnection | null): StoredConnection => {
  if (connection === null) throw new Error('fake TrackStar: route needs a connection');
  return connection;
};

function route(deps: RouteDeps, method: string, path: string): Route | null {
  let parts: string[];
  try {
    parts = path.split('/').filter((part) => part !== '').map(decodeURIComponent);
  } catch {
    return null; // a malformed %-escape: no route, so a 404
  }
  const [first, second, third = ''] = parts;
  if (method === 'GET' && first === 'wms' && second === 'inventory' && parts.length === 2)
    return { name: 'inventory', withToken: true, handle: (connection, params) => listInventory(deps, must(connection), params) };
  if (method === 'GET' && first === 'wms' && second === 'inventory' && parts.length === 3)
    return { name: 'inventory-item', withToken: true, handle: (connection) => getInventoryItem(deps, must(connection), third) };
  if (method === 'GET' && first === 'connections' && parts.length === 1) return { name: 'connections', withToken: false, handle: (_c, params) => listConnections(deps, params) };
  if (method === 'POST' && first === 'connections' && second === 'sync' && parts.length === 2)
    return { name: 'sync', withToken: true, handle: (connection, _p, body) => syncConnection(must(connection), body) };
  if (method === 'GET' && first === 'connections' && second !== undefined && parts.length === 2)
    return { name: 'connection', withToken: false, handle: (_c, params) => getConnection(deps, second, params) };
  return null;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const header = (request: IncomingMessage, name: string): string | null => {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Which function a route's 501 names. */
const FUNCTION_OF: Record<FaultRoute, string> = {
  inventory: 'get_inventory',
  'inventory-item': 'get_inventory',
  connections: 'get_connections',
  connection: 'get_connection',
  sync: 'sync_connection',
};

let requestSerial = 0;

/** The routes, behind TrackStar's headers: API key first, then (on data routes) the access token, then the limiter. */
export function createRequestHandler(deps: RouteDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    const matched = route(deps, method, url.pathname);
    const at = deps.rateClock();
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      search: url.search.replace(/^\?/, ''),
      headers: Object.keys(request.headers).sort(),
      connectionId: null,
      route: matched?.name ?? 'unknown',
      status: 0,
      items: null,
      at,
    };
    deps.log.push(entry);
    const { stats } = deps;
    stats.requests++;
    stats.byRoute[entry.route] = (stats.byRoute[entry.route] ?? 0) + 1;
    stats.firstAt ??= at;
    stats.lastAt = at;
    if (matched !== null) {
      const delay = deps.faults.takeDelay(matched.name);
      if (delay > 0) await sleep(delay);
    }

    let reply: Reply;
    let headers: Record<string, string> = {};
    let malformed = false;
    try {
      if (matched === null) throw routeNotFound();
      const apiKey = deps.apiKey();
      if (apiKey === null || header(request, 'x-trackstar-api-key') !== apiKey) throw unauthorized(INVALID_API_KEY);
      let connection: StoredConnection | null = null;
      if (matched.withToken) {
        const token = header(request, 'x-trackstar-access-token');
        connection = token === null ? null : (deps.store.connectionByToken(token) ?? null);
        if (connection === null || connection.revoked) throw unauthorized(INVALID_ACCESS_TOKEN);
        entry.connectionId = connection.connectionId;
        connection.timesUsed++;
        connection.lastUsed = deps.store.now();
      }
      // Limits are per access token; routes that take only the API key share one budget per key (the fake's choice).
      const rateKey = connection === null ? `key:${apiKey}` : `token:${connection.accessToken}`;
      const decision = deps.limiter?.take(rateKey, method) ?? null;
      if (decision !== null) headers = rateHeaders(decision, deps.headerSpelling);
      if (decision?.allowed === false) {
        stats.rateLimited++;
        stats.tooManyRequests++;
        reply = { status: 429, body: tooManyRequests(decision.limit) };
      } else {
        const fault = deps.faults.takeFailure(matched.name);
        if (fault !== null) stats.injectedFaults++;
        if (fault === 'reset') {
          entry.status = 'reset';
          stats.byStatus.reset = (stats.byStatus.reset ?? 0) + 1;
          request.socket.destroy();
          return;
        }
        if (fault === 500 || fault === 502 || fault === 503) {
          const { contentType, body: text } = SERVER_ERROR_BODIES[fault];
          send(deps, entry, response, fault, fault === 500 ? headers : {}, text, contentType);
          return;
        }
        if (fault === 429) {
          stats.tooManyRequests++;
          const exhausted: RateDecision = deps.limiter?.exhausted(method) ?? injected429(deps, method);
          headers = rateHeaders(exhausted, deps.headerSpelling);
          reply = { status: 429, body: tooManyRequests(exhausted.limit) };
        } else {
          throwInjected(fault, matched.name, connection);
          malformed = fault === 'malformed';
          reply = matched.handle(connection, url.searchParams, body);
        }
      }
    } catch (error) {
      if (!(error instanceof TrackStarFailure)) throw error;
      reply = { status: error.status, body: error.body };
      if (error.status === 401) stats.unauthorized++;
    }
    const data = (reply.body as { data?: unknown } | null)?.data;
    if (reply.status === 200 && (matched?.name === 'inventory' || matched?.name === 'inventory-item')) entry.items = Array.isArray(data) ? data.length : 1;
    let text = JSON.stringify(reply.body);
    if (malformed) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    send(deps, entry, response, reply.status, headers, text, 'application/json');
  };
}

/** Faults answered as TrackStar's own errors (501, 422); nothing for the others. */
function throwInjected(fault: FaultKind | null, name: FaultRoute, connection: StoredConnection | null): void {
  if (fault === 501) throw notImplemented(FUNCTION_OF[name], connection?.integrationName ?? 'this integration');
  if (fault === 422) throw validationError({ limit: [MESSAGES.limitRange] });
}

function injected429(deps: RouteDeps, method: string): RateDecision {
  const limit = method === 'GET' ? deps.limits.get : deps.limits.write;
  return { allowed: false, limit, remaining: 0, reset: Math.floor(deps.rateClock() / 1000) + 1, retryAfter: 1 };
}

function send(deps: RouteDeps, entry: LoggedRequest, response: ServerResponse, status: number, headers: Record<string, string>, text: string, contentType: string): void {
  entry.status = status;
  deps.stats.byStatus[String(status)] = (deps.stats.byStatus[String(status)] ?? 0) + 1;
  requestSerial++;
  response.writeHead(status, { 'content-type': contentType, 'x-request-id': `fake-${requestSerial.toString(16).padStart(8, '0')}`, ...headers }).end(text);
}
