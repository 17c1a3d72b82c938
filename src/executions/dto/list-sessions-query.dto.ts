import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { InstantBound, NotBefore } from '../../common/date-bounds.js';
import { OptionalIdField } from '../../common/id.js';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { SESSION_STATUSES, SESSION_TRIGGERS, type SessionStatus, type SessionTrigger } from '../entities/sync-session.entity.js';

/** One integration's sync history, newest first. */
export class ListSessionsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  /** Only sessions of the schedule, or only manual ones. */
  @IsOptional()
  @IsIn(SESSION_TRIGGERS)
  trigger?: SessionTrigger;

  /** Only sessions queued at or after this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-01T00:00:00Z" */
  @InstantBound()
  from?: Date;

  /** Only sessions queued at or before this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-30T23:59:59Z" */
  @InstantBound()
  @NotBefore('from')
  to?: Date;
}

/** The organization's sync history across its integrations, newest first. */
export class ListOrganizationSessionsQueryDto extends ListSessionsQueryDto {
  /** Only sessions of this integration (another organization's: none). @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  @OptionalIdField()
  integrationId?: string;

  /** Only sessions of integrations of this service. @example "shopify" */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NoNulCharacters()
  externalService?: string;
}
