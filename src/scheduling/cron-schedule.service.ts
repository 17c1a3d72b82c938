import { Injectable } from '@nestjs/common';
import { CronTime, validateCronExpression } from 'cron';
import { AppConfig } from '../config/app-config.js';
import type { ValidationDetail } from '../common/validation-detail.js';

const SAMPLED_RUNS = 100;

export interface ScheduledRun {
  at: Date;
  /** The same instant in the schedule's time zone, ISO 8601 with its offset. */
  local: string;
}

/**
 * Cron expressions and timezones, read by the same library (`cron`) that runs the
 * jobs, so what is validated and previewed is what will fire.
 */
@Injectable()
export class CronScheduleService {
  constructor(private readonly config: AppConfig) {}

  validate(cronExpression: string, timezone: string): ValidationDetail[] {
    const problems: ValidationDetail[] = [];
    if (!isValidTimezone(timezone)) {
      problems.push({ field: 'timezone', rule: 'isTimeZone', message: `timezone must be an IANA time zone name such as UTC or America/New_York` });
    }
    const fields = cronExpression.trim().split(/\s+/).length;
    const parsed = validateCronExpression(cronExpression);
    if (fields !== 6) {
      problems.push({
        field: 'cronExpression',
        rule: 'isCron',
        message: `cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got ${fields}`,
      });
    } else if (!parsed.valid) {
      problems.push({ field: 'cronExpression', rule: 'isCron', message: `cronExpression is invalid: ${parsed.error?.message ?? 'unreadable'}` });
    } else if (problems.length === 0) {
      const gap = this.shortestGapSeconds(cronExpression, timezone);
      if (gap === null) {
        problems.push({ field: 'cronExpression', rule: 'isCron', message: 'cronExpression never fires' });
      } else if (gap !== undefined && gap < this.config.minCronIntervalSeconds) {
        problems.push({
          field: 'cronExpression',
          rule: 'minInterval',
          message: `cronExpression fires every ${gap} s at its most frequent; the minimum interval is ${this.config.minCronIntervalSeconds} s`,
        });
      }
    }
    return problems;
  }

  /** The next `count` run times after `from` (exclusive), DST-aware in the schedule's timezone. */
  nextRuns(cronExpression: string, timezone: string, count: number, from: Date = new Date()): ScheduledRun[] {
    const time = new CronTime(cronExpression, timezone);
    const runs: ScheduledRun[] = [];
    let cursor = from;
    for (let i = 0; i < count; i += 1) {
      // getNextDateFrom ignores the CronTime's own zone unless it is passed again.
      const next = time.getNextDateFrom(cursor, timezone);
      cursor = next.toJSDate();
      runs.push({ at: cursor, local: next.toISO() ?? cursor.toISOString() });
    }
    return runs;
  }

  /** The shortest gap between consecutive runs over the next runs, in seconds; null if it never fires. */
  private shortestGapSeconds(cronExpression: string, timezone: string): number | undefined | null {
    let runs: Date[];
    try {
      runs = this.nextRuns(cronExpression, timezone, SAMPLED_RUNS).map((run) => run.at);
    } catch {
      return null; // the library found no next date: a date that never exists, such as 31 February
    }
    let shortest: number | undefined;
    for (let i = 1; i < runs.length; i += 1) {
      const gap = ((runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0)) / 1000;
      shortest = shortest === undefined ? gap : Math.min(shortest, gap);
    }
    return shortest;
  }
}

function isValidTimezone(timezone: string): boolean {
  try {
    new CronTime('0 0 0 * * *', timezone);
    return true;
  } catch {
    return false;
  }
}
