import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SkuEntity } from '../../entities/sku.entity.js';
import { CodedEntityService } from '../shared/coded-entity.service.js';
import type { CreateSkuDto } from './create-sku.dto.js';
import type { SkuDto } from './sku.dto.js';
import { SkuNotFoundException } from './sku-not-found.exception.js';
import { toSkuDto } from './sku.mapper.js';

@Injectable()
export class SkusService extends CodedEntityService<SkuEntity, SkuDto> {
  constructor(@InjectRepository(SkuEntity) repository: Repository<SkuEntity>) {
    super(repository, { label: 'SKU', uniqueConstraint: 'UQ_skus_organization_code', notFound: (id) => new SkuNotFoundException(id), toDto: toSkuDto });
  }

  create(organizationId: string, dto: CreateSkuDto): Promise<SkuDto> {
    return this.insert(organizationId, { code: dto.code, name: dto.name, barcode: dto.barcode ?? null });
  }
}
