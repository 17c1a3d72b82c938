import { ApiProperty } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { PageOf } from '../../common/page-of.js';
import { SESSION_STATUSES, SESSION_TRIGGERS, type SessionStatus, type SessionTrigger } from '../entities/sync-session.entity.js';
import { SyncErrorDto } from './sync-error.dto.js';
import { SyncExecutionDto } from './sync-execution.dto.js';

/** One sync of an integration: a trigger, and an execution per capability. */
export class SyncSessionDto {
  /** @example "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60" */
  id!: string;
  /** @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  integrationId!: string;
  @ApiProperty({ enum: SESSION_TRIGGERS, example: 'schedule' })
  trigger!: SessionTrigger;
  /** Subject of the admin who triggered it; null for the schedule. @example "auth0|admin-1" */
  triggeredBy!: string | null;
  /** The cron tick it ran for; null for a manual trigger. @example "2026-11-27T00:00:00.000Z" */
  scheduledFor!: string | null;
  dryRun!: boolean;
  @ApiProperty({ enum: CAPABILITIES, isArray: true, example: ['products', 'sales_orders'] })
  capabilities!: Capability[];
  @ApiProperty({ enum: SESSION_STATUSES, example: 'succeeded' })
  status!: SessionStatus;
  /** An admin asked it to stop; it stops after the page in flight. */
  cancelRequested!: boolean;
  /** @example "2026-11-27T00:00:00.020Z" */
  queuedAt!: string;
  /** @example "2026-11-27T00:00:00.100Z" */
  startedAt!: string | null;
  /** @example "2026-11-27T00:00:04.500Z" */
  finishedAt!: string | null;
  /** @example 4400 */
  durationMs!: number | null;
  /** Why the session as a whole failed; each execution has its own error. */
  error!: SyncErrorDto | null;
}

export class SyncSessionDetailDto extends SyncSessionDto {
  /** In run order. */
  @ApiProperty({ type: SyncExecutionDto, isArray: true })
  executions!: SyncExecutionDto[];
}

export class SyncSessionPageDto extends PageOf(SyncSessionDto) {}
