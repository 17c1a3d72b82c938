import type { Repository } from 'typeorm';
import type { AuditAction } from '../../../audit/audit-action.js';
import type { AuditContext } from '../../../audit/audit-context.js';
import type { AuditService } from '../../../audit/audit.service.js';
import type { PageQueryDto } from '../../../common/page-query.dto.js';
import type { IntegrationsService } from '../../../integrations/integrations.service.js';
import type { ExternalIdColumns } from '../../entities/external-id.columns.js';
import { type Page, paginate } from '../../../common/page.js';
import { MappingNotFoundException } from './mapping-not-found.exception.js';

export interface MappingSpec<E, D> {
  /** What the external ids are mapped to, in messages: "SKU", "channel". */
  label: string;
  /** The column holding the target's id: sku_id, channel_id. */
  targetColumn: string;
  /** Throws the target's not-found exception unless the organization has it. */
  targets: { assertExists(organizationId: string, id: string): Promise<void> };
  toDto: (entity: E) => D;
  /** The target's id as the DTO and the audit trail name it: skuId, channelId. */
  targetField: string;
  /** What the audit trail calls mapping (a new id, or one moved to another target) and unmapping. */
  actions: { created: AuditAction; updated: AuditAction; deleted: AuditAction };
}

/** A mapping's primary key, without a table alias (DELETE has none). */
const KEY = 'organization_id = :organizationId AND integration_id = :integrationId AND external_id = :externalId';

export interface MappingFilter {
  integrationId?: string;
  targetId?: string;
}

/**
 * An integration's external ids mapped to the organization's SKUs or channels. The
 * integration and the target must be the caller's (else 404, naming which); mapping an
 * external id again moves it to the new target.
 */
export abstract class ExternalIdMappingsService<E extends ExternalIdColumns, D> {
  protected constructor(
    private readonly repository: Repository<E>,
    private readonly integrations: IntegrationsService,
    private readonly audit: AuditService,
    private readonly spec: MappingSpec<E, D>,
  ) {}

  /** By integration, then external id (byte order). */
  async list(organizationId: string, filter: MappingFilter, page: PageQueryDto): Promise<Page<D>> {
    const builder = this.repository.createQueryBuilder('m').where('m.organization_id = :organizationId', { organizationId });
    if (filter.integrationId !== undefined) {
      await this.integrations.assertExists(organizationId, filter.integrationId);
      builder.andWhere('m.integration_id = :integrationId', { integrationId: filter.integrationId });
    }
    if (filter.targetId !== undefined) {
      await this.spec.targets.assertExists(organizationId, filter.targetId);
      builder.andWhere(`m.${this.spec.targetColumn} = :targetId`, { targetId: filter.targetId });
    }
    return paginate(builder.orderBy('m.integration_id').addOrderBy('m.external_id COLLATE "C"'), page, this.spec.toDto);
  }

  async map(actor: AuditContext, integrationId: string, externalId: string, targetId: string): Promise<D> {
    const { organizationId } = actor;
    const label = await this.integrations.nameOf(organizationId, integrationId);
    await this.spec.targets.assertExists(organizationId, targetId);
    const { tableName } = this.repository.metadata;
    const column = this.spec.targetColumn;
    await this.repository.manager.transaction(async (manager) => {
      // Mapped again to the same target: left as it was (who and when), no row returned and no event.
      const changed = await manager.query<{ previous: string | null }[]>(
        `WITH previous AS (SELECT ${column} AS target FROM ${tableName} WHERE organization_id = $1 AND integration_id = $2 AND external_id = $3)
         INSERT INTO ${tableName} AS x (organization_id, integration_id, external_id, ${column}, created_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE
           SET ${column} = EXCLUDED.${column}, created_by = EXCLUDED.created_by, created_at = now()
           WHERE x.${column} IS DISTINCT FROM EXCLUDED.${column}
         RETURNING (SELECT target FROM previous) AS previous`,
        [organizationId, integrationId, externalId, targetId, actor.subject],
      );
      const row = changed[0];
      if (row === undefined) return;
      const field = this.spec.targetField;
      await this.audit.record(
        actor,
        {
          action: row.previous === null ? this.spec.actions.created : this.spec.actions.updated,
          target: { type: 'integration', id: integrationId, label },
          changes: {
            ...(row.previous === null ? {} : { before: { externalId, [field]: row.previous } }),
            after: { externalId, [field]: targetId },
          },
        },
        manager,
      );
    });
    const key = { organizationId, integrationId, externalId };
    return this.spec.toDto(await this.repository.createQueryBuilder('m').where(KEY, key).getOneOrFail());
  }

  async unmap(actor: AuditContext, integrationId: string, externalId: string): Promise<void> {
    const { organizationId } = actor;
    const label = await this.integrations.nameOf(organizationId, integrationId);
    const key = { organizationId, integrationId, externalId };
    await this.repository.manager.transaction(async (manager) => {
      const result = await manager.createQueryBuilder().delete().from(this.repository.target).where(KEY, key).returning(this.spec.targetColumn).execute();
      const removed = (result.raw as Record<string, string>[])[0];
      if (removed === undefined) throw new MappingNotFoundException(this.spec.label, integrationId, externalId);
      const before = { externalId, [this.spec.targetField]: removed[this.spec.targetColumn] };
      await this.audit.record(actor, { action: this.spec.actions.deleted, target: { type: 'integration', id: integrationId, label }, changes: { before } }, manager);
    });
  }
}
