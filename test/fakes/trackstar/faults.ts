/**
 * Faults queued by tests, consumed in order by the requests they match. A fault hits a
 * request that passed authentication and the rate limiter, as a failure of TrackStar's
 * own would.
 */
export type FaultKind = 429 | 500 | 502 | 503 | 501 | 422 | 'malformed' | 'reset';

/** `inventory` (list), `inventory-item`, `connections` (list), `connection` (one), `sync` (POST /connections/sync). */
export type FaultRoute = 'inventory' | 'inventory-item' | 'connections' | 'connection' | 'sync';

interface Queued {
  left: number;
  /** undefined: any route. */
  route?: FaultRoute;
}

export class Faults {
  private readonly failures: (Queued & { kind: FaultKind })[] = [];
  private readonly delays: (Queued & { ms: number })[] = [];

  failNext(kind: FaultKind, count: number, route?: FaultRoute): void {
    if (count > 0) this.failures.push({ kind, left: count, ...(route === undefined ? {} : { route }) });
  }

  delayNext(ms: number, count: number, route?: FaultRoute): void {
    if (count > 0) this.delays.push({ ms, left: count, ...(route === undefined ? {} : { route }) });
  }

  takeFailure(route: FaultRoute): FaultKind | null {
    return take(this.failures, route)?.kind ?? null;
  }

  takeDelay(route: FaultRoute): number {
    return take(this.delays, route)?.ms ?? 0;
  }
}

function take<T extends Queued>(queue: T[], route: FaultRoute): T | undefined {
  const index = queue.findIndex((entry) => entry.route === undefined || entry.route === route);
  const entry = queue[index];
  if (entry === undefined) return undefined;
  if (--entry.left <= 0) queue.splice(index, 1);
  return entry;
}
