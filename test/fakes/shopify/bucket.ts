export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/**
 * Shopify's leaky bucket of cost points: it refills continuously at `restoreRate`
 * points per second up to `size`. A query may start only when the bucket holds its
 * requested cost; afterwards only the actual cost stays taken (the rest is refunded).
 */
export class LeakyBucket {
  private available: number;
  private updatedAt: number;

  constructor(
    private readonly size: number,
    private readonly restoreRate: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.available = size;
    this.updatedAt = now();
  }

  status(): ThrottleStatus {
    this.refill();
    return { maximumAvailable: this.size, currentlyAvailable: Math.floor(this.available), restoreRate: this.restoreRate };
  }

  /** Reserves a query's requested cost; false (nothing taken) when the bucket holds less. */
  tryTake(requested: number): boolean {
    this.refill();
    if (requested > this.available) return false;
    this.available -= requested;
    return true;
  }

  /** Gives back what was reserved but not used (requested - actual; negative takes more). */
  refund(points: number): void {
    this.refill();
    this.available = Math.min(this.size, Math.max(0, this.available + points));
  }

  /** Test control: leave `points` in the bucket (0 empties it). */
  setAvailable(points: number): void {
    this.refill();
    this.available = Math.min(this.size, Math.max(0, points));
  }

  private refill(): void {
    const now = this.now();
    this.available = Math.min(this.size, this.available + ((now - this.updatedAt) / 1000) * this.restoreRate);
    this.updatedAt = now;
  }
}
