import type { Capability } from '../sync-contract/capability.js';

export const FIELD_TYPES = ['text', 'number', 'secret', 'json'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** One input of a service's credentials or settings form, as the UI renders it. */
export interface FieldDefinition {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Masked in forms; every credential is encrypted whatever this says. */
  secret: boolean;
  description?: string;
  placeholder?: string;
  /** Settings only: the value used when none is given. */
  default?: string | number;
  /** Text/secret: a regular expression the whole value must match. */
  pattern?: string;
  /** Shown when `pattern` does not match. */
  patternDescription?: string;
  minimum?: number;
  maximum?: number;
  /** Number: whole numbers only (a port, a count of days). */
  integer?: boolean;
  /** JSON: keys the object must contain. */
  requiredKeys?: string[];
  /**
   * The value names where the service's requests go: `host` (a name or IP address) or
   * `url`. Checked by the outbound policy at create, at credential replacement and at
   * connect time: no loopback, private, link-local or metadata address, https only.
   */
  destination?: 'host' | 'url';
  /** JSON: properties holding URLs the client calls (a service-account key's `token_uri`), checked as `url` destinations. */
  urlProperties?: string[];
  /** Required only when the integration syncs one of these capabilities. */
  requiredFor?: Capability[];
  /**
   * For tests only (a connector pointed at a local fake): a value is refused, at create and
   * at connect time, unless the outbound test policy (OUTBOUND_ALLOW_LOOPBACK) is on.
   */
  testOnly?: boolean;
}

/** The column types a warehouse table's contract speaks of (each dialect maps them to its own). */
export const COLUMN_TYPES = ['string', 'decimal', 'integer', 'boolean', 'date', 'timestamp'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const READ_MODES = ['incremental', 'snapshot'] as const;
/** incremental: rows changed since the cursor (`updated_at`, key); snapshot: the whole table, replacing what was stored. */
export type ReadMode = (typeof READ_MODES)[number];

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
}

/** The columns a customer's table or view must have for a capability (warehouse sources). */
export interface ColumnContract {
  columns: ColumnDefinition[];
  /** The natural key: unique per row; with `updated_at`, the order rows are read in. */
  key: string[];
  /** How the capability is read unless the integration says otherwise. */
  defaultMode: ReadMode;
}

export interface CapabilityDefinition {
  key: Capability;
  displayName: string;
  description: string;
  /** Warehouse sources: the table's column contract. */
  columns?: ColumnContract;
}

/** What a connector tells the world about its external service. */
export interface ConnectorMetadata {
  key: string;
  displayName: string;
  description: string;
  capabilities: CapabilityDefinition[];
  credentialFields: FieldDefinition[];
  settingFields: FieldDefinition[];
}
