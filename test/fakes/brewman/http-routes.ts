import { type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bindBody } from './binding.js';
import { type FaultKind, faultReply, type Faults, malformed } from './faults.js';
import { empty, problem, type Reply, validationProblem } from './problems.js';
import { type BrewmanRoute, matchRoute, methodNotAllowed, type RouteContext } from './routes.js';

export interface LoggedRequest {
  method: string;
  /** The path as sent (routes match it case-insensitively). */
  path: string;
  /** The method it reached, or null (404). */
  route: BrewmanRoute | null;
  /** The body as sent: parsed JSON, else the raw text, or null when empty. */
  body: unknown;
  /** The body as the server read it: canonical property names, converted values; null if it did not bind. */
  bound: Record<string, unknown> | null;
  /** Properties the server ignored, as sent (`filter.limitStatus`): a misspelt filter shows up here. */
  ignored: string[];
  contentType: string | null;
  /** Whether an `Api-Token` header came with it. */
  hasToken: boolean;
  /** 0 when the connection was dropped (a `reset` fault). */
  status: number;
  fault: FaultKind | null;
}

export interface HttpDeps {
  context: RouteContext;
  faults: Faults;
  log: LoggedRequest[];
  tenantId: string;
  /** The token that works for this request, or null (revoked). */
  liveToken: () => string | null;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function asSent(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The media types System.Text.Json's input formatter takes: application/json, text/json, application/*+json. */
function isJson(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return media === 'application/json' || media === 'text/json' || /^application\/[^/\s]+\+json$/.test(media);
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) }).end(reply.body);
}

/**
 * The pipeline in ASP.NET's order: routing (404, 405), then the Api-Token check (401), then
 * the body (415, 400), then the tenant (403), then the method. Queued faults and delays
 * apply to requests that reached a method, before anything else is checked.
 */
export function createRequestHandler(deps: HttpDeps): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    const token = request.headers['api-token'];
    const matched = matchRoute(path);
    const entry: LoggedRequest = {
      method,
      path,
      route: matched?.name ?? null,
      body: asSent(raw),
      bound: null,
      ignored: [],
      contentType: request.headers['content-type'] ?? null,
      hasToken: token !== undefined,
      status: 0,
      fault: null,
    };
    deps.log.push(entry);
    if (matched === null || method !== 'POST') {
      const reply = matched === null ? empty(404) : methodNotAllowed();
      entry.status = reply.status;
      send(response, reply);
      return;
    }
    const delay = deps.faults.delay(matched.name);
    if (delay > 0) await sleep(delay);
    const fault = deps.faults.take(matched.name);
    entry.fault = fault?.kind ?? null;
    if (fault?.kind === 'reset') {
      response.socket?.destroy();
      return;
    }
    let reply: Reply;
    if (fault !== undefined && fault.kind !== 'malformed') reply = faultReply(fault.kind, fault.options);
    else {
      reply = serve(deps, matched, raw, typeof token === 'string' ? token : undefined, request.headers['content-type'], entry);
      if (fault?.kind === 'malformed') reply = malformed(reply);
    }
    entry.status = reply.status;
    send(response, reply);
  };
}

function serve(deps: HttpDeps, matched: NonNullable<ReturnType<typeof matchRoute>>, raw: string, token: string | undefined, contentType: string | undefined, entry: LoggedRequest): Reply {
  const live = deps.liveToken();
  if (live === null || token !== live) return empty(401);
  if (!isJson(contentType)) return problem(415);
  const bound = bindBody(raw, matched.spec.request);
  if (!bound.ok) return validationProblem(bound.errors);
  entry.bound = bound.value;
  entry.ignored = bound.ignored;
  if (matched.spec.tenant && bound.value.tenantId !== deps.tenantId) return empty(403);
  return matched.spec.handle(deps.context, bound.value);
}
