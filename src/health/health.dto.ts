/** One check's outcome. */
export class CheckDto {
  /** @example "up" */
  status!: string;
  /** Why it is down. @example "unreachable" */
  message?: string;
  /** How long the check took, in milliseconds. @example 2 */
  responseTime?: number;
}

export class SchedulerCheckDto extends CheckDto {
  /** Integrations with a cron job on this replica. @example 12 */
  scheduled!: number;
}

export class WorkerCheckDto extends CheckDto {
  /** Sync sessions this replica runs now. @example 1 */
  active!: number;
  /** How many it may run at once (SYNC_CONCURRENCY; 0: an API-only replica). @example 4 */
  concurrency!: number;
}

export class ReadinessChecksDto {
  database!: CheckDto;
  migrations!: CheckDto;
  scheduler!: SchedulerCheckDto;
  worker!: WorkerCheckDto;
}

/** The replica can serve: every check is up. */
export class ReadinessDto {
  /** @example "ok" */
  status!: string;
  checks!: ReadinessChecksDto;
}

/** The process is up. */
export class LivenessDto {
  /** @example "ok" */
  status!: string;
}
