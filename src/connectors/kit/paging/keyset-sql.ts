import type { KeysetPosition } from './keyset.js';

/** A page of a table in `(updated_at, key)` order, after a position. */
export interface KeysetQuery {
  /** `schema.table` or `project.dataset.table`; each part quoted. */
  table: string;
  columns: readonly string[];
  updatedAt: string;
  key: string;
  after: KeysetPosition | null;
  limit: number;
}

const limitOf = (limit: number): number => {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`a page limit must be a positive integer, not ${limit}`);
  return limit;
};

/** PostgreSQL and Redshift: double quotes, a double quote inside doubled. */
export const quotePostgres = (name: string): string =>
  name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');

/** GoogleSQL: backticks, a backtick or backslash inside escaped by a backslash. */
export const quoteGoogleSql = (name: string): string =>
  name
    .split('.')
    .map((part) => `\`${part.replace(/[\\`]/g, (c) => `\\${c}`)}\``)
    .join('.');

/**
 * PostgreSQL / Redshift: a row comparison, values as $1 and $2 (never in the text):
 * `… WHERE ("updated_at", "id") > ($1, $2) ORDER BY "updated_at", "id" LIMIT n`.
 */
export function postgresKeyset(query: KeysetQuery): { text: string; values: unknown[] } {
  const [at, key] = [quotePostgres(query.updatedAt), quotePostgres(query.key)];
  const where = query.after === null ? '' : ` WHERE (${at}, ${key}) > ($1, $2)`;
  return {
    text: `SELECT ${query.columns.map(quotePostgres).join(', ')} FROM ${quotePostgres(query.table)}${where} ORDER BY ${at}, ${key} LIMIT ${limitOf(query.limit)}`,
    values: query.after === null ? [] : [query.after.updatedAt, query.after.key],
  };
}

/**
 * GoogleSQL (BigQuery), which has no ordering comparison on tuples: the same order spelt
 * out, values as @ts and @key: `… WHERE (`updated_at` > @ts OR (`updated_at` = @ts AND `id` > @key)) …`.
 */
export function googleSqlKeyset(query: KeysetQuery): { query: string; params: Record<string, unknown> } {
  const [at, key] = [quoteGoogleSql(query.updatedAt), quoteGoogleSql(query.key)];
  const where = query.after === null ? '' : ` WHERE (${at} > @ts OR (${at} = @ts AND ${key} > @key))`;
  return {
    query: `SELECT ${query.columns.map(quoteGoogleSql).join(', ')} FROM ${quoteGoogleSql(query.table)}${where} ORDER BY ${at}, ${key} LIMIT ${limitOf(query.limit)}`,
    params: query.after === null ? {} : { ts: query.after.updatedAt, key: query.after.key },
  };
}
