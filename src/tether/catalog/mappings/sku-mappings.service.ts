import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
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
    skus: SkusService,
  ) {
    super(repository, integrations, {
      label: 'SKU',
      targetColumn: 'sku_id',
      targets: skus,
      toDto: (entity) => Object.assign(toMappingDto(entity), { skuId: entity.skuId }),
    });
  }
}
