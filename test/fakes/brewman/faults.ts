import { type Reply, empty, problem } from './problems.js';
import { type BrewmanRoute } from './routes.js';

/**
 * Faults queued by tests, taken in order by the requests they match. Brewman says it has
 * no rate limiting: a 429 here stands for whatever sits in front of it (a proxy, a gateway).
 *
 * - `429`: `Retry-After` (seconds) and a text body.
 * - `500`: the ProblemDetails of an unhandled exception.
 * - `502`, `503`: an HTML page from the load balancer (503 with Retry-After when given).
 * - `'malformed'`: the reply the request would have had, its body cut in half.
 * - `'reset'`: the connection is dropped without a reply.
 */
export type FaultKind = 429 | 500 | 502 | 503 | 'malformed' | 'reset';

export interface FaultOptions {
  /** Only requests to this route take the fault (default: any route the fake serves). */
  route?: BrewmanRoute;
  /** Retry-After on a 429 (default 1) or a 503 (default: none). */
  retryAfterSeconds?: number;
}

interface Pending {
  kind: FaultKind;
  left: number;
  options: FaultOptions;
}

interface Delay {
  ms: number;
  left: number;
  route?: BrewmanRoute;
}

const GATEWAY_PAGE = (status: number, text: string): string =>
  `<html>\r\n<head><title>${String(status)} ${text}</title></head>\r\n<body>\r\n<center><h1>${String(status)} ${text}</h1></center>\r\n</body>\r\n</html>\r\n`;

export class Faults {
  private readonly pending: Pending[] = [];
  private readonly delays: Delay[] = [];

  constructor(private readonly delayMs: number) {}

  failNext(kind: FaultKind, count: number, options: FaultOptions): void {
    if (count > 0) this.pending.push({ kind, left: count, options });
  }

  delayNext(ms: number, count: number, route: BrewmanRoute | undefined): void {
    if (count > 0) this.delays.push({ ms, left: count, ...(route === undefined ? {} : { route }) });
  }

  /** How long to hold this request: a queued delay, else the fake-wide one. */
  delay(route: BrewmanRoute): number {
    return take(this.delays, route, (entry) => entry.route)?.ms ?? this.delayMs;
  }

  take(route: BrewmanRoute): Pending | undefined {
    return take(this.pending, route, (entry) => entry.options.route);
  }
}

function take<T extends { left: number }>(queue: T[], route: BrewmanRoute, routeOf: (entry: T) => BrewmanRoute | undefined): T | undefined {
  const index = queue.findIndex((entry) => {
    const wanted = routeOf(entry);
    return wanted === undefined || wanted.toLowerCase() === route.toLowerCase();
  });
  const entry = queue[index];
  if (entry === undefined) return undefined;
  if (--entry.left <= 0) queue.splice(index, 1);
  return entry;
}

/** The reply a status fault sends instead of the route's. */
export function faultReply(kind: 429 | 500 | 502 | 503, options: FaultOptions): Reply {
  switch (kind) {
    case 429:
      return { status: 429, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(options.retryAfterSeconds ?? 1) }, body: 'Too Many Requests' };
    case 500:
      return problem(500);
    case 502:
      return { ...empty(502, { 'content-type': 'text/html' }), body: GATEWAY_PAGE(502, 'Bad Gateway') };
    case 503: {
      const retry: Record<string, string> = options.retryAfterSeconds === undefined ? {} : { 'retry-after': String(options.retryAfterSeconds) };
      return { ...empty(503, { 'content-type': 'text/html', ...retry }), body: GATEWAY_PAGE(503, 'Service Temporarily Unavailable') };
    }
  }
}

/** A JSON body cut in half (an empty body stays empty). */
export const malformed = (reply: Reply): Reply => ({ ...reply, body: reply.body.slice(0, Math.floor(reply.body.length / 2)) });
