import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { FIELD_TYPES, type FieldType } from '../../connectors/connector-metadata.js';

export class CapabilityDto {
  @ApiProperty({ enum: CAPABILITIES })
  key!: Capability;
  /** @example "Sales Orders" */
  displayName!: string;
  /** @example "Paid and partially refunded orders with their line items, new and updated since the last sync" */
  description!: string;
}

/** One input of a credentials or settings form. */
export class FieldDefinitionDto {
  /** @example "storeDomain" */
  name!: string;
  /** @example "Store URL" */
  label!: string;
  @ApiProperty({ enum: FIELD_TYPES })
  type!: FieldType;
  required!: boolean;
  /** Mask the input; every credential is stored encrypted whatever this says. */
  secret!: boolean;
  description?: string;
  /** @example "your-store.myshopify.com" */
  placeholder?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'number' }], description: 'Settings only: the value used when none is given' })
  default?: string | number;
  /** A regular expression the whole value must match. */
  pattern?: string;
  /** What the pattern means, for people. */
  patternDescription?: string;
  minimum?: number;
  maximum?: number;
  /** Number fields: whole numbers only. */
  integer?: boolean;
  /** JSON fields: keys the object must contain. */
  requiredKeys?: string[];
  /**
   * The value names where the service's requests go (a host, or a URL): it must be public
   * (no loopback, private, link-local or metadata address, nor a name resolving to one) and,
   * for a URL, https without a user name. Checked when saved and at each connection.
   */
  @ApiPropertyOptional({ enum: ['host', 'url'] })
  destination?: 'host' | 'url';
  /** JSON fields: properties holding URLs the client calls (a service-account key's `token_uri`), checked as `url` destinations. */
  urlProperties?: string[];
  /** Required only when the integration syncs one of these capabilities. */
  @ApiPropertyOptional({ enum: CAPABILITIES, isArray: true })
  requiredFor?: Capability[];
}

/** An external service Tether can connect to, as its connector describes it. */
export class ExternalServiceDto {
  /** @example "shopify" */
  key!: string;
  /** @example "Shopify" */
  displayName!: string;
  /** @example "E-commerce platform for sales orders and products" */
  description!: string;
  capabilities!: CapabilityDto[];
  credentialFields!: FieldDefinitionDto[];
  settingFields!: FieldDefinitionDto[];
}
