import type { Capability } from '../../sync-contract/capability.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, ConnectionRequest, ReadRequest } from '../connector.js';
import type { ColumnType, ReadMode } from '../connector-metadata.js';
import { resumeFrom, withFirstPageNotes } from '../kit/cursor/cursor-codec.js';
import { columnProblems, presentColumns } from './column-check.js';
import { WAREHOUSE_COLUMNS } from './warehouse-columns.js';
import { WAREHOUSE_CURSOR, type WarehousePosition } from './warehouse-cursor.js';
import { recordsOf } from './warehouse-records.js';
import type { WarehousePage, WarehouseRow, WarehouseRows, WarehouseSession } from './warehouse-session.js';
import { capabilitySetting, DEFAULT_PAGE_ROWS, MAX_SNAPSHOT_ROWS } from './warehouse-settings.js';

/** A warehouse service as the shared reader sees it: its name and how to open a session with the integration's credentials. */
export interface WarehouseSource {
  displayName: string;
  open(request: ConnectionRequest): Promise<WarehouseSession>;
}

type Order = WarehousePage['order'];

/** How messages name a capability's table: as the admin set it (the project, dataset or schema around it may be credentials, which messages never show). */
const tableLabel = (capability: Capability, table: string): string => `${table} (settings.${capabilitySetting(capability, 'Table')})`;

/** The table a capability reads, from its setting; a `config` error naming the setting when it is not set. */
function tableOf(request: ConnectionRequest, capability: Capability): string {
  const setting = capabilitySetting(capability, 'Table');
  const table = request.settings[setting];
  if (typeof table !== 'string' || table === '') throw new ConnectorError('config', `settings.${setting} must name the table or view to read ${capability} from`, false);
  return table;
}

const modeOf = (request: ConnectionRequest, capability: Capability): ReadMode => {
  const mode = request.settings[capabilitySetting(capability, 'Mode')];
  return mode === 'incremental' || mode === 'snapshot' ? mode : WAREHOUSE_COLUMNS[capability].defaultMode;
};

/** The columns a read selects and orders by, after checking the table against the contract (a `config` error naming each bad column). */
async function planRead(session: WarehouseSession, capability: Capability, table: string): Promise<{ columns: string[]; order: Order; types: Record<string, ColumnType> }> {
  const contract = WAREHOUSE_COLUMNS[capability];
  const found = await session.columns(table);
  const problems = columnProblems(contract, found);
  if (problems.length > 0) {
    throw new ConnectorError('config', `${tableLabel(capability, table)} does not fit the ${capability} column contract: ${problems.join('; ')}`, false);
  }
  const types = Object.fromEntries(contract.columns.map((c) => [c.name, c.type]));
  // Text keys are compared as COALESCE(col, ''): a NULL id neither hides rows nor stops the walk.
  const order = ['updated_at', ...contract.key].map((name) => ({ name, type: types[name] as ColumnType, nullable: types[name] === 'string' }));
  return { columns: presentColumns(contract, found), order, types };
}

/** Where a row sits in the page order; null when it has no updated_at (such rows are read only by full reads). */
function positionOf(row: WarehouseRow, order: Order): WarehousePosition | null {
  const values = order.map((c) => row[c.name] ?? (c.nullable === true ? '' : null));
  return values.some((v) => v === null) ? null : (values as WarehousePosition);
}

const lastPosition = (rows: readonly WarehouseRow[], order: Order): WarehousePosition | null => {
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const position = positionOf(rows[i] as WarehouseRow, order);
    if (position !== null) return position;
  }
  return null;
};

/**
 * The lines of the page's last order are held back while pages are full: they may go on in
 * the next page, and an order is written whole (its lines not in a page are removed).
 */
function splitTrailingOrder(rows: WarehouseRow[]): { ready: WarehouseRow[]; carry: WarehouseRow[] } {
  const last = rows.at(-1)?.order_id;
  let cut = rows.length;
  while (cut > 0 && rows[cut - 1]?.order_id === last) cut -= 1;
  return { ready: rows.slice(0, cut), carry: rows.slice(cut) };
}

/**
 * Reads a capability's table: checked against its column contract, then in keyset pages of
 * `(updated_at, key…)`. Incremental: the rows after the cursor, a page each, the cursor
 * after its last row. Snapshot: the whole table as one page that replaces what was stored.
 */
export function readWarehouse(source: WarehouseSource, request: ReadRequest): AsyncIterable<SourcePage> {
  const { capability } = request;
  const { position, notes } = resumeFrom(WAREHOUSE_CURSOR, request.cursor, capability);
  const mode = modeOf(request, capability);
  const table = tableOf(request, capability);
  const pageRows = typeof request.settings.pageSize === 'number' ? request.settings.pageSize : DEFAULT_PAGE_ROWS;
  // A cursor left by a snapshot (or none): an incremental read starts from the beginning.
  const from = mode === 'incremental' && position?.mode === 'incremental' ? position.after : null;
  return withFirstPageNotes(pages(source, request, { table, mode, pageRows, from }), notes);
}

async function* pages(
  source: WarehouseSource,
  request: ReadRequest,
  read: { table: string; mode: ReadMode; pageRows: number; from: WarehousePosition | null },
): AsyncGenerator<SourcePage> {
  const { capability, signal } = request;
  const session = await source.open(request);
  try {
    const { columns, order, types } = await planRead(session, capability, read.table);
    const snapshot: CanonicalRecord<Capability>[] = [];
    let snapshotRows = 0;
    let queryAfter = read.from;
    let committed = read.from;
    let carry: WarehouseRow[] = [];
    // The rows still to read, as the warehouse counts them; sales orders come a row per line, so theirs would not count records.
    const total = capability === 'sales_orders' ? undefined : await countOf(session, { table: session.qualify(read.table), order, after: read.from }, signal);
    const counted = total === undefined ? {} : { total };
    for (;;) {
      signal.throwIfAborted();
      const rows = await session.page({ table: session.qualify(read.table), columns, order, after: queryAfter, limit: read.pageRows, types });
      const full = rows.length === read.pageRows;
      queryAfter = lastPosition(rows, order) ?? queryAfter;
      let ready = [...carry, ...rows];
      carry = [];
      if (capability === 'sales_orders' && full) ({ ready, carry } = splitTrailingOrder(ready));
      if (read.mode === 'snapshot') {
        snapshotRows += rows.length;
        if (snapshotRows > MAX_SNAPSHOT_ROWS) {
          throw new ConnectorError('data', `${tableLabel(capability, read.table)} has more than ${MAX_SNAPSHOT_ROWS} rows: too many to replace as a snapshot; read ${capability} incrementally`, false);
        }
        snapshot.push(...recordsOf(capability, ready));
      } else if (ready.length > 0 || !full) {
        committed = lastPosition(ready, order) ?? committed;
        yield { records: recordsOf(capability, ready), cursor: WAREHOUSE_CURSOR.encode({ mode: 'incremental', after: committed }), ...counted };
      }
      if (!full) break;
    }
    if (read.mode === 'snapshot') yield { records: snapshot, cursor: WAREHOUSE_CURSOR.encode({ mode: 'snapshot', after: null }), replace: true, ...counted };
  } finally {
    await session.close();
  }
}

/**
 * A connection check: a session opened with the credentials, and every capability whose
 * table is set checked against its contract; a `config` error naming each table and bad
 * column when any misfits.
 */
export async function checkWarehouse(source: WarehouseSource, request: ConnectionRequest): Promise<ConnectionCheck> {
  const session = await source.open(request);
  try {
    const details = await session.about();
    const problems: string[] = [];
    for (const capability of Object.keys(WAREHOUSE_COLUMNS) as Capability[]) {
      if (typeof request.settings[capabilitySetting(capability, 'Table')] !== 'string') continue;
      try {
        const table = tableOf(request, capability);
        const { columns } = await planRead(session, capability, table);
        details[capability] = `${table}: ${columns.length} columns fit`;
      } catch (error) {
        if (!(error instanceof ConnectorError) || error.kind !== 'config') throw error;
        problems.push(`${capability}: ${error.message}`);
      }
    }
    if (problems.length > 0) throw new ConnectorError('config', problems.join('\n'), false);
    return { summary: `connected to ${source.displayName}`, details };
  } finally {
    await session.close();
  }
}

/**
 * The read's total, when the warehouse will give it. A total only shows progress, so a count
 * the warehouse refuses (a view it cannot count, a dialect quirk) leaves it unknown rather than
 * failing the read; refused credentials and an outage would fail the pages too, so they stop here.
 */
async function countOf(session: WarehouseSession, rows: WarehouseRows, signal: AbortSignal): Promise<number | undefined> {
  try {
    return await session.count(rows);
  } catch (error) {
    if (signal.aborted || !(error instanceof ConnectorError) || error.kind === 'auth' || error.kind === 'transient') throw error;
    return undefined;
  }
}
