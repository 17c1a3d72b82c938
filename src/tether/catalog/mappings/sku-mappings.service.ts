import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service.js';
import { IntegrationsService } from '../../../integrations/integrations.service.js';
import { SkuExternalIdEntity } from '../../entities/sku-external-id.entity.js';
import { SkusService } from '../skus/skus.service.js';
import { ExternalIdMappingsService } from './external-id-mappings.service.js';
import { toMappingDto } from './mapping.mapper.js';
import type { SkuMappingDto } from './sku-mapping.dto.js';

@Injectable()
export class SkuMappingsService extends ExternalIdMappingsService<SkuExternalIdEntity, SkuMappingDto> {
  constructor(
    @InjectRepository(SkuExternalIdEntity) repository: Repository<SkuExternalIdEntity>,
    integrations: IntegrationsService,
    audit: AuditService,
    skus: SkusService,
  ) {
    super(repository, integrations, audit, {
      label: 'SKU',
      targetColumn: 'sku_id',
      targets: skus,
      targetField: 'skuId',
      actions: { created: 'sku_mapping.created', updated: 'sku_mapping.updated', deleted: 'sku_mapping.deleted' },
      toDto: (entity) => Object.assign(toMappingDto(entity), { skuId: entity.skuId }),
    });
  }
}
