import { describe, expect, it } from '@jest/globals';
import { CronTime } from 'cron';
import type { AppConfig } from '../config/app-config.js';
import { CronScheduleService } from './cron-schedule.service.js';

const serviceWithMinimum = (minCronIntervalSeconds: number): CronScheduleService =>
  new CronScheduleService({ minCronIntervalSeconds } as AppConfig);

/** The shortest gap the slow way: walking the library's own next dates. */
function sampledShortestGap(expression: string, runs: number): number {
  const time = new CronTime(expression, 'UTC');
  let previous = time.getNextDateFrom(new Date('2027-01-04T00:00:00Z'), 'UTC').toMillis();
  let shortest = Infinity;
  for (let i = 1; i < runs; i += 1) {
    const next = time.getNextDateFrom(new Date(previous), 'UTC').toMillis();
    shortest = Math.min(shortest, (next - previous) / 1000);
    previous = next;
  }
  return shortest;
}

describe('CronScheduleService minimum interval', () => {
  it.each([
    ['0 0 0 * * *', 86_400],
    ['0 0 */6 * * *', 21_600],
    ['0 */15 9-17 * * 1-5', 900],
    ['0 0,1 0 * * *', 60],
    ['0 59 23 * * *', 86_400],
    ['0 0 0,23 * * *', 3_600],
    ['30 0 0 * * *', 86_400],
    ['*/10 * * * * *', 10],
    ['0,30 * * * * *', 30],
  ])('%s fires at most every %i s, as sampling the runs shows', (expression, gap) => {
    expect(sampledShortestGap(expression, 60)).toBe(gap);
    expect(serviceWithMinimum(gap).validate(expression, 'UTC')).toEqual([]);
    const refused = serviceWithMinimum(gap + 1).validate(expression, 'UTC');
    expect(refused.map((problem) => problem.rule)).toEqual(['minInterval']);
    expect(refused[0]?.message).toContain(`fires every ${gap} s`);
  });

  it('refuses a schedule that never fires', () => {
    expect(serviceWithMinimum(60).validate('0 0 0 31 2 *', 'UTC').map((problem) => problem.message)).toEqual([
      'cronExpression never fires',
    ]);
  });

  it('remembers the next run until it passes', () => {
    const service = serviceWithMinimum(60);
    const first = service.nextRun('0 0 0 * * *', 'UTC');
    expect(first?.toISOString()).toBe(service.nextRuns('0 0 0 * * *', 'UTC', 1)[0]?.at.toISOString());
    expect(service.nextRun('0 0 0 * * *', 'UTC')).toBe(first);
    expect(service.nextRun('0 0 0 * * *', 'Asia/Tokyo')?.toISOString()).not.toBe(first?.toISOString());
  });
});
