import { Transform } from 'class-transformer';
import { toIsoInstant } from '../../common/iso-dates.js';
import { QueryInt } from '../../common/query-int.js';
import { IsDate, IsInt, IsOptional, Max, MaxDate, Min, MinDate } from 'class-validator';
import { SCHEDULE_HORIZON_YEARS } from '../../scheduling/cron-schedule.service.js';

// The scheduling library fails on early dates (year 1, say) and finds no run past its horizon.
const FROM_RANGE = `from must be between 1970-01-01 and ${SCHEDULE_HORIZON_YEARS} years from now`;
const earliestFrom = new Date('1970-01-01T00:00:00Z');
const latestFrom = (): Date => {
  const latest = new Date();
  latest.setUTCFullYear(latest.getUTCFullYear() + SCHEDULE_HORIZON_YEARS);
  return latest;
};

export class SchedulePreviewQueryDto {
  /** How many runs to show (1-50, default 5). */
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(50)
  count?: number;

  /** Start after this instant (ISO 8601) instead of now, e.g. to look across a DST change. @example "2027-03-12T00:00:00Z" */
  @IsOptional()
  @Transform(toIsoInstant)
  @IsDate({ message: 'from must be an ISO 8601 instant, e.g. 2027-03-12T00:00:00Z' })
  @MinDate(earliestFrom, { message: FROM_RANGE })
  @MaxDate(latestFrom, { message: FROM_RANGE })
  from?: Date;
}
