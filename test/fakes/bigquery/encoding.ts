import { compareDecimal, type Decimal, decimalFromBigInt, digits, formatDecimal, parseDecimal } from './decimal.js';
import { formatDatetime, formatTimestamp, javaDouble, parseDate, parseDatetime, parseTimestamp } from './datetime.js';

/** The column types the fake stores, by their GoogleSQL names. */
export type SqlType = 'STRING' | 'INT64' | 'FLOAT64' | 'NUMERIC' | 'BIGNUMERIC' | 'BOOL' | 'TIMESTAMP' | 'DATE' | 'DATETIME';

/** A typed, non-null value. Instants are µs since the epoch; DATETIME is its normalized text (it sorts as the value does). */
export type Value =
  | { type: 'STRING'; v: string }
  | { type: 'INT64'; v: bigint }
  | { type: 'FLOAT64'; v: number }
  | { type: 'NUMERIC' | 'BIGNUMERIC'; v: Decimal }
  | { type: 'BOOL'; v: boolean }
  | { type: 'TIMESTAMP'; v: bigint }
  | { type: 'DATE' | 'DATETIME'; v: string };

/** The REST API's schemas use the legacy names (INTEGER, FLOAT, BOOLEAN) whatever name the table was made with. */
const LEGACY: Record<SqlType, string> = {
  STRING: 'STRING',
  INT64: 'INTEGER',
  FLOAT64: 'FLOAT',
  NUMERIC: 'NUMERIC',
  BIGNUMERIC: 'BIGNUMERIC',
  BOOL: 'BOOLEAN',
  TIMESTAMP: 'TIMESTAMP',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
};

const ALIASES: Record<string, SqlType> = {
  STRING: 'STRING',
  INT64: 'INT64',
  INTEGER: 'INT64',
  FLOAT64: 'FLOAT64',
  FLOAT: 'FLOAT64',
  NUMERIC: 'NUMERIC',
  DECIMAL: 'NUMERIC',
  BIGNUMERIC: 'BIGNUMERIC',
  BIGDECIMAL: 'BIGNUMERIC',
  BOOL: 'BOOL',
  BOOLEAN: 'BOOL',
  TIMESTAMP: 'TIMESTAMP',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
};

export const sqlType = (name: string): SqlType | undefined => ALIASES[name.toUpperCase()];
export const legacyName = (type: SqlType): string => LEGACY[type];

/** NUMERIC holds 29 integer and 9 fraction digits; BIGNUMERIC 38 and 38 (its 76.76 digits, rounded down). */
function fitsDecimal(type: 'NUMERIC' | 'BIGNUMERIC', value: Decimal): boolean {
  const { integer, fraction } = digits(value);
  return type === 'NUMERIC' ? integer <= 29 && fraction <= 9 : integer <= 38 && fraction <= 38;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Reads a value given as text (a seeded row, a query parameter, a literal) as `type`; null when
 * it is not one. Numbers and bigints are taken for the numeric types, booleans for BOOL.
 */
export function readValue(type: SqlType, raw: unknown): Value | null {
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'bigint' ? String(raw) : null;
  switch (type) {
    case 'STRING':
      return typeof raw === 'string' ? { type, v: raw } : null;
    case 'BOOL': {
      if (typeof raw === 'boolean') return { type, v: raw };
      const lower = typeof raw === 'string' ? raw.toLowerCase() : '';
      return lower === 'true' || lower === 'false' ? { type, v: lower === 'true' } : null;
    }
    case 'INT64': {
      if (text === null || !/^[+-]?\d+$/.test(text.trim()) || (typeof raw === 'number' && !Number.isSafeInteger(raw))) return null;
      const v = BigInt(text.trim());
      return v < INT64_MIN || v > INT64_MAX ? null : { type, v };
    }
    case 'FLOAT64': {
      const v = typeof raw === 'number' ? raw : text === null || text.trim() === '' ? NaN : Number(text);
      return Number.isNaN(v) && text !== 'NaN' ? null : { type, v };
    }
    case 'NUMERIC':
    case 'BIGNUMERIC': {
      const v = text === null || (typeof raw === 'number' && !Number.isFinite(raw)) ? null : parseDecimal(text);
      return v === null || !fitsDecimal(type, v) ? null : { type, v };
    }
    case 'TIMESTAMP': {
      const v = typeof raw === 'string' ? parseTimestamp(raw) : null;
      return v === null ? null : { type, v };
    }
    case 'DATE': {
      const v = typeof raw === 'string' ? parseDate(raw) : null;
      return v === null ? null : { type, v };
    }
    case 'DATETIME': {
      const v = typeof raw === 'string' ? parseDatetime(raw) : null;
      return v === null ? null : { type, v };
    }
  }
}

/** How TIMESTAMP cells go on the wire: `formatOptions.useInt64Timestamp` / `timestampOutputFormat`. */
export type TimestampFormat = 'INT64' | 'FLOAT64' | 'ISO8601_STRING';

/** A `{v}` cell's text, as BigQuery sends every scalar: a string, never a JSON number. */
export function encodeCell(value: Value | null, timestamps: TimestampFormat): string | null {
  if (value === null) return null;
  switch (value.type) {
    case 'STRING':
      return value.v;
    case 'INT64':
      return value.v.toString();
    case 'FLOAT64':
      return javaDouble(value.v);
    case 'NUMERIC':
    case 'BIGNUMERIC':
      return formatDecimal(value.v);
    case 'BOOL':
      return value.v ? 'true' : 'false';
    case 'TIMESTAMP':
      if (timestamps === 'INT64') return value.v.toString();
      // ISO8601_STRING is documented with 12 fraction digits (picoseconds); ours are µs.
      if (timestamps === 'ISO8601_STRING') return formatTimestamp(value.v).replace('Z', '000000Z');
      return javaDouble(Number(value.v) / 1e6);
    case 'DATE':
      return value.v;
    case 'DATETIME':
      return formatDatetime(value.v);
  }
}

/** The value as a seeded row gives it back from `rows()`: text for the exact types, ISO for instants. */
export function plainValue(value: Value | null): string | number | boolean | null {
  if (value === null) return null;
  if (value.type === 'FLOAT64' || value.type === 'BOOL') return value.v;
  if (value.type === 'TIMESTAMP') return formatTimestamp(value.v);
  return encodeCell(value, 'INT64');
}

/** BigQuery's logical sizes, for `totalBytesProcessed`. */
export function byteSize(value: Value | null): number {
  if (value === null) return 0;
  if (value.type === 'STRING') return 2 + Buffer.byteLength(value.v, 'utf8');
  return { BOOL: 1, NUMERIC: 16, BIGNUMERIC: 32 }[value.type as string] ?? 8;
}

const isNumeric = (type: SqlType): boolean => type === 'INT64' || type === 'NUMERIC' || type === 'BIGNUMERIC' || type === 'FLOAT64';

/** Whether GoogleSQL compares the two types (after its implicit coercions). */
export const comparable = (a: SqlType, b: SqlType): boolean =>
  a === b || (isNumeric(a) && isNumeric(b)) || (a === 'DATE' && b === 'DATETIME') || (a === 'DATETIME' && b === 'DATE');

const asDecimal = (value: Value): Decimal | null => (value.type === 'INT64' ? decimalFromBigInt(value.v) : value.type === 'NUMERIC' || value.type === 'BIGNUMERIC' ? value.v : null);

/** A float beside an exact number is compared as floats, as GoogleSQL widens to FLOAT64. */
function asNumber(value: Value): number {
  if (value.type === 'FLOAT64') return value.v;
  const decimal = asDecimal(value);
  return decimal === null ? NaN : Number(formatDecimal(decimal));
}

/** STRING by code point (UTF-16 order differs past the BMP). */
function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a, (ch) => ch.codePointAt(0) ?? 0);
  const right = Array.from(b, (ch) => ch.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

const sign = (a: bigint | number | string, b: bigint | number | string): number => (a < b ? -1 : a > b ? 1 : 0);

/** DATE widens to DATETIME (midnight) when the two meet. */
const datetimeText = (value: Value): string => (value.type === 'DATE' ? `${value.v}T00:00:00.000000` : value.type === 'DATETIME' ? value.v : '');

/** Orders two non-null values of comparable types: exact for integers and decimals, by instant for TIMESTAMP. */
export function compareValues(a: Value, b: Value): number {
  if (a.type === 'FLOAT64' || b.type === 'FLOAT64') return sign(asNumber(a), asNumber(b));
  const left = asDecimal(a);
  const right = asDecimal(b);
  if (left !== null && right !== null) return compareDecimal(left, right);
  if (a.type === 'STRING' && b.type === 'STRING') return compareCodePoints(a.v, b.v);
  if (a.type === 'BOOL' && b.type === 'BOOL') return sign(Number(a.v), Number(b.v));
  if (a.type === 'TIMESTAMP' && b.type === 'TIMESTAMP') return sign(a.v, b.v);
  return sign(datetimeText(a), datetimeText(b));
}
