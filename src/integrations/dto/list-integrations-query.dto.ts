import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { SESSION_STATUSES, type SessionStatus } from '../../executions/entities/sync-session.entity.js';

export const INTEGRATION_STATUSES = ['enabled', 'disabled'] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];

/** What a last sync can be: a session is recorded once it starts (never while queued). */
export const LAST_SYNC_STATUSES = SESSION_STATUSES.filter((s) => s !== 'queued');

/** `name` (A-Z), `lastSync` (most recent first, never synced last), `nextSync` (soonest first, none scheduled last). */
export const INTEGRATION_SORTS = ['name', 'lastSync', 'nextSync'] as const;
export type IntegrationSort = (typeof INTEGRATION_SORTS)[number];

export class ListIntegrationsQueryDto extends PageQueryDto {
  /** Only integrations of this service. @example "shopify" */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NoNulCharacters()
  externalService?: string;

  /** Only enabled or only disabled integrations. */
  @IsOptional()
  @IsIn(INTEGRATION_STATUSES)
  status?: IntegrationStatus;

  /** Only integrations whose last sync has this status, e.g. `failed`. @example "failed" */
  @IsOptional()
  @IsIn(LAST_SYNC_STATUSES)
  lastSyncStatus?: Exclude<SessionStatus, 'queued'>;

  /** The order (ties by name, then id): `name` (default), `lastSync` (most recent first, never synced last), `nextSync` (soonest first; disabled, with no next sync, last). */
  @IsOptional()
  @IsIn(INTEGRATION_SORTS)
  sort?: IntegrationSort;
}
