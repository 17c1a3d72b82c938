import type { Listing } from './listing.js';

/** What every listing's query has: a page, an integration, a date range. */
export interface ListingQuery {
  limit?: number;
  offset?: number;
  integrationId?: string;
  from?: Date | string;
  to?: Date | string;
}

/** Positional parameters ($1, $2...), added as the SQL is built. */
export class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The WHERE clause of a listing: the organization always, then each filter given.
 * Conditions refer to `r` only, so the count needs no joins.
 */
export function filterSql<Q extends ListingQuery, I>(listing: Listing<Q, I>, organizationId: string, query: Q, parameters: Parameters): string {
  const given = query as Record<string, unknown>;
  const custom: Partial<Record<string, (parameter: string) => string>> = listing.filters ?? {};
  const equalities = [{ field: 'integrationId', column: 'r.integration_id' }, ...listing.references.map((reference) => reference.filter)];
  const conditions = [`r.organization_id = ${parameters.add(organizationId)}`];
  for (const { field, column } of equalities.filter(({ field }) => custom[field] === undefined)) {
    if (given[field] !== undefined) conditions.push(`${column} = ${parameters.add(given[field])}`);
  }
  for (const [field, condition] of Object.entries(custom)) {
    if (condition !== undefined && given[field] !== undefined) conditions.push(condition(parameters.add(given[field])));
  }
  if (query.from !== undefined) conditions.push(`${listing.date} >= ${parameters.add(query.from)}`);
  if (query.to !== undefined) conditions.push(`${listing.date} <= ${parameters.add(query.to)}`);
  return conditions.join(' AND ');
}

/** The WHERE clause for one row of the organization by its key: column → value. */
export function keySql(organizationId: string, key: Readonly<Record<string, unknown>>, parameters: Parameters): string {
  const conditions = [`r.organization_id = ${parameters.add(organizationId)}`];
  for (const [column, value] of Object.entries(key)) conditions.push(`${column} = ${parameters.add(value)}`);
  return conditions.join(' AND ');
}

/** The items, in the listing's order; `tail` is LIMIT/OFFSET. */
export function selectSql<Q, I>(listing: Listing<Q, I>, where: string, tail: string): string {
  const columns = Object.entries<string>(listing.columns).map(([name, sql]) => `${sql} AS "${name}"`);
  const joins = listing.references.map((reference) => reference.join);
  return [
    `SELECT ${columns.join(', ')}`,
    `FROM ${listing.table} r`,
    ...joins,
    `WHERE ${where}`,
    `ORDER BY ${listing.order.join(', ')}`,
    tail,
  ].join('\n');
}

export function countSql<Q, I>(listing: Listing<Q, I>, where: string): string {
  return `SELECT count(*) AS total FROM ${listing.table} r WHERE ${where}`;
}
