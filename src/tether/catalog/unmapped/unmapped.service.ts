import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { IntegrationsService } from '../../../integrations/integrations.service.js';
import { UnmappedExternalIdEntity, type UnmappedKind } from '../../entities/unmapped-external-id.entity.js';
import { type Page, paginate } from '../../../common/page.js';
import type { UnmappedExternalIdDto } from './unmapped-external-id.dto.js';
import type { UnmappedQueryDto } from './unmapped-query.dto.js';
import { toUnmappedExternalIdDto } from './unmapped.mapper.js';

/** Where an id of each kind is once mapped: tables keyed by organization, integration and external id. */
const MAPPED_IN: Readonly<Record<UnmappedKind, string>> = {
  sku: 'sku_external_ids',
  channel: 'channel_external_ids',
  forecast_version: 'forecast_versions',
};

/** The ids an integration's syncs could not map, less those mapped since. */
@Injectable()
export class UnmappedService {
  constructor(
    @InjectRepository(UnmappedExternalIdEntity) private readonly unmapped: Repository<UnmappedExternalIdEntity>,
    private readonly integrations: IntegrationsService,
  ) {}

  /** Most occurrences first, then the most recently seen. */
  async list(organizationId: string, integrationId: string, query: UnmappedQueryDto): Promise<Page<UnmappedExternalIdDto>> {
    await this.integrations.assertExists(organizationId, integrationId);
    const builder = this.unmapped
      .createQueryBuilder('u')
      .where('u.organization_id = :organizationId AND u.integration_id = :integrationId', { organizationId, integrationId });
    if (query.kind !== undefined) builder.andWhere('u.kind = :kind', { kind: query.kind });
    for (const [kind, table] of Object.entries(MAPPED_IN)) {
      builder.andWhere(
        `(u.kind <> :${kind}Kind OR NOT EXISTS (SELECT 1 FROM ${table} mapped
           WHERE mapped.organization_id = u.organization_id AND mapped.integration_id = u.integration_id
             AND mapped.external_id = u.external_id))`,
        { [`${kind}Kind`]: kind },
      );
    }
    builder
      .orderBy('u.occurrences', 'DESC')
      .addOrderBy('u.last_seen_at', 'DESC')
      .addOrderBy('u.kind')
      .addOrderBy('u.external_id COLLATE "C"');
    return paginate(builder, query, toUnmappedExternalIdDto);
  }
}
