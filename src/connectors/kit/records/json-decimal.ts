import type { Decimal } from '../../../sync-contract/records/decimal.js';

/**
 * A JSON number as a Decimal (APIs that send money and quantities as doubles); anything
 * else is passed on as it came, for the record check to refuse with the field's name.
 */
export const jsonDecimal = (value: unknown): Decimal => (typeof value === 'number' && Number.isFinite(value) ? String(value) : (value as Decimal));
