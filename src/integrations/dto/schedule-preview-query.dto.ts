import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';

export class SchedulePreviewQueryDto {
  /** How many runs to show (1-50, default 5). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  count?: number;

  /** Start after this instant (ISO 8601) instead of now, e.g. to look across a DST change. @example "2027-03-12T00:00:00Z" */
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;
}
