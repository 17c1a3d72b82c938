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

describe('CronScheduleService across DST (America/New_York, controlled clock)', () => {
  const service = serviceWithMinimum(60);
  const zone = 'America/New_York';
  const runs = (expression: string, from: string, count: number): string[] =>
    service.nextRuns(expression, zone, count, new Date(from)).map((run) => run.local);

  it('a daily 02:30 fires at 03:00 on the spring-forward day, and at 02:30 around it', () => {
    expect(runs('0 30 2 * * *', '2027-03-13T00:00:00-05:00', 3)).toEqual([
      '2027-03-13T02:30:00.000-05:00',
      '2027-03-14T03:00:00.000-04:00',
      '2027-03-15T02:30:00.000-04:00',
    ]);
  });

  it('a daily 02:30 fires once on the fall-back day (02:30 happens once); a daily 01:30 once too, at the first 01:30', () => {
    expect(runs('0 30 2 * * *', '2026-10-31T12:00:00-04:00', 3)).toEqual([
      '2026-11-01T02:30:00.000-05:00',
      '2026-11-02T02:30:00.000-05:00',
      '2026-11-03T02:30:00.000-05:00',
    ]);
    expect(runs('0 30 1 * * *', '2026-10-31T12:00:00-04:00', 2)).toEqual(['2026-11-01T01:30:00.000-04:00', '2026-11-02T01:30:00.000-05:00']);
  });

  it('keys a tick by the run it fired for, however late the timer was', () => {
    // The spring-forward day's 02:30 run happens at 03:00 EDT (07:00Z).
    const at = (iso: string): string | undefined => service.tickTime('0 30 2 * * *', zone, new Date(iso))?.toISOString();
    expect(at('2027-03-14T07:00:00.000Z')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14T07:00:00.350Z')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-03-14T09:00:00.000Z')).toBe('2027-03-14T07:00:00.000Z');
    // The cron library's timer also fires a daily 02:30 at 01:30 EST on the fall-back day: no run of the schedule.
    expect(at('2026-11-01T06:30:00.000Z')).toBeUndefined();
    expect(at('2026-11-01T07:30:00.000Z')).toBe('2026-11-01T07:30:00.000Z');
    expect(service.tickTime('*/2 * * * * *', 'UTC', new Date('2026-11-27T10:00:03.900Z'))?.toISOString()).toBe('2026-11-27T10:00:02.000Z');
    expect(service.tickTime('*/2 * * * * *', 'UTC', new Date('2026-11-27T10:00:04.000Z'))?.toISOString()).toBe('2026-11-27T10:00:04.000Z');
  });
});

describe('CronScheduleService.latestRun (the one missed run to make up for)', () => {
  const service = serviceWithMinimum(60);
  const latest = (expression: string, since: string, until: string): string | undefined =>
    service.latestRun(expression, 'UTC', new Date(since), new Date(until))?.toISOString();

  it('is the latest run in the window, never an earlier one', () => {
    expect(latest('0 0 3 * * *', '2026-11-20T00:00:00Z', '2026-11-27T05:00:00Z')).toBe('2026-11-27T03:00:00.000Z');
    expect(latest('0 * * * * *', '2026-11-20T00:00:00Z', '2026-11-27T05:00:30Z')).toBe('2026-11-27T05:00:00.000Z');
    // Weekly (Mondays): found by walking from the start of the window.
    expect(latest('0 0 3 * * 1', '2026-11-01T00:00:00Z', '2026-11-27T05:00:00Z')).toBe('2026-11-23T03:00:00.000Z');
  });

  it('is none when no run came in the window', () => {
    expect(latest('0 0 3 * * *', '2026-11-27T04:00:00Z', '2026-11-27T05:00:00Z')).toBeUndefined();
    expect(latest('0 0 3 * * 1', '2026-11-24T00:00:00Z', '2026-11-27T05:00:00Z')).toBeUndefined();
  });
});
