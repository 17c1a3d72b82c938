import { PageQueryDto } from '../../../common/page-query.dto.js';
import { ExternalIdField } from '../shared/catalog-fields.js';
import { IdField, OptionalIdField } from '../../../common/id.js';

/** What every mapping request names: the integration (the source) and its external id. */
export class MappingInputDto {
  /** The integration whose records carry the external id. @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  @IdField()
  integrationId!: string;

  /** The id the source uses (taken as given, 1-500 characters). @example "gid://shopify/ProductVariant/4242" */
  @ExternalIdField()
  externalId!: string;
}

export class MappingQueryDto extends PageQueryDto {
  /** Only this integration's mappings. @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  @OptionalIdField()
  integrationId?: string;
}

/** What every mapping has besides its target. */
export class MappingDto {
  /** @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  integrationId!: string;
  /** @example "gid://shopify/ProductVariant/4242" */
  externalId!: string;
  /** When it was mapped to its current target. @example "2026-11-27T09:00:00.000Z" */
  createdAt!: string;
  /** Who mapped it: a user's subject, or `integration:<id>` for the integration's own catalog sync. @example "auth0|admin-1" */
  createdBy!: string;
}
