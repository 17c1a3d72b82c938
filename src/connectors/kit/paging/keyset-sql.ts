/**
 * A column of the page order. A nullable one (a text key such as an optional channel id)
 * is ordered and compared as `COALESCE(col, '')`: a NULL compared with anything is not
 * true, so a bare NULL key would hide its rows from every page after the first.
 */
export interface OrderColumn {
  name: string;
  nullable?: boolean;
}

/** A page of a table in `(updated_at, key…)` order, after a position. */
export interface KeysetQuery {
  /** `schema.table` or `project.dataset.table`; each part quoted. */
  table: string;
  columns: readonly string[];
  /** `updated_at` first, then the natural key's columns. */
  order: readonly OrderColumn[];
  /** The last row read: one value per order column (`''` for a NULL in a nullable one); null: from the start. */
  after: readonly unknown[] | null;
  limit: number;
}

/** The rows after a position, to count them: a keyset query without its columns and limit. */
export type KeysetCountQuery = Pick<KeysetQuery, 'table' | 'order' | 'after'>;

const limitOf = (limit: number): number => {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`a page limit must be a positive integer, not ${limit}`);
  return limit;
};

const positionOf = (query: KeysetCountQuery): readonly unknown[] | null => {
  if (query.order.length === 0) throw new RangeError('a keyset page needs at least one order column');
  if (query.after !== null && query.after.length !== query.order.length) {
    throw new RangeError(`a keyset position has one value per order column (${query.order.length}), not ${query.after.length}`);
  }
  return query.after;
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

const orderExpression = (column: OrderColumn, quote: (name: string) => string): string =>
  column.nullable === true ? `COALESCE(${quote(column.name)}, '')` : quote(column.name);

/**
 * PostgreSQL / Redshift: a row comparison, values as $1…$n (never in the text):
 * `… WHERE ("updated_at", "id") > ($1, $2) ORDER BY "updated_at", "id" LIMIT n`. The limit
 * is a checked integer written out: Redshift's LIMIT takes a constant.
 */
export function postgresKeyset(query: KeysetQuery): { text: string; values: unknown[] } {
  const { order, where, values } = postgresAfter(query);
  return {
    text: `SELECT ${query.columns.map(quotePostgres).join(', ')} FROM ${quotePostgres(query.table)}${where} ORDER BY ${order.join(', ')} LIMIT ${limitOf(query.limit)}`,
    values,
  };
}

/** How many rows the pages after the position hold: a read's total, for its progress. */
export function postgresKeysetCount(query: KeysetCountQuery): { text: string; values: unknown[] } {
  const { where, values } = postgresAfter(query);
  return { text: `SELECT COUNT(*) AS n FROM ${quotePostgres(query.table)}${where}`, values };
}

function postgresAfter(query: KeysetCountQuery): { order: string[]; where: string; values: unknown[] } {
  const after = positionOf(query);
  const order = query.order.map((c) => orderExpression(c, quotePostgres));
  const where = after === null ? '' : ` WHERE (${order.join(', ')}) > (${order.map((_, i) => `$${i + 1}`).join(', ')})`;
  return { order, where, values: after === null ? [] : [...after] };
}

/** GoogleSQL parameter names of a position: `since_ts` for updated_at, then `since_k1`, `since_k2`… */
const googleParameter = (index: number): string => (index === 0 ? 'since_ts' : `since_k${index}`);

/**
 * GoogleSQL (BigQuery), which has no ordering comparison on tuples: the same order spelt
 * out, values as named parameters: `… WHERE (`updated_at` > @since_ts OR (`updated_at` =
 * @since_ts AND `id` > @since_k1)) ORDER BY `updated_at`, `id` LIMIT @limit`.
 */
export function googleSqlKeyset(query: KeysetQuery): { query: string; params: Record<string, unknown> } {
  const { order, where, params } = googleSqlAfter(query);
  return {
    query: `SELECT ${query.columns.map(quoteGoogleSql).join(', ')} FROM ${quoteGoogleSql(query.table)}${where} ORDER BY ${order.join(', ')} LIMIT @limit`,
    params: { ...params, limit: limitOf(query.limit) },
  };
}

/** How many rows the pages after the position hold: a read's total, for its progress. */
export function googleSqlKeysetCount(query: KeysetCountQuery): { query: string; params: Record<string, unknown> } {
  const { where, params } = googleSqlAfter(query);
  return { query: `SELECT COUNT(*) AS n FROM ${quoteGoogleSql(query.table)}${where}`, params };
}

function googleSqlAfter(query: KeysetCountQuery): { order: string[]; where: string; params: Record<string, unknown> } {
  const after = positionOf(query);
  const order = query.order.map((c) => orderExpression(c, quoteGoogleSql));
  const params: Record<string, unknown> = {};
  let where = '';
  if (after !== null) {
    // Row i: the first i columns equal the position, column i after it.
    const rows = order.map((expression, i) => [...order.slice(0, i).map((e, j) => `${e} = @${googleParameter(j)}`), `${expression} > @${googleParameter(i)}`]);
    where = ` WHERE (${rows.map((terms) => (terms.length === 1 ? terms[0] : `(${terms.join(' AND ')})`)).join(' OR ')})`;
    after.forEach((value, i) => (params[googleParameter(i)] = value));
  }
  return { order, where, params };
}
