import type { Repository } from 'typeorm';
import type { Principal } from '../../../auth/principal.js';
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

  async map(principal: Principal, integrationId: string, externalId: string, targetId: string): Promise<D> {
    const { organizationId } = principal;
    await this.integrations.assertExists(organizationId, integrationId);
    await this.spec.targets.assertExists(organizationId, targetId);
    const column = this.spec.targetColumn;
    // Mapped again to the same target: left as it was (who and when).
    await this.repository.query(
      `INSERT INTO ${this.repository.metadata.tableName} AS x (organization_id, integration_id, external_id, ${column}, created_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE
         SET ${column} = EXCLUDED.${column}, created_by = EXCLUDED.created_by, created_at = now()
         WHERE x.${column} IS DISTINCT FROM EXCLUDED.${column}`,
      [organizationId, integrationId, externalId, targetId, principal.subject],
    );
    const key = { organizationId, integrationId, externalId };
    return this.spec.toDto(await this.repository.createQueryBuilder('m').where(KEY, key).getOneOrFail());
  }

  async unmap(organizationId: string, integrationId: string, externalId: string): Promise<void> {
    await this.integrations.assertExists(organizationId, integrationId);
    const key = { organizationId, integrationId, externalId };
    const result = await this.repository.createQueryBuilder().delete().where(KEY, key).execute();
    if (result.affected === 0) throw new MappingNotFoundException(this.spec.label, integrationId, externalId);
  }

}
