/**
 * A read-only listing of one synced data type, described once; the reader derives its
 * queries from it. SQL in a listing refers to the listed table as `r`.
 */
export interface Listing<Query, Item> {
  table: string;
  /** The Tether entities the rows refer to: joined for their codes, filterable by their ids. */
  references: readonly Reference[];
  /** Every field of the item: name → SQL giving its JSON value (decimals and dates as text). */
  columns: { readonly [K in keyof Item]-?: string };
  /** The natural date, which `from`/`to` bound (inclusive). */
  date: string;
  /** Filters beyond integration and references: query field → condition over `r`, given the parameter. */
  filters?: { readonly [K in keyof Query]?: (parameter: string) => string };
  /** ORDER BY terms; ending with the natural key, so pages are stable. */
  order: readonly string[];
}

/** A referenced entity: its join, the item fields it adds, and the query field filtering on its id. */
export interface Reference<Field extends string = string> {
  join: string;
  columns: Readonly<Record<Field, string>>;
  filter: { field: string; column: string };
}

/** An instant as ISO 8601 in UTC with milliseconds, the API's format. */
export const instant = (sql: string): string => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A calendar date as YYYY-MM-DD. */
export const calendarDate = (sql: string): string => `to_char(${sql}, 'YYYY-MM-DD')`;

/** Money and quantities: the stored numeric, exactly, as a decimal string. */
export const decimal = (sql: string): string => `${sql}::text`;

/**
 * A join to an entity of the row's organization by id, for its code or name. Left: rows of
 * a SKU deleted since still show (with a null code).
 */
export const joinById = (table: string, alias: string, id: string, row = 'r'): string =>
  `LEFT JOIN ${table} ${alias} ON ${alias}.id = ${row}.${id} AND ${alias}.organization_id = ${row}.organization_id`;

/** Columns every synced row has. */
const SYNCED_COLUMNS = { integrationId: 'r.integration_id', writtenAt: instant('r.written_at') } as const;

type ReferenceField<R extends readonly Reference[]> = R[number] extends infer Each ? (Each extends Reference<infer Field> ? Field : never) : never;

/** A listing as written: its own columns only; the synced row's and the references' are added. */
export type ListingSpec<Query, Item, R extends readonly Reference[]> = Omit<Listing<Query, Item>, 'references' | 'columns'> & {
  references: R;
  columns: { readonly [K in Exclude<keyof Item, keyof typeof SYNCED_COLUMNS | ReferenceField<R>>]-?: string };
};

/** `defineListing<Query, Item>()({...})`: checks that the columns, with those added, give every field of the item. */
export const defineListing =
  <Query, Item>() =>
  <const R extends readonly Reference[]>(spec: ListingSpec<Query, Item, R>): Listing<Query, Item> => ({
    ...spec,
    columns: Object.assign({}, SYNCED_COLUMNS, ...spec.references.map((reference) => reference.columns), spec.columns) as Listing<Query, Item>['columns'],
  });
