/** Counters a test reads to check how a client behaved against the fake. */
export interface FakeShopifyStats {
  /** GraphQL requests that passed authentication. */
  requests: number;
  /** Queries and mutations executed (HTTP 200 with data). */
  served: number;
  /** THROTTLED replies, from the bucket or injected. */
  throttled: number;
  /** The injected part of `throttled`. */
  injectedThrottles: number;
  /** MAX_COST_EXCEEDED refusals. */
  maxCostRefused: number;
  /** 401 replies. */
  unauthorized: number;
  /** Requests refused before execution: bad JSON (400), syntax or validation errors. */
  rejected: number;
  /** Injected 5xx replies. */
  serverErrors: number;
  /** Injected 429 replies. */
  tooManyRequests: number;
  /** Requests held back by slowRate. */
  slowed: number;
  /** Replies cut short by malformedOnce / malformNext. */
  malformed: number;
  /** Sum of the actual costs charged to the bucket. */
  pointsCharged: number;
  /** Bulk result files served. */
  bulkDownloads: number;
}

export const emptyStats = (): FakeShopifyStats => ({
  requests: 0,
  served: 0,
  throttled: 0,
  injectedThrottles: 0,
  maxCostRefused: 0,
  unauthorized: 0,
  rejected: 0,
  serverErrors: 0,
  tooManyRequests: 0,
  slowed: 0,
  malformed: 0,
  pointsCharged: 0,
  bulkDownloads: 0,
});
