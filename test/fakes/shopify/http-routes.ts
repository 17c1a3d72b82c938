import { type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BulkOperations } from './bulk-operations.js';
import { type FaultInjector, SERVER_ERROR_BODIES } from './faults.js';
import { answerGraphql, type EndpointDeps } from './graphql-endpoint.js';
import { type FakeShopifyStats } from './stats.js';

export interface LoggedRequest {
  apiVersion: string;
  /** The request body as sent (query, variables, operationName), or null when not JSON. */
  body: unknown;
  status: number;
  outcome: 'served' | 'throttled' | 'max-cost' | 'rejected' | 'unauthorized' | 'server-error' | 'too-many-requests';
  requestedCost: number | null;
}

export interface RouteDeps extends EndpointDeps {
  bulk: BulkOperations;
  faults: FaultInjector;
  stats: FakeShopifyStats;
  /** The token requests must carry, or null once revoked. */
  accessToken: () => string | null;
  log: LoggedRequest[];
}

const GRAPHQL_PATH = /^\/admin\/api\/(\d{4}-\d{2}|unstable)\/graphql\.json$/;
const BULK_PATH = /^\/bulk\/([^/]+)$/;
const INVALID_TOKEN = { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' };
// Shopify's REST 429 text; what its GraphQL edge sends with a 429 is not documented (unverified).
const TOO_MANY = { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' };

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Routes: the Admin GraphQL endpoint (any version) and bulk result files (no auth, like a signed URL). */
export function createRequestHandler(deps: RouteDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const bulkMatch = BULK_PATH.exec(path);
    if (request.method === 'GET' && bulkMatch?.[1] !== undefined) {
      await serveBulkFile(deps, bulkMatch[1], response);
      return;
    }
    const graphqlMatch = GRAPHQL_PATH.exec(path);
    if (request.method !== 'POST' || graphqlMatch?.[1] === undefined) {
      await readBody(request);
      sendJson(response, 404, { errors: 'Not Found' });
      return;
    }
    const apiVersion = graphqlMatch[1];
    const raw = await readBody(request);
    let body: unknown = null;
    try {
      body = JSON.parse(raw);
    } catch {
      // logged as null; answerGraphql replies 400
    }
    const log = (status: number, outcome: LoggedRequest['outcome'], requestedCost: number | null = null): void => {
      deps.log.push({ apiVersion, body, status, outcome, requestedCost });
    };

    const token = deps.accessToken();
    if (token === null || request.headers['x-shopify-access-token'] !== token) {
      deps.stats.unauthorized++;
      log(401, 'unauthorized');
      sendJson(response, 401, INVALID_TOKEN);
      return;
    }
    deps.stats.requests++;
    const draw = deps.faults.draw();
    if (draw.delayMs > 0) {
      deps.stats.slowed++;
      await sleep(draw.delayMs);
    }
    if (draw.fault?.kind === 'server-error') {
      deps.stats.serverErrors++;
      log(draw.fault.status, 'server-error');
      const { contentType, body: text } = SERVER_ERROR_BODIES[draw.fault.status];
      response.writeHead(draw.fault.status, { 'content-type': contentType }).end(text);
      return;
    }
    if (draw.fault?.kind === 'too-many-requests') {
      deps.stats.tooManyRequests++;
      log(429, 'too-many-requests');
      sendJson(response, 429, TOO_MANY, { 'retry-after': String(deps.faults.settings().retryAfterSeconds) });
      return;
    }

    const reply = await answerGraphql(deps, raw, draw.fault?.kind === 'throttle');
    log(reply.status, reply.outcome, reply.requestedCost);
    let text = JSON.stringify(reply.body);
    if (draw.malformed) {
      deps.stats.malformed++;
      text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    }
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' }).end(text);
  };
}

/** Streams the JSONL with backpressure: lines are made as the client reads them. */
async function serveBulkFile(deps: RouteDeps, name: string, response: ServerResponse): Promise<void> {
  const lines = deps.bulk.file(name);
  if (lines === undefined) {
    sendJson(response, 404, { errors: 'Not Found' });
    return;
  }
  deps.stats.bulkDownloads++;
  response.writeHead(200, { 'content-type': 'application/jsonl' });
  try {
    await pipeline(Readable.from(lines, { objectMode: false }), response);
  } catch {
    // The client went away mid-file; nothing to clean up.
  }
}
