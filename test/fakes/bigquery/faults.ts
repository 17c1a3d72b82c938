import { type ApiFailure, backendError, invalidQuery, jobRateLimitExceeded, jobsCreateDenied, jobsGetDenied, OAuthFailure, rateLimitExceeded, tableGetDenied } from './errors.js';

export type FaultKind = 'backendError' | 'rateLimitExceeded' | 'jobRateLimitExceeded' | 'accessDenied' | 'invalidQuery';
export type FaultRoute = 'query' | 'getQueryResults' | 'tables' | 'token';

interface Pending {
  kind: FaultKind;
  left: number;
  /** undefined: any BigQuery route (query, getQueryResults, tables), never the token endpoint. */
  route?: FaultRoute;
  status?: 500 | 503;
}

interface Delay {
  ms: number;
  left: number;
  route?: FaultRoute;
}

/** What a route is about, for the accessDenied message. */
export interface FaultTarget {
  projectId: string;
  tableName?: string;
  /** `p:LOCATION.jobId`, on getQueryResults. */
  jobName?: string;
}

/** Faults queued by tests, consumed in order by the requests they match. */
export class Faults {
  private readonly pending: Pending[] = [];
  private readonly delays: Delay[] = [];

  constructor(private readonly delayMs: number) {}

  failNext(kind: FaultKind, count: number, route: FaultRoute | undefined, status: 500 | 503 | undefined): void {
    if (count > 0) this.pending.push({ kind, left: count, ...(route === undefined ? {} : { route }), ...(status === undefined ? {} : { status }) });
  }

  delayNext(ms: number, count: number, route: FaultRoute | undefined): void {
    if (count > 0) this.delays.push({ ms, left: count, ...(route === undefined ? {} : { route }) });
  }

  /** How long to hold this request: the fake-wide delay, or a queued one. */
  delay(route: FaultRoute): number {
    const queued = take(this.delays, route);
    return queued?.ms ?? this.delayMs;
  }

  /** The failure this request gets, if one is queued for its route. */
  take(route: FaultRoute, target: FaultTarget): ApiFailure | OAuthFailure | null {
    const fault = take(this.pending, route);
    if (fault === undefined) return null;
    if (route === 'token') return tokenFailure(fault);
    switch (fault.kind) {
      case 'backendError':
        return backendError(fault.status ?? 500);
      case 'rateLimitExceeded':
        return rateLimitExceeded();
      case 'jobRateLimitExceeded':
        return jobRateLimitExceeded();
      case 'accessDenied':
        if (target.tableName !== undefined) return tableGetDenied(target.tableName);
        return target.jobName === undefined ? jobsCreateDenied(target.projectId) : jobsGetDenied(target.projectId, target.jobName);
      case 'invalidQuery':
        // What a partitioned table that requires a partition filter answers a query without one.
        return invalidQuery('Cannot query over table without a filter over column(s) that can be used for partition elimination');
    }
  }
}

function take<T extends { left: number; route?: FaultRoute }>(queue: T[], route: FaultRoute): T | undefined {
  const index = queue.findIndex((entry) => (entry.route === undefined ? route !== 'token' : entry.route === route));
  const entry = queue[index];
  if (entry === undefined) return undefined;
  if (--entry.left <= 0) queue.splice(index, 1);
  return entry;
}

/** The token endpoint's failures are OAuth-shaped; Google's wording for these is not documented (the fake's own). */
function tokenFailure(fault: Pending): OAuthFailure {
  switch (fault.kind) {
    case 'backendError':
      return new OAuthFailure(fault.status ?? 500, 'internal_failure', 'Backend Error');
    case 'rateLimitExceeded':
    case 'jobRateLimitExceeded':
      return new OAuthFailure(429, 'rate_limit_exceeded', 'Rate Limit Exceeded');
    case 'accessDenied':
      return new OAuthFailure(403, 'access_denied', 'Access Denied');
    case 'invalidQuery':
      return new OAuthFailure(400, 'invalid_request', 'Bad Request');
  }
}
