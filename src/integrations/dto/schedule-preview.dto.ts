export class ScheduledRunDto {
  /** @example "2027-03-14T07:00:00.000Z" */
  utc!: string;
  /** The same instant in the integration's time zone, with its offset. @example "2027-03-14T03:00:00.000-04:00" */
  local!: string;
}

export class SchedulePreviewDto {
  /** @example "0 30 2 * * *" */
  cronExpression!: string;
  /** @example "America/New_York" */
  timezone!: string;
  runs!: ScheduledRunDto[];
}
