import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { redactSecrets } from '../../../sync-contract/redact-secrets.js';
import type { ServiceObserver } from '../observe/outbound-observer.js';
import { type Sleep, timerSleep } from '../pacing/sleep.js';

/** What an attempt returns when another try may help: why, and how long the service asked to wait. */
export class RetryLater {
  constructor(
    readonly problem: string,
    readonly retryAfterMs?: number,
  ) {}
}

export const retryLater = (problem: string, retryAfterMs?: number): RetryLater => new RetryLater(problem, retryAfterMs);

export interface RetryOptions {
  /** Tries in all (the first included). */
  attempts: number;
  /** Backoff before the second try at most; doubled per try up to `maxMs`. */
  baseMs: number;
  maxMs: number;
  signal: AbortSignal;
  /** Names the service in the final message ("Shopify kept failing after 8 tries: HTTP 503"). */
  service: string;
  /** Cut out of the final message. */
  secrets?: readonly string[];
  /** Told of every failed try (counting, logging). */
  onRetry?: (problem: RetryLater, attempt: number) => void;
  /** Told of every failed try that another try follows (the metrics' retries). */
  observer?: ServiceObserver;
  /** Tests: the jitter's source (default Math.random) and the wait (default a timer that the signal aborts). */
  random?: () => number;
  sleep?: Sleep;
}

/** Exponential backoff with full jitter: a random wait up to min(max, base × 2^(attempt − 1)). */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  return random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1));
}

/**
 * Runs `attempt` until it returns a value, at most `attempts` times. A RetryLater waits
 * what the service asked (Retry-After, a cost bucket) or else the jittered backoff; any
 * error thrown (a ConnectorError no retry can help) ends at once. After the last try a
 * `transient` ConnectorError names the last problem, credentials cut out.
 */
export async function withRetries<T>(attempt: (n: number) => Promise<T | RetryLater>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? timerSleep;
  let last: RetryLater | undefined;
  for (let n = 1; n <= options.attempts; n += 1) {
    options.signal.throwIfAborted();
    const outcome = await attempt(n);
    if (!(outcome instanceof RetryLater)) return outcome;
    last = outcome;
    options.onRetry?.(outcome, n);
    if (n < options.attempts) {
      options.observer?.retried();
      await sleep(outcome.retryAfterMs ?? backoffMs(n, options.baseMs, options.maxMs, options.random), options.signal);
    }
  }
  const message = `${options.service} kept failing after ${options.attempts} tries: ${last?.problem ?? 'no try made'}`;
  throw new ConnectorError('transient', redactSecrets(message, options.secrets ?? []));
}
