import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/page-of.js';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from '../audit-action.js';

export class AuditTargetDto {
  @ApiProperty({ enum: AUDIT_TARGET_TYPES, example: 'integration' })
  type!: AuditTargetType;
  /** @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  id!: string;
  /** Its name when the event happened, so the event reads well after a rename or deletion. @example "Main store" */
  label!: string;
}

export class AuditChangesDto {
  /** The changed fields' values before (non-secret fields only). @example {"name": "Main store"} */
  before?: Record<string, unknown>;
  /** Their values after, or the details of the action. @example {"name": "Main store EU"} */
  after?: Record<string, unknown>;
}

/** One change an admin made. Credentials appear only as the fact that they were replaced. */
export class AuditEventDto {
  /** @example "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f" */
  id!: string;
  /** @example "2026-11-27T09:00:00.000Z" */
  occurredAt!: string;
  /** @example "org-acme" */
  organizationId!: string;
  /** The admin's token subject. @example "auth0|admin-1" */
  actor!: string;
  @ApiProperty({ enum: AUDIT_ACTIONS, example: 'integration.updated' })
  action!: AuditAction;
  target!: AuditTargetDto;
  /** Null for actions that change no field (credentials replaced, cancel). */
  changes!: AuditChangesDto | null;
  /** The `x-request-id` of the request that made the change. @example "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10" */
  correlationId!: string;
}

export class AuditEventPageDto extends PageOf(AuditEventDto) {}
