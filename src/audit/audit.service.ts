import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { type Page, paginate } from '../common/page.js';
import type { AuditAction, AuditTargetType } from './audit-action.js';
import type { AuditChanges } from './audit-changes.js';
import type { AuditContext } from './audit-context.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { toAuditEventDto } from './audit-event.mapper.js';
import type { AuditEventDto } from './dto/audit-event.dto.js';
import type { ListAuditEventsQueryDto } from './dto/list-audit-events-query.dto.js';

export interface AuditRecord {
  action: AuditAction;
  target: { type: AuditTargetType; id: string; label: string };
  /** Non-secret fields only: callers never pass credentials. */
  changes?: AuditChanges;
}

/** The audit trail: written by the modules whose admin actions it records, read by admins. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** In the caller's transaction when given one, so the change and its event commit together. */
  async record(context: AuditContext, event: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager?.getRepository(AuditEventEntity) ?? this.events;
    await repository.save(
      repository.create({
        organizationId: context.organizationId,
        actor: context.subject,
        correlationId: context.correlationId,
        action: event.action,
        targetType: event.target.type,
        targetId: event.target.id,
        targetLabel: event.target.label,
        changes: event.changes ?? null,
      }),
    );
  }

  /** The organization's events matching the filters, newest first. */
  async list(organizationId: string, query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const builder = this.events.createQueryBuilder('e').where('e.organization_id = :organizationId', { organizationId });
    if (query.targetType !== undefined) builder.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId !== undefined) builder.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.actor !== undefined) builder.andWhere('e.actor = :actor', { actor: query.actor });
    if (query.action !== undefined) builder.andWhere('e.action = :action', { action: query.action });
    if (query.from !== undefined) builder.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to !== undefined) builder.andWhere('e.occurred_at <= :to', { to: query.to });
    return paginate(builder.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC'), query, toAuditEventDto);
  }
}
