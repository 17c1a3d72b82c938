import type { ColumnType } from '../connector-metadata.js';
import type { KeysetQuery, OrderColumn } from '../kit/paging/keyset-sql.js';

/**
 * A cell as the readers pass it on: exact decimals and integers as strings, instants as ISO
 * 8601 in UTC (`2026-11-01T10:00:00.123456Z`), dates as `YYYY-MM-DD`, booleans, or null.
 */
export type WarehouseValue = string | boolean | null;
export type WarehouseRow = Readonly<Record<string, WarehouseValue>>;

/** A table's columns as the warehouse reports them: the contract type each maps to (null: none), and the warehouse's own name for it. */
export type FoundColumns = ReadonlyMap<string, { type: ColumnType | null; native: string }>;

/** One keyset page: the contract types of the selected and order columns, so each dialect binds and decodes them. */
export interface WarehousePage extends KeysetQuery {
  order: readonly (OrderColumn & { type: ColumnType })[];
  types: Readonly<Record<string, ColumnType>>;
}

/** The rows after a position, to count: a page without its columns and limit. */
export type WarehouseRows = Pick<WarehousePage, 'table' | 'order' | 'after'>;

/** An open connection to one warehouse (a dialect): what the shared reader needs of it. */
export interface WarehouseSession {
  /** The table's full name in queries (`schema.table`, `project.dataset.table`). */
  qualify(table: string): string;
  /** The table's columns; a `config` ConnectorError when it does not exist or cannot be read. */
  columns(table: string): Promise<FoundColumns>;
  /** The page's rows in its order, each cell decoded per its contract type. */
  page(page: WarehousePage): Promise<WarehouseRow[]>;
  /** How many rows the pages after its position hold (`COUNT(*)`): the read's total, for its progress. */
  count(rows: WarehouseRows): Promise<number>;
  /** What a connection check shows of the session (who, where). */
  about(): Promise<Record<string, string>>;
  close(): Promise<void>;
}
