import { RawJson } from './fuzz-request.js';
import type { Schema } from './openapi-operations.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A decimal number as a query string spells one (leading zeros allowed; no sign, hex, spaces). */
const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day that exists (`2026-02-30` does not). */
function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** RFC 3339 `date-time`, as OpenAPI's format means it: a real day, hours under 24, offsets under 24 h. */
export function isDateTime(text: string): boolean {
  const m = RFC3339.exec(text);
  if (m === null) return false;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '', , , offsetHour = '00', offsetMinute = '00'] = m;
  return isRealDay(year, month, day) && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 61 && Number(offsetHour) < 24 && Number(offsetMinute) < 60;
}

function isDate(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  return m !== null && isRealDay(m[1] ?? '', m[2] ?? '', m[3] ?? '');
}

/** A string field whose example is a bare date is a date, though the document gives no format. */
const isDateField = (schema: Schema): boolean => typeof schema.example === 'string' && DATE_ONLY.test(schema.example);

function acceptsString(schema: Schema, text: string): boolean {
  const length = Array.from(text).length;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.format === 'uuid') return UUID.test(text);
  if (schema.format === 'date-time') return isDateTime(text);
  if (isDateField(schema)) return isDate(text);
  return true;
}

function acceptsNumber(schema: Schema, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (schema.type === 'integer' && !Number.isInteger(value)) return false;
  return (schema.minimum === undefined || value >= schema.minimum) && (schema.maximum === undefined || value <= schema.maximum);
}

/**
 * Whether the document accepts this JSON value for the schema: true, false, or undefined
 * where it cannot say (no schema, objects, a number past what JavaScript holds without bounds).
 */
export function acceptsValue(schema: Schema | undefined, value: unknown): boolean | undefined {
  if (schema === undefined) return undefined;
  if (value instanceof RawJson) {
    const parsed = JSON.parse(value.text) as unknown;
    return typeof parsed === 'number' ? acceptsValue(schema, parsed) : undefined;
  }
  if (value === null) return schema.nullable === true;
  if (schema.enum !== undefined) return schema.enum.includes(value);
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && acceptsString(schema, value);
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return false;
      // 1e400 has no JavaScript value: past both bounds it is refused, otherwise the document cannot say.
      if (!Number.isFinite(value)) return schema.minimum !== undefined && schema.maximum !== undefined ? false : undefined;
      return acceptsNumber(schema, value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) ? undefined : false;
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : false;
    case undefined:
      return undefined;
  }
}

/** Whether the document accepts this query-string value for the parameter's schema. */
export function acceptsText(schema: Schema, text: string): boolean | undefined {
  if (schema.enum !== undefined) return schema.enum.includes(text);
  switch (schema.type) {
    case 'number':
    case 'integer':
      return DECIMAL.test(text) && acceptsNumber(schema, Number(text));
    case 'boolean':
      return text === 'true' || text === 'false';
    case 'string':
      return acceptsString(schema, text);
    case 'array':
    case 'object':
    case undefined:
      return undefined;
  }
}

/** An object schema listing its properties is closed: the API refuses fields it does not list. */
export const isClosed = (schema: Schema | undefined): boolean => schema?.properties !== undefined && schema.additionalProperties !== true;
