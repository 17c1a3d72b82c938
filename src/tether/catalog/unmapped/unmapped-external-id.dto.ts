import { ApiProperty } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../../sync-contract/capability.js';
import { UNMAPPED_KINDS, type UnmappedKind } from '../../entities/unmapped-external-id.entity.js';
import { PageMetaDto } from '../shared/page-meta.dto.js';

/** An external id the integration's syncs met but could not map, so its records were skipped. */
export class UnmappedExternalIdDto {
  @ApiProperty({ enum: UNMAPPED_KINDS })
  kind!: UnmappedKind;
  /** @example "gid://shopify/ProductVariant/4242" */
  externalId!: string;
  /** How many records it has cost, over all syncs. @example 12 */
  occurrences!: number;
  /** The data type that met it last. */
  @ApiProperty({ enum: CAPABILITIES })
  capability!: Capability;
  /** @example "2026-11-20T02:00:04.000Z" */
  firstSeenAt!: string;
  /** @example "2026-11-27T02:00:03.000Z" */
  lastSeenAt!: string;
}

export class UnmappedExternalIdPageDto extends PageMetaDto {
  items!: UnmappedExternalIdDto[];
}
