import pg from 'pg';
import type { ColumnType } from '../connector-metadata.js';
import type { WarehouseValue } from '../warehouse/warehouse-session.js';

/** PostgreSQL type ids (Redshift reports the same) and the contract type each can hold. */
const TYPES: Readonly<Record<number, { native: string; type: ColumnType | null }>> = {
  16: { native: 'boolean', type: 'boolean' },
  20: { native: 'bigint', type: 'integer' },
  21: { native: 'smallint', type: 'integer' },
  23: { native: 'integer', type: 'integer' },
  25: { native: 'text', type: 'string' },
  1042: { native: 'character', type: 'string' },
  1043: { native: 'character varying', type: 'string' },
  1700: { native: 'numeric', type: 'decimal' },
  1082: { native: 'date', type: 'date' },
  1114: { native: 'timestamp', type: 'timestamp' },
  1184: { native: 'timestamp with time zone', type: 'timestamp' },
  700: { native: 'real', type: null },
  701: { native: 'double precision', type: null },
  1083: { native: 'time', type: null },
  114: { native: 'json', type: null },
  3802: { native: 'jsonb', type: null },
};

export const columnTypeOf = (oid: number): { native: string; type: ColumnType | null } => TYPES[oid] ?? { native: `type ${oid}`, type: null };

/** Timestamps, dates, int8 and numeric as the server's text: exact, and no local-time parsing. */
const RAW_TEXT = new Set([20, 1700, 1082, 1114, 1184]);

const asText = (value: string): string => value;
const driverParser = pg.types.getTypeParser as (oid: number) => (value: string) => unknown;

export const rawTextTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number) => (RAW_TEXT.has(oid) ? asText : driverParser(oid))) as pg.CustomTypesConfig['getTypeParser'],
};

/** `2026-11-01 10:00:00.123456[+00]` (the session is in UTC) as ISO 8601; a timestamp without zone is UTC. */
const SERVER_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:([+-]\d{2})(?::?(\d{2}))?)?$/;

export function isoInstant(text: string): string {
  const match = SERVER_TIMESTAMP.exec(text);
  // Outside the pattern (infinity, BC dates): passed on, for the record check to refuse.
  if (match === null) return text;
  const [, date, time, hours, minutes] = match as unknown as [string, string, string, string | undefined, string | undefined];
  const offset = hours === undefined || (/^[+-]00$/.test(hours) && (minutes ?? '00') === '00') ? 'Z' : `${hours}:${minutes ?? '00'}`;
  return `${date}T${time}${offset}`;
}

/** A cell per its contract type: instants in ISO 8601, everything else as the driver gives it (text, or boolean). */
export function decodeCell(value: unknown, type: ColumnType): WarehouseValue {
  if (value === null || value === undefined) return null;
  if (type === 'timestamp' && typeof value === 'string') return isoInstant(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  // int2 and int4 arrive as numbers; anything else (json) as its JSON text.
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}
