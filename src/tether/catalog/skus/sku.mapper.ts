import type { SkuEntity } from '../../entities/sku.entity.js';
import { toCatalogItemDto } from '../shared/catalog-item.mapper.js';
import type { SkuDto } from './sku.dto.js';

export function toSkuDto(entity: SkuEntity): SkuDto {
  return Object.assign(toCatalogItemDto(entity), { code: entity.code, name: entity.name, barcode: entity.barcode });
}
