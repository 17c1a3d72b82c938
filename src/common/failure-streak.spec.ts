import { describe, expect, it } from '@jest/globals';
import { FailureStreak } from './failure-streak.js';

function streak(level: 'error' | 'warn' = 'error'): { said: string[]; clock: { now: number }; failures: FailureStreak } {
  const said: string[] = [];
  const clock = { now: 0 };
  const logger = { error: (message: string) => said.push(`error ${message}`), warn: (message: string) => said.push(`warn ${message}`), log: (message: string) => said.push(`log ${message}`) };
  return { said, clock, failures: new FailureStreak(logger, 'claiming sessions', level, () => clock.now) };
}

describe('FailureStreak', () => {
  it('says the first failure, then once a minute while it goes on, then the recovery', async () => {
    const { said, clock, failures } = streak();
    for (let second = 0; second < 130; second++) {
      clock.now = second * 1000;
      await failures.run(() => Promise.reject(new Error('connection refused')));
    }
    await failures.run(() => Promise.resolve());
    await failures.run(() => Promise.resolve());
    expect(said).toEqual([
      'error claiming sessions failed: connection refused',
      'error claiming sessions still failing (61 times in a row): connection refused',
      'error claiming sessions still failing (121 times in a row): connection refused',
      'log claiming sessions works again after 130 failures',
    ]);
  });

  it('starts afresh after a success: the next failure is said at once', async () => {
    const { said, failures } = streak();
    await failures.run(() => Promise.reject(new Error('one')));
    await failures.run(() => Promise.resolve());
    await failures.run(() => Promise.reject(new Error('two')));
    expect(said).toEqual(['error claiming sessions failed: one', 'log claiming sessions works again after 1 failure', 'error claiming sessions failed: two']);
  });

  it('never rejects, and says what was thrown when it is not an Error', async () => {
    const { said, clock, failures } = streak();
    await expect(failures.run(() => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
    clock.now = 60_000;
    failures.failed('not an error');
    expect(said).toEqual(['error claiming sessions failed: boom', 'error claiming sessions still failing (2 times in a row): not an error']);
  });

  it('says it at the level asked for', async () => {
    const { said, failures } = streak('warn');
    await failures.run(() => Promise.reject(new Error('refused')));
    await failures.run(() => Promise.resolve());
    expect(said).toEqual(['warn claiming sessions failed: refused', 'log claiming sessions works again after 1 failure']);
  });
});
