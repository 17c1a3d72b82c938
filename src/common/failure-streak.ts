import type { LoggerService } from '@nestjs/common';

/** How often a failure that goes on is said again. */
const REMIND_MS = 60_000;

/**
 * A background loop's failures, logged so that an outage (the database down) is a few lines
 * rather than one every tick: the first failure, a reminder at most once a minute while it
 * goes on (with how many in a row), and the recovery.
 */
export class FailureStreak {
  private failures = 0;
  private saidAt = 0;

  constructor(
    private readonly logger: Pick<LoggerService, 'error' | 'warn' | 'log'>,
    /** What failed, as the start of a sentence: "claiming sessions". */
    private readonly what: string,
    /** `warn` for a loop whose failure something else covers. */
    private readonly level: 'error' | 'warn' = 'error',
    private readonly now: () => number = Date.now,
  ) {}

  failed(error: unknown): void {
    this.failures += 1;
    // Not instanceof Error: a driver's error may come from another realm (a VM context).
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    if (this.failures === 1) this.logger[this.level](`${this.what} failed: ${message}`);
    else if (this.now() - this.saidAt >= REMIND_MS) this.logger[this.level](`${this.what} still failing (${String(this.failures)} times in a row): ${message}`);
    else return;
    this.saidAt = this.now();
  }

  succeeded(): void {
    if (this.failures > 0) this.logger.log(`${this.what} works again after ${String(this.failures)} ${this.failures === 1 ? 'failure' : 'failures'}`);
    this.failures = 0;
  }

  /** Runs `task`, counting how it ends; never rejects. */
  async run(task: () => Promise<unknown>): Promise<void> {
    try {
      await task();
      this.succeeded();
    } catch (error) {
      this.failed(error);
    }
  }
}
