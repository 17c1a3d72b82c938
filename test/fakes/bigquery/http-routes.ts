import { type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiDeps, getQueryResults, getTable, postQuery, type Reply } from './api-handlers.js';
import { ApiFailure, invalid, notFound, OAuthFailure } from './errors.js';
import { type FaultRoute } from './faults.js';
import { type OAuthServer } from './oauth.js';

export interface LoggedRequest {
  method: string;
  /** The path, percent-decoding left as sent. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, the form fields of a token request, or null. */
  body: unknown;
  /** Whether an Authorization header came with it. */
  authorization: boolean;
  route: FaultRoute | 'unknown';
  status: number;
}

export interface RouteDeps extends ApiDeps {
  oauth: OAuthServer;
  log: LoggedRequest[];
}

const PREFIX = '/bigquery/v2/projects/';

type Handler = (account: ReturnType<OAuthServer['authenticate']>, body: unknown, query: URLSearchParams) => Reply;

/** Which route a method and path are, with the handler that answers it (after the bearer check). */
function route(deps: RouteDeps, method: string, path: string): { name: FaultRoute; handle: Handler } | null {
  if (!path.startsWith(PREFIX)) return null;
  let parts: string[];
  try {
    parts = path.slice(PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return null; // a malformed %-escape: no route, so a 404
  }
  const [projectId = '', collection, ...rest] = parts;
  if (method === 'POST' && collection === 'queries' && rest.length === 0) return { name: 'query', handle: (account, body) => postQuery(deps, account, projectId, body) };
  if (method === 'GET' && collection === 'queries' && rest.length === 1)
    return { name: 'getQueryResults', handle: (account, _body, query) => getQueryResults(deps, account, projectId, rest[0] ?? '', query) };
  if (method === 'GET' && collection === 'datasets' && rest.length === 3 && rest[1] === 'tables')
    return { name: 'tables', handle: (account) => getTable(deps, account, { projectId, datasetId: rest[0] ?? '', tableId: rest[2] ?? '' }) };
  return null;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The routes: Google's token endpoint, then jobs.query, jobs.getQueryResults and tables.get behind a bearer token. */
export function createRequestHandler(deps: RouteDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    const isToken = url.pathname === '/token';
    const form = isToken && !String(request.headers['content-type']).includes('json') ? new URLSearchParams(raw) : null;
    const body = form === null ? parseJson(raw) : Object.fromEntries(form);
    const matched = isToken ? null : route(deps, method, url.pathname);
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: body ?? null,
      authorization: request.headers.authorization !== undefined,
      route: isToken ? 'token' : (matched?.name ?? 'unknown'),
      status: 0,
    };
    deps.log.push(entry);
    const delay = entry.route === 'unknown' ? 0 : deps.faults.delay(entry.route);
    if (delay > 0) await sleep(delay);

    let reply: Reply;
    let headers: Record<string, string> = {};
    try {
      if (isToken) reply = token(deps, method, body);
      else if (matched === null) throw notFound(`Not found: ${method} ${url.pathname}`);
      else {
        const account = deps.oauth.authenticate(request.headers.authorization);
        if (body === undefined) throw invalid('Invalid JSON payload received.');
        reply = matched.handle(account, body, url.searchParams);
      }
    } catch (error) {
      if (error instanceof ApiFailure) {
        reply = { status: error.status, body: error.body() };
        headers = error.headers;
      } else if (error instanceof OAuthFailure) reply = { status: error.status, body: error.body() };
      else throw error;
    }
    entry.status = reply.status;
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8', ...headers }).end(JSON.stringify(reply.body));
  };
}

/** POST /token: the OAuth 2.0 jwt-bearer grant (form-encoded, or JSON, as Google takes both). */
function token(deps: RouteDeps, method: string, body: unknown): Reply {
  if (method !== 'POST') throw new OAuthFailure(405, 'invalid_request', `Method ${method} is not allowed on the token endpoint`);
  const fault = deps.faults.take('token', { projectId: '' });
  if (fault !== null) throw fault;
  const fields = new URLSearchParams();
  if (typeof body === 'object' && body !== null) for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields.set(name, value);
  return { status: 200, body: deps.oauth.exchange(fields) };
}
