import { IsInt, Max, Min } from 'class-validator';

export const DEFAULT_AUTO_DISABLE_AFTER = 5;

/** The organization's failure-alert settings. */
export class AlertSettingsDto {
  /**
   * Consecutive failed scheduled syncs (an `auth` failure counts double) after which an
   * integration is disabled; a warning is sent one failure earlier. Default 5.
   * @example 5
   */
  @IsInt()
  @Min(2)
  @Max(100)
  autoDisableAfterFailures!: number;
}
