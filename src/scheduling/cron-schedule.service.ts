import { Injectable } from '@nestjs/common';
import { CronTime, validateCronExpression } from 'cron';
import { AppConfig } from '../config/app-config.js';
import type { ValidationDetail } from '../common/validation-detail.js';

/** How far ahead of now the `cron` library looks for a run; no run is found past it. */
export const SCHEDULE_HORIZON_YEARS = 8;

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
  private readonly nextRunCache = new Map<string, { run: Date | null; at: number }>();
  private readonly tickCache = new Map<string, { run: number; next: number }>();

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
      } else if (gap < this.config.minCronIntervalSeconds) {
        problems.push({
          field: 'cronExpression',
          rule: 'minInterval',
          message: `cronExpression fires every ${gap} s at its most frequent; the minimum interval is ${this.config.minCronIntervalSeconds} s`,
        });
      }
    }
    return problems;
  }

  /**
   * The next `count` run times after `from` (exclusive), DST-aware in the schedule's timezone.
   * Fewer when the runs go past the library's horizon (SCHEDULE_HORIZON_YEARS from now, not
   * from `from`): a sparse schedule, such as a yearly one, ends the list early.
   */
  nextRuns(cronExpression: string, timezone: string, count: number, from: Date = new Date()): ScheduledRun[] {
    const time = new CronTime(cronExpression, timezone);
    const [seconds, minutes, hours] = time.toJSON().slice(0, 3).map((field, index) => new Set(expandField(field, index)));
    const runs: ScheduledRun[] = [];
    let cursor = from;
    while (runs.length < count) {
      let next: ReturnType<CronTime['getNextDateFrom']>;
      try {
        // getNextDateFrom ignores the CronTime's own zone unless it is passed again.
        next = time.getNextDateFrom(cursor, timezone);
      } catch {
        // For a valid expression and date (the callers check both), the one thing it throws
        // for is finding no run before its horizon (its CronError class is not exported).
        break;
      }
      cursor = next.toJSDate();
      // On a fall-back day the library also yields the fields' time minus the hour gained
      // (a daily 02:30 fires at 01:30 too): a run whose wall-clock time the fields do not
      // name is kept only when that time was skipped by a spring-forward (02:30 -> 03:00).
      const named = seconds?.has(next.second) === true && minutes?.has(next.minute) === true && hours?.has(next.hour) === true;
      if (named || next.offset > next.minus({ hours: 1 }).offset) runs.push({ at: cursor, local: next.toISO() ?? cursor.toISOString() });
    }
    return runs;
  }

  /**
   * The run a cron tick that fired at `firedAt` was for: the latest run not after it. Every
   * replica computes the same instant however late its timer fired, so it keys the claim.
   * Null if no run is within one gap before it: the tick came that late, or it is one of
   * the library's extra fall-back-day fires (see nextRuns), which the schedule does not have.
   */
  tickTime(cronExpression: string, timezone: string, firedAt: Date): Date | null {
    // Most integrations share a schedule (midnight UTC by default): one computation serves
    // all of a run's ticks, which fire together.
    const key = `${timezone} ${cronExpression}`;
    const at = firedAt.getTime();
    const known = this.tickCache.get(key);
    if (known !== undefined && known.run <= at && at < known.next) return new Date(known.run);
    const gap = this.shortestGapSeconds(cronExpression, timezone);
    if (gap === null) return null;
    let run = this.nextRuns(cronExpression, timezone, 1, new Date(at - gap * 1000))[0]?.at;
    if (run === undefined || run.getTime() > at) return null;
    // A DST change can shorten a gap, so the run after this one may also be due.
    for (;;) {
      const next: Date | undefined = this.nextRuns(cronExpression, timezone, 1, run)[0]?.at;
      if (next === undefined || next.getTime() > at) {
        if (this.tickCache.size >= NEXT_RUN_CACHE_SIZE) this.tickCache.clear();
        this.tickCache.set(key, { run: run.getTime(), next: next?.getTime() ?? Infinity });
        return run;
      }
      run = next;
    }
  }

  /**
   * The latest run after `since` and not after `until`, or null if there is none. Found
   * from `until` back for frequent schedules (tickTime), else by walking forward from
   * `since` (sparse ones, such as weekly, have few runs to walk).
   */
  latestRun(cronExpression: string, timezone: string, since: Date, until: Date): Date | null {
    let latest = this.tickTime(cronExpression, timezone, until);
    if (latest === null) {
      for (let run = this.nextRuns(cronExpression, timezone, 1, since)[0]?.at, steps = 0; run !== undefined && run <= until && steps < MAX_WALK; steps += 1) {
        latest = run;
        run = this.nextRuns(cronExpression, timezone, 1, run)[0]?.at;
      }
    }
    return latest !== null && latest > since ? latest : null;
  }

  /**
   * The next run after now, or null if none within the horizon. Remembered until it
   * passes: the library takes milliseconds per date, and a dashboard shows many.
   */
  nextRun(cronExpression: string, timezone: string): Date | null {
    const key = `${timezone} ${cronExpression}`;
    const now = Date.now();
    const remembered = this.nextRunCache.get(key);
    if (remembered !== undefined && remembered.at > now) return remembered.run;
    const run = this.nextRuns(cronExpression, timezone, 1)[0]?.at ?? null;
    if (this.nextRunCache.size >= NEXT_RUN_CACHE_SIZE) this.nextRunCache.clear();
    this.nextRunCache.set(key, { run, at: run?.getTime() ?? now + 60_000 });
    return run;
  }

  /**
   * The shortest gap between runs in seconds, from the fields themselves (sampling runs
   * costs milliseconds each); null if it never fires. The times of day are the same on
   * every firing day, so the shortest gap is between two of them or across midnight,
   * counted as if firing days could follow each other (they do for almost every schedule).
   * A DST change can shorten one gap by the hour it skips; that is not counted.
   */
  private shortestGapSeconds(cronExpression: string, timezone: string): number | null {
    if (this.nextRuns(cronExpression, timezone, 1).length === 0) return null;
    const [seconds, minutes, hours] = new CronTime(cronExpression, timezone).toJSON().map(expandField);
    const times: number[] = [];
    for (const hour of hours ?? []) {
      for (const minute of minutes ?? []) {
        for (const second of seconds ?? []) times.push(hour * 3600 + minute * 60 + second);
      }
    }
    times.sort((a, b) => a - b);
    let shortest = DAY_SECONDS - (times.at(-1) ?? 0) + (times[0] ?? 0);
    for (let i = 1; i < times.length; i += 1) shortest = Math.min(shortest, (times[i] ?? 0) - (times[i - 1] ?? 0));
    return shortest;
  }
}

const DAY_SECONDS = 86_400;
/** Runs latestRun walks at most (a schedule with more runs per interval is found by tickTime). */
const MAX_WALK = 1_000;
const NEXT_RUN_CACHE_SIZE = 10_000;
const FIELD_RANGES = [60, 60, 24];

/** `toJSON()` gives each field as `*` or its expanded values, `0,15,30,45`. */
function expandField(field: string, index: number): number[] {
  return field === '*' ? Array.from({ length: FIELD_RANGES[index] ?? 0 }, (_, i) => i) : field.split(',').map(Number);
}

/**
 * An IANA zone name both the runtime's tz database (Intl) and the cron library know. The
 * library alone also takes offsets such as `UTC+25`, which are no zone at all.
 */
function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    new CronTime('0 0 0 * * *', timezone);
    return true;
  } catch {
    return false;
  }
}
