import type { AuditAction, AuditTargetType } from './audit-action.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import type { AuditEventDto } from './dto/audit-event.dto.js';

export const toAuditEventDto = (entity: AuditEventEntity): AuditEventDto => ({
  id: entity.id,
  occurredAt: entity.occurredAt.toISOString(),
  organizationId: entity.organizationId,
  actor: entity.actor,
  action: entity.action as AuditAction,
  target: { type: entity.targetType as AuditTargetType, id: entity.targetId, label: entity.targetLabel },
  changes: entity.changes,
  correlationId: entity.correlationId,
});
