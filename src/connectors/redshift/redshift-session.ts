import pg from 'pg';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { ConnectionRequest } from '../connector.js';
import { connectPublic } from '../kit/net/connect-public.js';
import type { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { postgresKeyset, postgresKeysetCount, quotePostgres } from '../kit/paging/keyset-sql.js';
import { retryLater, withRetries } from '../kit/retry/with-retries.js';
import type { FoundColumns, WarehousePage, WarehouseRow, WarehouseRows, WarehouseSession } from '../warehouse/warehouse-session.js';
import { redshiftFailure } from './redshift-errors.js';
import { columnTypeOf, decodeCell, rawTextTypes } from './redshift-types.js';

export const DEFAULT_PORT = 5439;
const CONNECT_TIMEOUT_MS = 10_000;
/** The server stops a statement after this; the driver gives up a little later. */
const STATEMENT_TIMEOUT_MS = 120_000;
/** Tries per statement: a dropped connection or a timeout is retried on a new connection. */
const RETRY = { attempts: 4, baseMs: 250, maxMs: 4_000 };

/** Opened read-only, in UTC, with a statement timeout, before any query of ours. */
const SESSION_SETUP = [
  'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
  `SET statement_timeout TO ${STATEMENT_TIMEOUT_MS}`,
  "SET timezone TO 'UTC'",
];

/**
 * A Redshift session over the PostgreSQL protocol, connected to the address the outbound
 * policy checked (with the host name for TLS), TLS required unless the test policy allows
 * `sslMode: disable`. Pages are keyset queries, never server-side cursors (Redshift
 * materialises a cursor's whole result on the leader).
 */
export async function openRedshift(policy: OutboundPolicy, request: ConnectionRequest): Promise<WarehouseSession> {
  const { host, port, database, user, password, sslMode } = request.credentials;
  if (typeof host !== 'string') throw new ConnectorError('config', 'credentials.host is missing', false);
  if (sslMode === 'disable' && !policy.allowLoopback) {
    throw new ConnectorError('config', 'credentials.sslMode disable is allowed only under the outbound test policy: use require', false);
  }
  const where = `Redshift ${host}`;
  let client: pg.Client | null = null;
  const disconnect = async (): Promise<void> => {
    const open = client;
    client = null;
    await open?.end().catch(() => undefined);
  };
  const abort = (): void => void disconnect();
  request.signal.addEventListener('abort', abort, { once: true });
  /** A connection as a sync needs it: the host checked again by the policy (each time), read-only, in UTC, with a statement timeout. */
  const connect = async (): Promise<pg.Client> => {
    const endpoint = await connectPublic(policy, host, typeof port === 'number' ? port : DEFAULT_PORT);
    const opened = new pg.Client({
      host: endpoint.address,
      port: endpoint.port,
      database: String(database),
      user: String(user),
      password: String(password),
      ssl: sslMode === 'disable' ? false : { servername: endpoint.servername, rejectUnauthorized: true },
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 10_000,
      application_name: 'tether-integrations',
      types: rawTextTypes,
    });
    // A dropped connection is reported by the query that runs on it; without a listener the event would crash the process.
    opened.on('error', () => undefined);
    try {
      await opened.connect();
      for (const statement of SESSION_SETUP) await opened.query(statement);
    } catch (error) {
      await opened.end().catch(() => undefined);
      throw error;
    }
    return opened;
  };
  /** A statement, on a new connection after one that failed: a dropped connection or a timeout is tried again here, from the same page. */
  const query = (text: string, values: unknown[] = []): Promise<pg.QueryResult> =>
    withRetries(
      async () => {
        try {
          client ??= await connect();
          return await client.query({ text, values });
        } catch (error) {
          request.signal.throwIfAborted();
          const failure = redshiftFailure(error, where);
          if (!failure.retryable) throw failure;
          await disconnect();
          return retryLater(failure.message);
        }
      },
      { ...RETRY, signal: request.signal, service: where },
    );
  // Connected before the session is handed out: wrong credentials fail here, fast.
  await query('SELECT 1');
  const schema = typeof request.settings.schema === 'string' ? request.settings.schema : 'public';
  return {
    qualify: (table) => `${schema}.${table}`,
    async columns(table): Promise<FoundColumns> {
      // What the relation (a table, a view, a late-binding view) says it returns, as the server types it.
      const { fields } = await query(`SELECT * FROM ${quotePostgres(`${schema}.${table}`)} LIMIT 0`);
      return new Map(fields.map((f) => [f.name, columnTypeOf(f.dataTypeID)]));
    },
    async page(page: WarehousePage): Promise<WarehouseRow[]> {
      const { text, values } = postgresKeyset(page);
      const { rows } = await query(text, values);
      return (rows as Record<string, unknown>[]).map((row) => Object.fromEntries(page.columns.map((c) => [c, decodeCell(row[c], page.types[c] ?? 'string')])));
    },
    async count(rows: WarehouseRows): Promise<number> {
      const { text, values } = postgresKeysetCount(rows);
      const [row] = (await query(text, values)).rows as { n: string }[];
      return Number(row?.n ?? 0);
    },
    async about(): Promise<Record<string, string>> {
      const { rows } = await query('SELECT current_user AS user_name, current_database() AS database_name');
      const [row] = rows as { user_name: string; database_name: string }[];
      return { host, database: row?.database_name ?? String(database), user: row?.user_name ?? String(user), schema };
    },
    async close(): Promise<void> {
      request.signal.removeEventListener('abort', abort);
      await disconnect();
    },
  };
}
