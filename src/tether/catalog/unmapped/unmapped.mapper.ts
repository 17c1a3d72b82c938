import type { Capability } from '../../../sync-contract/capability.js';
import type { UnmappedExternalIdEntity } from '../../entities/unmapped-external-id.entity.js';
import type { UnmappedExternalIdDto } from './unmapped-external-id.dto.js';

export function toUnmappedExternalIdDto(entity: UnmappedExternalIdEntity): UnmappedExternalIdDto {
  return {
    kind: entity.kind,
    externalId: entity.externalId,
    // bigint, read as a string; counts of records stay far below 2^53.
    occurrences: Number(entity.occurrences),
    capability: entity.capability as Capability,
    firstSeenAt: entity.firstSeenAt.toISOString(),
    lastSeenAt: entity.lastSeenAt.toISOString(),
  };
}
