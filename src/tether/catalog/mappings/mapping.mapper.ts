import type { ExternalIdColumns } from '../../entities/external-id.columns.js';
import type { MappingDto } from './mapping-fields.dto.js';

export function toMappingDto(entity: ExternalIdColumns): MappingDto {
  return {
    integrationId: entity.integrationId,
    externalId: entity.externalId,
    createdAt: entity.createdAt.toISOString(),
    createdBy: entity.createdBy,
  };
}
