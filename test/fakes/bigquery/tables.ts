import { legacyName, plainValue, readValue, type SqlType, sqlType, type Value } from './encoding.js';

export interface FieldSpec {
  name: string;
  /** GoogleSQL or legacy name: STRING, INT64/INTEGER, FLOAT64/FLOAT, NUMERIC, BIGNUMERIC, BOOL/BOOLEAN, TIMESTAMP, DATE, DATETIME. */
  type: string;
  /** Default NULLABLE. */
  mode?: 'NULLABLE' | 'REQUIRED';
  description?: string;
}

export interface TableOptions {
  /** Columns identifying a row, for `upsertRows`. */
  key?: string[];
  /** Default TABLE. A VIEW is served and queried like a table (its rows are the ones given). */
  type?: 'TABLE' | 'VIEW';
  /** The view's SQL, shown by tables.get. */
  viewQuery?: string;
  /** Default: the fake's location. */
  location?: string;
}

export interface TableRef {
  projectId: string;
  datasetId: string;
  tableId: string;
}

/** A seeded or stored row as tests give and get it: text for STRING/NUMERIC/BIGNUMERIC/INT64, ISO text for TIMESTAMP. */
export type PlainRow = Record<string, unknown>;

export interface Field {
  name: string;
  type: SqlType;
  mode: 'NULLABLE' | 'REQUIRED';
  description?: string;
}

export type Row = Record<string, Value | null>;

export interface Table {
  ref: TableRef;
  fields: Field[];
  type: 'TABLE' | 'VIEW';
  viewQuery?: string;
  location: string;
  key: string[] | undefined;
  rows: Row[];
  createdAt: number;
  modifiedAt: number;
}

/** `project.dataset.table`; a project may hold a colon and dots (`example.com:p`), so the last two dots split it. */
export function parseTableRef(ref: TableRef | string): TableRef {
  if (typeof ref !== 'string') return ref;
  const parts = ref.split('.');
  const tableId = parts.pop();
  const datasetId = parts.pop();
  if (tableId === undefined || datasetId === undefined || parts.length === 0) throw new Error(`table reference "${ref}" is not project.dataset.table`);
  return { projectId: parts.join('.'), datasetId, tableId };
}

/** `p:d.t`, the form BigQuery's messages and table ids use. */
export const tableName = (ref: TableRef): string => `${ref.projectId}:${ref.datasetId}.${ref.tableId}`;

const refKey = (ref: TableRef): string => JSON.stringify([ref.projectId, ref.datasetId, ref.tableId]);

/** The fake's tables: seeded by tests, changed between syncs, read by the query engine. */
export class TableStore {
  private readonly tables = new Map<string, Table>();

  constructor(
    private readonly defaultLocation: string,
    private readonly clock: () => number,
  ) {}

  create(ref: TableRef, specs: FieldSpec[], rows: PlainRow[], options: TableOptions = {}): Table {
    if (this.tables.has(refKey(ref))) throw new Error(`table ${tableName(ref)} already exists`);
    const fields = specs.map((spec): Field => {
      const type = sqlType(spec.type);
      if (type === undefined) throw new Error(`column ${spec.name}: type ${spec.type} is not one the fake stores`);
      return { name: spec.name, type, mode: spec.mode ?? 'NULLABLE', ...(spec.description === undefined ? {} : { description: spec.description }) };
    });
    const names = new Set<string>();
    for (const field of fields) {
      if (names.has(field.name.toLowerCase())) throw new Error(`column ${field.name} is given twice (names are case-insensitive)`);
      names.add(field.name.toLowerCase());
    }
    for (const name of options.key ?? []) if (!names.has(name.toLowerCase())) throw new Error(`key column ${name} is not a column`);
    const now = this.clock();
    const table: Table = {
      ref: { ...ref },
      fields,
      type: options.type ?? 'TABLE',
      ...(options.viewQuery === undefined ? {} : { viewQuery: options.viewQuery }),
      location: options.location ?? this.defaultLocation,
      key: options.key,
      rows: [],
      createdAt: now,
      modifiedAt: now,
    };
    table.rows = rows.map((row) => toRow(table, row));
    this.tables.set(refKey(ref), table);
    return table;
  }

  get(ref: TableRef): Table | undefined {
    return this.tables.get(refKey(ref));
  }

  hasDataset(projectId: string, datasetId: string): boolean {
    return [...this.tables.values()].some((table) => table.ref.projectId === projectId && table.ref.datasetId === datasetId);
  }

  /** Replaces the rows whose key matches, appends the others; rows are replaced, never changed in place (jobs keep theirs). */
  upsert(ref: TableRef, rows: PlainRow[], key?: string[]): void {
    const table = this.require(ref);
    const columns = (key ?? table.key)?.map((name) => field(table, name).name);
    if (columns === undefined || columns.length === 0) throw new Error(`upsertRows on ${tableName(ref)} needs a key (give one here or at createTable)`);
    const identity = (row: Row): string => JSON.stringify(columns.map((name) => plainValue(row[name] ?? null)));
    const incoming = rows.map((row) => toRow(table, row));
    const next = [...table.rows];
    const index = new Map(next.map((row, i) => [identity(row), i]));
    for (const row of incoming) {
      const at = index.get(identity(row));
      if (at === undefined) {
        index.set(identity(row), next.length);
        next.push(row);
      } else next[at] = row;
    }
    table.rows = next;
    table.modifiedAt = this.clock();
  }

  /** Removes the rows the predicate picks (it sees them as `rows()` gives them); how many went. */
  delete(ref: TableRef, predicate: (row: PlainRow) => boolean): number {
    const table = this.require(ref);
    const kept = table.rows.filter((row) => !predicate(plainRow(row)));
    const removed = table.rows.length - kept.length;
    table.rows = kept;
    table.modifiedAt = this.clock();
    return removed;
  }

  rows(ref: TableRef): PlainRow[] {
    return this.require(ref).rows.map(plainRow);
  }

  private require(ref: TableRef): Table {
    const table = this.get(ref);
    if (table === undefined) throw new Error(`no table ${tableName(ref)}`);
    return table;
  }
}

/** A column by name, case-insensitively, as BigQuery resolves column names. */
export function findField(table: Table, name: string): Field | undefined {
  const lower = name.toLowerCase();
  return table.fields.find((candidate) => candidate.name.toLowerCase() === lower);
}

function field(table: Table, name: string): Field {
  const found = findField(table, name);
  if (found === undefined) throw new Error(`${tableName(table.ref)} has no column ${name}`);
  return found;
}

/** Checks a seeded row against the schema: a typo in a test is an error here, not a wrong answer later. */
function toRow(table: Table, plain: PlainRow): Row {
  const row: Row = {};
  for (const [name, raw] of Object.entries(plain)) {
    const column = field(table, name);
    if (raw === null || raw === undefined) {
      row[column.name] = null;
      continue;
    }
    const value = readValue(column.type, raw);
    if (value === null) throw new Error(`${tableName(table.ref)}.${column.name}: ${JSON.stringify(typeof raw === 'bigint' ? raw.toString() : raw)} is not a ${column.type}`);
    row[column.name] = value;
  }
  for (const column of table.fields) {
    row[column.name] ??= null;
    if (column.mode === 'REQUIRED' && row[column.name] === null) throw new Error(`${tableName(table.ref)}.${column.name} is REQUIRED`);
  }
  return row;
}

function plainRow(row: Row): PlainRow {
  return Object.fromEntries(Object.entries(row).map(([name, value]) => [name, plainValue(value)]));
}

/** A tables.get / query schema field, with the REST API's type names. */
export const restField = (column: Field): Record<string, string> => ({
  name: column.name,
  type: legacyName(column.type),
  mode: column.mode,
  ...(column.description === undefined ? {} : { description: column.description }),
});
