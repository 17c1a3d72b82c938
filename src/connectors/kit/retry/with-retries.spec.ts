import { describe, expect, it } from '@jest/globals';
import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { backoffMs, retryLater, withRetries } from './with-retries.js';

const signal = new AbortController().signal;

function recorder(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}

describe('withRetries', () => {
  it('returns the first value, waiting what each failed try asked or the jittered backoff', async () => {
    const { waits, sleep } = recorder();
    const outcomes = [retryLater('HTTP 429', 3_000), retryLater('HTTP 503'), retryLater('network'), 'done'];
    const retried: string[] = [];
    const value = await withRetries(() => Promise.resolve(outcomes.shift() ?? 'none'), {
      attempts: 8,
      baseMs: 500,
      maxMs: 30_000,
      signal,
      service: 'Shop',
      random: () => 1,
      sleep,
      onRetry: (problem, n) => retried.push(`${n} ${problem.problem}`),
    });
    expect(value).toBe('done');
    expect(waits).toEqual([3_000, 1_000, 2_000]);
    expect(retried).toEqual(['1 HTTP 429', '2 HTTP 503', '3 network']);
  });

  it('gives up after the last try as transient, naming the last problem without secrets', async () => {
    const { waits, sleep } = recorder();
    const attempt = (): Promise<never> => Promise.resolve(retryLater('HTTP 502 from https://x/?key=sekret-value') as never);
    const failure = withRetries(attempt, { attempts: 3, baseMs: 10, maxMs: 100, signal, service: 'Shop', secrets: ['sekret-value'], sleep });
    await expect(failure).rejects.toThrow(new ConnectorError('transient', 'Shop kept failing after 3 tries: HTTP 502 from https://x/?key=[redacted]'));
    expect(waits).toHaveLength(2);
  });

  it('lets an error no retry helps through at once, and stops when aborted', async () => {
    const auth = new ConnectorError('auth', 'refused', false);
    await expect(withRetries(() => Promise.reject(auth), { attempts: 5, baseMs: 1, maxMs: 1, signal, service: 'Shop' })).rejects.toBe(auth);
    const controller = new AbortController();
    controller.abort();
    await expect(withRetries(() => Promise.resolve(1), { attempts: 5, baseMs: 1, maxMs: 1, signal: controller.signal, service: 'Shop' })).rejects.toThrow();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffMs(1, 500, 30_000, () => 1)).toBe(500);
    expect(backoffMs(4, 500, 30_000, () => 0.5)).toBe(2_000);
    expect(backoffMs(20, 500, 30_000, () => 1)).toBe(30_000);
    expect(backoffMs(3, 500, 30_000, () => 0)).toBe(0);
  });

  it('tells the observer of each retry: a failed try that another follows, not the last one', async () => {
    const { sleep } = recorder();
    let retries = 0;
    const observer = { requested: () => undefined, retried: () => (retries += 1), bucketObserved: () => undefined };
    const options = { attempts: 3, baseMs: 1, maxMs: 1, signal, service: 'Shop', sleep, observer };
    const outcomes = [retryLater('HTTP 503'), 'done'];
    await withRetries(() => Promise.resolve(outcomes.shift() ?? 'none'), options);
    expect(retries).toBe(1);
    await expect(withRetries(() => Promise.resolve(retryLater('HTTP 503')), options)).rejects.toBeInstanceOf(ConnectorError);
    expect(retries).toBe(3);
  });
});
