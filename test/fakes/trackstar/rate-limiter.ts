/**
 * TrackStar's limits: per access token, 10 GET and 50 POST/PUT/PATCH/DELETE requests a
 * second. Its docs speak of "the number of requests you have remaining in the current
 * second" and a reset at an epoch time, so this is a fixed window on whole epoch seconds
 * (a burst straddling a second boundary can get up to twice the limit through).
 * Refused requests do not use up the window.
 */
export interface RateLimits {
  get: number;
  write: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch seconds when the window ends. */
  reset: number;
  /** Whole seconds to wait (at least 1). */
  retryAfter: number;
}

interface Window {
  second: number;
  used: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  /** The most requests let through in one window for one key. */
  peak = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => number,
  ) {}

  take(key: string, method: string): RateDecision {
    const kind = method === 'GET' || method === 'HEAD' ? 'get' : 'write';
    const limit = this.limits[kind];
    const nowMs = this.clock();
    const second = Math.floor(nowMs / 1000);
    const id = `${kind} ${key}`;
    let window = this.windows.get(id);
    if (window?.second !== second) {
      window = { second, used: 0 };
      this.windows.set(id, window);
    }
    const allowed = window.used < limit;
    if (allowed) {
      window.used++;
      this.peak = Math.max(this.peak, window.used);
    }
    const reset = second + 1;
    return { allowed, limit, remaining: limit - window.used, reset, retryAfter: Math.max(1, Math.ceil((reset * 1000 - nowMs) / 1000)) };
  }

  /** A decision as the limiter would give with no room left (for an injected 429). */
  exhausted(method: string): RateDecision {
    const kind = method === 'GET' || method === 'HEAD' ? 'get' : 'write';
    const reset = Math.floor(this.clock() / 1000) + 1;
    return { allowed: false, limit: this.limits[kind], remaining: 0, reset, retryAfter: 1 };
  }
}

export type HeaderSpelling = 'x-ratelimit' | 'x-rate-limit';

/** The headers TrackStar documents (since 2025-09), or the `x-rate-limit-*` ones it documented before. */
export function rateHeaders(decision: RateDecision, spelling: HeaderSpelling): Record<string, string> {
  const headers: Record<string, string> = {
    [`${spelling}-limit`]: String(decision.limit),
    [`${spelling}-remaining`]: String(decision.remaining),
    [`${spelling}-reset`]: String(decision.reset),
  };
  if (!decision.allowed) headers[spelling === 'x-ratelimit' ? 'retry-after' : 'x-rate-limit-retry-after'] = String(decision.retryAfter);
  return headers;
}
