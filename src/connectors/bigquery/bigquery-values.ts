import type { ColumnType } from '../connector-metadata.js';
import type { WarehouseValue } from '../warehouse/warehouse-session.js';

/** BigQuery's column types (legacy and standard names) as the contract's; FLOAT64 and DATETIME (no zone) hold none. */
const TYPES: Readonly<Record<string, ColumnType>> = {
  STRING: 'string',
  NUMERIC: 'decimal',
  BIGNUMERIC: 'decimal',
  DECIMAL: 'decimal',
  BIGDECIMAL: 'decimal',
  INT64: 'integer',
  INTEGER: 'integer',
  BOOL: 'boolean',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'timestamp',
};

export const columnTypeOf = (type: string, mode?: string): { native: string; type: ColumnType | null } =>
  mode === 'REPEATED' ? { native: `ARRAY<${type}>`, type: null } : { native: type, type: TYPES[type] ?? null };

interface Wrapped {
  value?: unknown;
  toFixed?: () => string;
}

/**
 * A cell as the client decodes it: NUMERIC as a Big (written out in full, never in
 * exponent form), INT64 as a BigQueryInt, TIMESTAMP and DATE as wrappers, all with the
 * exact text kept; booleans and strings as they are.
 */
export function decodeCell(value: unknown): WarehouseValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return String(value);
  const wrapped = value as Wrapped;
  if (typeof wrapped.value === 'string') return wrapped.value;
  if (typeof wrapped.toFixed === 'function') return wrapped.toFixed();
  return JSON.stringify(value);
}
