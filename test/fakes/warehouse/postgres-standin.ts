import pg from 'pg';
import type { Capability } from '../../../src/sync-contract/capability.js';
import type { ColumnType } from '../../../src/connectors/connector-metadata.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { contractColumns, type SeedRow, STANDIN_TABLES, type WarehouseDataset } from './warehouse-dataset.js';

/** How the stand-in types each contract type (a plain numeric keeps decimals as written). */
const SQL_TYPES: Record<ColumnType, string> = {
  string: 'text',
  decimal: 'numeric',
  integer: 'bigint',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamptz',
};

/** Columns the stand-in keeps as a timestamp without time zone: read as UTC. */
const WITHOUT_TIME_ZONE = new Set(['sales_history.updated_at', 'pending_sales.ordered_at']);

/** The customer's own order-lines table: their names, which a view maps to the contract. */
const RAW_ORDER_COLUMNS: Record<string, string> = { order_id: 'ord_ref', line_id: 'line_ref', sku_id: 'item_ref', unit_price: 'net_unit_price', updated_at: 'changed_at' };

export const READER = { user: 'tether_reader', password: 'reader-password-canary-71c2' };

/**
 * A Redshift stand-in on the machine's PostgreSQL: a database of its own with a `sales`
 * schema holding a contract table per capability (a few timestamps without time zone, read as
 * UTC; the database's own zone New York's), sales orders through a customer view over a table of
 * their own names, a table of the wrong shape, a view whose reads fail while a fault
 * budget lasts (the connection dropped), and a read-only login for the connector.
 */
export class PostgresStandIn {
  private constructor(readonly database: string) {}

  static async start(prefix = 'rs_standin'): Promise<PostgresStandIn> {
    const standIn = new PostgresStandIn(await createDatabase(prefix));
    await standIn.admin(async (client) => {
      // Not UTC: the connector's session must set its own zone for instants to read right.
      await client.query(`ALTER DATABASE ${standIn.database} SET timezone TO 'America/New_York'`);
      await client.query('CREATE SCHEMA sales');
      for (const capability of Object.keys(STANDIN_TABLES) as Capability[]) {
        const columns = contractColumns(capability).map((c) => {
          const type = WITHOUT_TIME_ZONE.has(`${capability}.${c.name}`) ? 'timestamp' : SQL_TYPES[c.type];
          return `${RAW_ORDER_COLUMNS[c.name] !== undefined && capability === 'sales_orders' ? RAW_ORDER_COLUMNS[c.name] : c.name} ${type}`;
        });
        await client.query(`CREATE TABLE sales.${storedIn(capability)} (${columns.join(', ')})`);
      }
      const view = contractColumns('sales_orders').map((c) => (RAW_ORDER_COLUMNS[c.name] === undefined ? c.name : `${RAW_ORDER_COLUMNS[c.name]} AS ${c.name}`));
      await client.query(`CREATE VIEW sales.tether_order_lines AS SELECT ${view.join(', ')} FROM sales.erp_order_lines`);
      await client.query('CREATE TABLE sales.history_wrong (sku_id text, channel_id text, period_start date, period_length text, quantity double precision, currency text, updated_at timestamptz)');
      // Reads of the flaky view drop their connection while the budget lasts (counted over dblink, outside the read-only transaction).
      await client.query('CREATE EXTENSION dblink');
      await client.query('CREATE TABLE sales.fault_budget (reads_to_fail int NOT NULL)');
      await client.query('INSERT INTO sales.fault_budget VALUES (0)');
      await client.query(`CREATE FUNCTION sales.fault_gate() RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM dblink('host=127.0.0.1 user=postgres dbname=${standIn.database}',
              'UPDATE sales.fault_budget SET reads_to_fail = reads_to_fail - 1 WHERE reads_to_fail > 0 RETURNING 1') AS t(n int)) THEN
            PERFORM pg_terminate_backend(pg_backend_pid());
          END IF;
          RETURN true;
        END $$`);
      await client.query('CREATE VIEW sales.flaky_history AS SELECT * FROM sales.history WHERE (SELECT sales.fault_gate())');
      // A view that writes when read (as its owner): only the session's read-only mode stops it.
      await client.query(`CREATE FUNCTION sales.write_on_read() RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
        BEGIN UPDATE sales.fault_budget SET reads_to_fail = reads_to_fail; RETURN true; END $$`);
      await client.query('CREATE VIEW sales.writing_history AS SELECT * FROM sales.history WHERE (SELECT sales.write_on_read())');
      // The role is the server's: a previous run may have left it.
      await client.query(`DO $$ BEGIN CREATE ROLE ${READER.user} LOGIN PASSWORD '${READER.password}'; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
      await client.query(`GRANT USAGE ON SCHEMA sales TO ${READER.user}`);
      await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA sales TO ${READER.user}`);
    });
    return standIn;
  }

  /** The stand-in's tables hold exactly the dataset (the order lines under the customer's own column names). */
  async load(dataset: WarehouseDataset): Promise<void> {
    await this.admin(async (client) => {
      for (const capability of Object.keys(STANDIN_TABLES) as Capability[]) {
        const table = `sales.${storedIn(capability)}`;
        const rows = capability === 'sales_orders' ? dataset.tables.sales_orders.map(rawOrderLine) : dataset.tables[capability];
        await client.query(`TRUNCATE ${table}`);
        await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(rows)]);
      }
    });
  }

  /** The next `reads` queries of sales.flaky_history lose their connection. */
  failNextReads(reads: number): Promise<void> {
    return this.admin(async (client) => {
      await client.query('UPDATE sales.fault_budget SET reads_to_fail = $1', [reads]);
    });
  }

  /** Faulty reads still to come. */
  faultsLeft(): Promise<number> {
    return this.admin(async (client) => (await client.query<{ n: number }>('SELECT reads_to_fail AS n FROM sales.fault_budget')).rows[0]?.n ?? 0);
  }

  /** Logins of the reader refused (a revoked user), or allowed again. */
  setReaderLogin(allowed: boolean): Promise<void> {
    return this.admin(async (client) => {
      await client.query(`ALTER ROLE ${READER.user} ${allowed ? 'LOGIN' : 'NOLOGIN'}`);
    });
  }

  /** Runs `use` as the database's owner (the test's admin connection). */
  async admin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: databaseUrl(this.database) });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    // The reader role is the server's: left in place for the next run (it owns nothing).
    await dropDatabase(this.database);
  }
}

/** The table each capability's rows are stored in: sales orders in the customer's raw table (read through their view). */
const storedIn = (capability: Capability): string => (capability === 'sales_orders' ? 'erp_order_lines' : STANDIN_TABLES[capability]);

const rawOrderLine = (row: SeedRow): SeedRow => Object.fromEntries(Object.entries(row).map(([name, value]) => [RAW_ORDER_COLUMNS[name] ?? name, value]));
