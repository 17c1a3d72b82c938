import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { COLUMN_TYPES, type ColumnType, FIELD_TYPES, type FieldType, READ_MODES, type ReadMode } from '../../connectors/connector-metadata.js';

/** One column a warehouse table or view must (or may) have. */
export class ColumnDefinitionDto {
  /** @example "sku_id" */
  name!: string;
  /** Each dialect's own type for it: decimal is NUMERIC / DECIMAL (never FLOAT), timestamp an instant. */
  @ApiProperty({ enum: COLUMN_TYPES })
  type!: ColumnType;
  required!: boolean;
  /** @example "The product's external id" */
  description!: string;
}

/** The column contract of a warehouse capability's table or view. */
export class ColumnContractDto {
  columns!: ColumnDefinitionDto[];
  /** The natural key: unique per row; with `updated_at`, the order rows are read in. @example ["order_id", "line_id"] */
  key!: string[];
  /** incremental: rows changed since the last sync, by `updated_at`; snapshot: the whole table each sync, replacing what was stored (deleted rows go too). */
  @ApiProperty({ enum: READ_MODES })
  defaultMode!: ReadMode;
}

export class CapabilityDto {
  @ApiProperty({ enum: CAPABILITIES })
  key!: Capability;
  /** @example "Sales Orders" */
  displayName!: string;
  /** @example "Every order but test orders, with its line items, new and changed since the last sync" */
  description!: string;
  /** Warehouse sources (BigQuery, Redshift): the columns the table or view named for this capability must have. */
  columns?: ColumnContractDto;
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
  /** For tests only (pointing a connector at a local fake): refused unless the service runs under the outbound test policy (`OUTBOUND_ALLOW_LOOPBACK`). */
  testOnly?: boolean;
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
