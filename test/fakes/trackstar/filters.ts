import { createHash } from 'node:crypto';
import { type StoredItem } from './model.js';

/**
 * The query of `GET /wms/inventory`, read as TrackStar's OpenAPI document lists it:
 * `field[op]=value` (a bare `field=value` is `eq`), `in` / `nin` comma-separated (or the
 * parameter repeated), at most 100 values; dates exactly `YYYY-MM-DDTHH:MM:SSZ`. Anything
 * else is a 422 naming the parameter, with marshmallow's messages (TrackStar's API is
 * APIFlask: its ValidationError schema is APIFlask's with `message` renamed `error`).
 */

type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains' | 'not_contains';

type Value = number | string | boolean | null;

interface Field {
  kind: 'date' | 'string' | 'boolean';
  ops: readonly Op[];
  read: (item: StoredItem) => Value;
}

const DATE_OPS: readonly Op[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'];

const FIELDS: Record<string, Field> = {
  created_date: { kind: 'date', ops: DATE_OPS, read: (item) => item.createdAt },
  updated_date: { kind: 'date', ops: DATE_OPS, read: (item) => item.updatedAt },
  trackstar_created_date: { kind: 'date', ops: DATE_OPS, read: (item) => item.trackstarCreatedAt },
  trackstar_updated_date: { kind: 'date', ops: DATE_OPS, read: (item) => item.trackstarUpdatedAt },
  warehouse_customer_id: { kind: 'string', ops: ['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'], read: (item) => item.warehouseCustomerId },
  // The OpenAPI document gives sku no `neq`.
  sku: { kind: 'string', ops: ['eq', 'in', 'nin', 'contains', 'not_contains'], read: (item) => item.sku },
  active: { kind: 'boolean', ops: ['eq'], read: (item) => item.active },
};

export const MAX_LIMIT = 1000;
export const MAX_LIST_VALUES = 100;

/** marshmallow's default messages. */
export const MESSAGES = {
  unknown: 'Unknown field.',
  datetime: 'Not a valid datetime.',
  integer: 'Not a valid integer.',
  boolean: 'Not a valid boolean.',
  limitRange: `Must be greater than or equal to 1 and less than or equal to ${MAX_LIMIT}.`,
  listLength: `Longer than maximum length ${MAX_LIST_VALUES}.`,
};

interface Condition {
  field: Field;
  op: Op;
  values: Value[];
}

export interface ListQuery {
  limit: number;
  pageToken: string | null;
  /** `ids[in]`: when given, every other parameter is ignored (TrackStar's documented rule). */
  ids: string[] | null;
  matches: (item: StoredItem) => boolean;
  /** The filters in a canonical form, for checking a page token against the filters it came with. */
  fingerprint: string;
}

export type QueryErrors = Record<string, string[]>;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Epoch seconds, or null unless exactly `YYYY-MM-DDTHH:MM:SSZ` naming a real instant. */
export function parseDate(text: string): number | null {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return ms / 1000;
}

const TRUTHY = new Set(['t', 'true', 'on', 'y', 'yes', '1']);
const FALSY = new Set(['f', 'false', 'off', 'n', 'no', '0']);

function parseValue(field: Field, text: string): Value | undefined {
  if (field.kind === 'date') return parseDate(text) ?? undefined;
  if (field.kind === 'boolean') {
    const lower = text.toLowerCase();
    return TRUTHY.has(lower) ? true : FALSY.has(lower) ? false : undefined;
  }
  return text;
}

function holds(condition: Condition, value: Value): boolean {
  const [first = null] = condition.values;
  switch (condition.op) {
    case 'eq':
      return value !== null && value === first;
    case 'neq':
      return value === null || value !== first;
    case 'gt':
      return value !== null && first !== null && value > first;
    case 'gte':
      return value !== null && first !== null && value >= first;
    case 'lt':
      return value !== null && first !== null && value < first;
    case 'lte':
      return value !== null && first !== null && value <= first;
    case 'in':
      return value !== null && condition.values.includes(value);
    case 'nin':
      return value === null || !condition.values.includes(value);
    case 'contains':
      return typeof value === 'string' && typeof first === 'string' && value.includes(first);
    case 'not_contains':
      return typeof value !== 'string' || typeof first !== 'string' || !value.includes(first);
  }
}

const PARAM = /^([a-z_]+)(?:\[([a-z_]+)\])?$/;

/** Reads and checks the query; the errors per parameter (TrackStar's `detail.query`) when any. */
export function parseListQuery(params: URLSearchParams): ListQuery | { errors: QueryErrors } {
  const errors: QueryErrors = {};
  const fail = (name: string, message: string): void => {
    (errors[name] ??= []).push(message);
  };
  let limit = MAX_LIMIT;
  let pageToken: string | null = null;
  let ids: string[] | null = null;
  const conditions: Condition[] = [];
  const canonical: string[] = [];

  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    const first = all[0] ?? '';
    if (name === 'page_token') {
      pageToken = first === '' ? null : first;
      continue;
    }
    if (name === 'limit') {
      if (!/^[+-]?\d+$/.test(first.trim())) fail(name, MESSAGES.integer);
      else if (Number(first) < 1 || Number(first) > MAX_LIMIT) fail(name, MESSAGES.limitRange);
      else limit = Number(first);
      continue;
    }
    const list = all.flatMap((value) => value.split(',')).filter((value) => value !== '');
    if (name === 'ids[in]') {
      if (list.length > MAX_LIST_VALUES) fail(name, MESSAGES.listLength);
      else ids = list;
      continue;
    }
    const match = PARAM.exec(name);
    const field = match?.[1] === undefined ? undefined : FIELDS[match[1]];
    const op = (match?.[2] ?? 'eq') as Op;
    if (field === undefined || !field.ops.includes(op)) {
      fail(name, MESSAGES.unknown);
      continue;
    }
    const texts = op === 'in' || op === 'nin' ? list : [first];
    if (texts.length > MAX_LIST_VALUES) {
      fail(name, MESSAGES.listLength);
      continue;
    }
    const values = texts.map((text) => parseValue(field, text));
    if (values.some((value) => value === undefined)) {
      fail(name, field.kind === 'date' ? MESSAGES.datetime : MESSAGES.boolean);
      continue;
    }
    conditions.push({ field, op, values: values as Value[] });
    canonical.push(`${match?.[1] ?? name}[${op}]=${texts.join(',')}`);
  }
  if (Object.keys(errors).length > 0) return { errors };
  canonical.sort();
  return {
    limit,
    pageToken,
    ids,
    matches: (item) => conditions.every((condition) => holds(condition, condition.field.read(item))),
    fingerprint: createHash('sha256').update(canonical.join('&')).digest('hex').slice(0, 16),
  };
}
