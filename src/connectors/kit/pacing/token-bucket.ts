import { type Sleep, timerSleep } from './sleep.js';

export interface TokenBucketOptions {
  /** Requests allowed per second on average (TrackStar: 10 GETs a second per access token). */
  perSecond: number;
  /** Requests that may go at once after a quiet spell; default one second's worth. */
  burst?: number;
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Paces requests to a service's request-rate limit: a bucket of `burst` tokens refilled at
 * `perSecond`; each request takes one (or `cost`), waiting until it is there. Starts full.
 */
export class TokenBucket {
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private tokens: number;
  private filledAt: number;

  constructor(options: TokenBucketOptions) {
    if (!(options.perSecond > 0)) throw new RangeError('a token bucket needs a positive rate');
    this.perSecond = options.perSecond;
    this.burst = Math.max(1, options.burst ?? options.perSecond);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? timerSleep;
    this.tokens = this.burst;
    this.filledAt = this.now();
  }

  /** Tokens held now. */
  available(): number {
    return Math.min(this.burst, this.tokens + ((this.now() - this.filledAt) / 1000) * this.perSecond);
  }

  /** Milliseconds until `cost` tokens are there (a cost above the burst waits for a full bucket). */
  waitFor(cost = 1): number {
    const missing = Math.min(cost, this.burst) - this.available();
    return missing <= 0 ? 0 : Math.ceil((missing / this.perSecond) * 1000);
  }

  /** Waits until `cost` tokens are there, then takes them. */
  async take(signal: AbortSignal, cost = 1): Promise<void> {
    for (let wait = this.waitFor(cost); wait > 0; wait = this.waitFor(cost)) await this.sleep(wait, signal);
    this.tokens = this.available() - cost;
    this.filledAt = this.now();
  }
}
