import { type ServiceObserver, UNOBSERVED } from '../observe/outbound-observer.js';
import { type Sleep, timerSleep } from './sleep.js';

/** A cost bucket's state as a reply reports it (Shopify's `extensions.cost.throttleStatus`). */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/**
 * A service's leaky bucket of query cost (Shopify's), as its replies describe it (never
 * hard-coded: it depends on the plan), restored over time between replies. The client
 * waits until a query's requested cost fits, so the service rarely has to throttle it.
 */
export class CostBucket {
  private status: ThrottleStatus | undefined;
  private observedAt = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = timerSleep,
    private readonly observer: ServiceObserver = UNOBSERVED,
  ) {}

  observe(status: ThrottleStatus | undefined): void {
    if (status === undefined || !(status.restoreRate > 0)) return;
    this.status = status;
    this.observedAt = this.now();
    this.observer.bucketObserved(status.currentlyAvailable, status.maximumAvailable);
  }

  restoreRate(): number | undefined {
    return this.status?.restoreRate;
  }

  /** What the bucket holds now, by its last reported state and its restore rate. */
  available(): number {
    if (this.status === undefined) return Infinity;
    const restored = ((this.now() - this.observedAt) / 1000) * this.status.restoreRate;
    return Math.min(this.status.maximumAvailable, this.status.currentlyAvailable + restored);
  }

  /** Milliseconds until `cost` points fit (0 before the first reply: nothing is known yet). */
  waitFor(cost: number): number {
    if (this.status === undefined) return 0;
    const missing = Math.min(cost, this.status.maximumAvailable) - this.available();
    return missing <= 0 ? 0 : Math.ceil((missing / this.status.restoreRate) * 1000);
  }

  /** Takes a query's requested cost out now; the reply's status then says what was really charged. */
  spend(cost: number): void {
    if (this.status === undefined) return;
    this.status = { ...this.status, currentlyAvailable: this.available() - cost };
    this.observedAt = this.now();
  }

  /** Waits until `cost` fits, then spends it. */
  async take(cost: number, signal: AbortSignal): Promise<void> {
    await this.sleep(this.waitFor(cost), signal);
    this.spend(cost);
  }
}
