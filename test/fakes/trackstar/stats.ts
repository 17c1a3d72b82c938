import { type FaultRoute } from './faults.js';

export type RouteName = FaultRoute | 'unknown';

/** Counters a test reads to check how a client behaved against the fake. */
export interface FakeTrackStarStats {
  /** Every request, whatever its answer. */
  requests: number;
  byRoute: Partial<Record<RouteName, number>>;
  /** Answers by HTTP status (`"200"`, `"429"`, …); a dropped connection counts as `"reset"`. */
  byStatus: Record<string, number>;
  /** 429s, from the limiter and injected. */
  tooManyRequests: number;
  /** The part of `tooManyRequests` the limiter gave (the client really went too fast). */
  rateLimited: number;
  /** Faults given by failNext (429 included). */
  injectedFaults: number;
  unauthorized: number;
  /** 422s for the query, not injected. */
  invalidQueries: number;
  /** page_token sent with other filters than it was issued for. */
  tokenFilterMismatches: number;
  /** Inventory items sent in list and single-item answers. */
  itemsServed: number;
  /** Requests a second from the first request to the last: (requests - 1) / span; the count when the span is under a millisecond. */
  requestsPerSecond: number;
  /** The most requests the limiter let through in one second for one access token. */
  peakPerSecond: number;
  /** Rate-clock milliseconds of the first and last request, or null. */
  firstAt: number | null;
  lastAt: number | null;
}

export const emptyStats = (): FakeTrackStarStats => ({
  requests: 0,
  byRoute: {},
  byStatus: {},
  tooManyRequests: 0,
  rateLimited: 0,
  injectedFaults: 0,
  unauthorized: 0,
  invalidQueries: 0,
  tokenFilterMismatches: 0,
  itemsServed: 0,
  requestsPerSecond: 0,
  peakPerSecond: 0,
  firstAt: null,
  lastAt: null,
});

/** A copy with the derived rate filled in. */
export function snapshot(stats: FakeTrackStarStats, peak: number): FakeTrackStarStats {
  const span = stats.firstAt === null || stats.lastAt === null ? 0 : stats.lastAt - stats.firstAt;
  return {
    ...stats,
    byRoute: { ...stats.byRoute },
    byStatus: { ...stats.byStatus },
    requestsPerSecond: span < 1 ? stats.requests : (stats.requests - 1) / (span / 1000),
    peakPerSecond: peak,
  };
}
