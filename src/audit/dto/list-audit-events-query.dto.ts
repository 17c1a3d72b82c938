import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { InstantBound, NotBefore } from '../../common/date-bounds.js';
import { OptionalIdField } from '../../common/id.js';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from '../audit-action.js';

export class ListAuditEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES, example: 'integration' })
  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: AuditTargetType;

  /** Only events about this target (also once it is deleted). @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  @OptionalIdField()
  targetId?: string;

  /** Only this admin's events: the token subject. @example "auth0|admin-1" */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @NoNulCharacters()
  actor?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, example: 'integration.updated' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  /** Only events at or after this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-01T00:00:00Z" */
  @InstantBound()
  from?: Date;

  /** Only events at or before this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-30T23:59:59Z" */
  @InstantBound()
  @NotBefore('from')
  to?: Date;
}
