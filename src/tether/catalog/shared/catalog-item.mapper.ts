import type { CatalogItemDto } from './catalog-item.dto.js';

/** The columns every catalog entity has. */
export interface CatalogItemEntity {
  id: string;
  integrationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toCatalogItemDto(entity: CatalogItemEntity): CatalogItemDto {
  return {
    id: entity.id,
    integrationId: entity.integrationId,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
