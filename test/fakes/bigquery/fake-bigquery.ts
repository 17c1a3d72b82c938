import { closeServer } from '../close-server.js';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type FaultKind, type FaultRoute, Faults } from './faults.js';
import { createRequestHandler, type LoggedRequest } from './http-routes.js';
import { JobStore } from './jobs.js';
import { OAuthServer, type ServiceAccountKey, type ServiceAccountOptions } from './oauth.js';
import { type FieldSpec, parseTableRef, type PlainRow, type TableOptions, type TableRef, TableStore } from './tables.js';

export interface FakeBigQueryOptions {
  /** The project new service accounts live in. Default `fake-project`. */
  projectId?: string;
  /** Where tables are (and jobs run) unless told otherwise. Default `US`. */
  location?: string;
  /** Rows per page at most; a request's smaller maxResults wins. Default 1000. */
  pageRows?: number;
  /** Calls of each job (jobs.query included) answered `jobComplete: false` before its rows. Default 0. */
  incompletePolls?: number;
  /** Every reply is held this long. Default 0. */
  delayMs?: number;
  /** `expires_in` of the tokens `/token` gives; they stop working after it. Default 3599. */
  tokenLifetimeSeconds?: number;
  /** Milliseconds since the epoch, for token expiry, the JWT's iat/exp check and table times. Default `Date.now`. */
  clock?: () => number;
  /** The port on 127.0.0.1; default 0 (a free one). */
  port?: number;
}

/** A query the fake was sent, its parameters read back to `{type, value}` as they came. */
export interface SentQuery {
  sql: string;
  parameters: Record<string, { type: string; value: unknown }>;
}

export interface FakeBigQuery {
  /** `http://127.0.0.1:PORT`: the client's `apiEndpoint`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT/token`: every key's `token_uri`, and the `aud` its assertions must carry. */
  readonly tokenUrl: string;
  /** Every request in arrival order (token, API and unknown routes). */
  readonly requests: readonly LoggedRequest[];
  /** Rows sent in query and getQueryResults answers so far. */
  readonly rowsServed: number;
  close(): Promise<void>;

  /** A fresh RSA 2048 key for the account `name` (a new account unless the name is taken: then a rotated-in key). */
  serviceAccount(name?: string, options?: ServiceAccountOptions): ServiceAccountKey;
  /** Revokes the account's keys (or only `privateKeyId`): exchanges with them fail, and their tokens get 401. */
  revokeKey(clientEmail: string, privateKeyId?: string): void;
  /** From now on the account gets 403 accessDenied on jobs in, and tables of, this project. */
  denyProject(clientEmail: string, projectId: string): void;
  allowProject(clientEmail: string, projectId: string): void;

  createTable(projectId: string, datasetId: string, tableId: string, fields: FieldSpec[], rows?: PlainRow[], options?: TableOptions): void;
  /** Replaces the rows whose key (this one, else the table's) matches; appends the rest. */
  upsertRows(table: TableRef | string, rows: PlainRow[], key?: string[]): void;
  /** Removes the rows the predicate picks; how many. */
  deleteRows(table: TableRef | string, predicate: (row: PlainRow) => boolean): number;
  /** The rows as stored: text for STRING/NUMERIC/BIGNUMERIC/INT64/DATE, `YYYY-MM-DDTHH:MM:SS.ffffffZ` for TIMESTAMP. */
  rows(table: TableRef | string): PlainRow[];

  /**
   * The next `count` requests to `route` (default: any BigQuery route, never the token
   * endpoint) fail with `kind`: backendError 500 (or `status` 503), rateLimitExceeded 403,
   * jobRateLimitExceeded 400, accessDenied 403, invalidQuery 400.
   */
  failNext(kind: FaultKind, count?: number, route?: FaultRoute, status?: 500 | 503): void;
  /** The next `count` requests to `route` (default: any BigQuery route) are held `ms` first. */
  delayNext(ms: number, count?: number, route?: FaultRoute): void;
  /** Jobs made from now on answer `jobComplete: false` this many times first. */
  setIncompletePolls(count: number): void;
  /** The SQL and parameters of every jobs.query request, in order. */
  sentQueries(): SentQuery[];
  /** Forgets the request log and the served-row count. */
  resetRequests(): void;
}

/** Starts a fake BigQuery (REST v2 jobs.query, getQueryResults, tables.get) and OAuth token endpoint on 127.0.0.1. */
export async function startFakeBigQuery(options: FakeBigQueryOptions = {}): Promise<FakeBigQuery> {
  const clock = options.clock ?? Date.now;
  const location = options.location ?? 'US';
  let baseUrl = '';
  const log: LoggedRequest[] = [];
  const stats = { rowsServed: 0 };
  const tables = new TableStore(location, clock);
  const faults = new Faults(options.delayMs ?? 0);
  const oauth = new OAuthServer(() => `${baseUrl}/token`, options.projectId ?? 'fake-project', clock, options.tokenLifetimeSeconds ?? 3599);
  const deps = {
    oauth,
    tables,
    jobs: new JobStore(),
    faults,
    pageRows: options.pageRows ?? 1000,
    incompletePolls: options.incompletePolls ?? 0,
    location,
    baseUrl: () => baseUrl,
    stats,
    log,
  };
  const handle = createRequestHandler(deps);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end(`fake BigQuery failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    tokenUrl: `${baseUrl}/token`,
    get requests() {
      return log;
    },
    get rowsServed() {
      return stats.rowsServed;
    },
    close: () => closeServer(server),
    serviceAccount: (name, accountOptions) => oauth.createKey(name, accountOptions),
    revokeKey: (clientEmail, privateKeyId) => {
      oauth.revokeKey(clientEmail, privateKeyId);
    },
    denyProject: (clientEmail, projectId) => {
      oauth.account(clientEmail).deniedProjects.add(projectId);
    },
    allowProject: (clientEmail, projectId) => {
      oauth.account(clientEmail).deniedProjects.delete(projectId);
    },
    createTable: (projectId, datasetId, tableId, fields, rows = [], tableOptions) => {
      tables.create({ projectId, datasetId, tableId }, fields, rows, tableOptions);
    },
    upsertRows: (table, rows, key) => {
      tables.upsert(parseTableRef(table), rows, key);
    },
    deleteRows: (table, predicate) => tables.delete(parseTableRef(table), predicate),
    rows: (table) => tables.rows(parseTableRef(table)),
    failNext: (kind, count = 1, route, status) => {
      faults.failNext(kind, count, route, status);
    },
    delayNext: (ms, count = 1, route) => {
      faults.delayNext(ms, count, route);
    },
    setIncompletePolls: (count) => {
      deps.incompletePolls = count;
    },
    sentQueries: () => log.filter((entry) => entry.route === 'query').map((entry) => sentQuery(entry.body)),
    resetRequests: () => {
      log.length = 0;
      stats.rowsServed = 0;
    },
  };
}

function sentQuery(body: unknown): SentQuery {
  const request = (body ?? {}) as { query?: unknown; queryParameters?: unknown };
  const parameters: SentQuery['parameters'] = {};
  if (Array.isArray(request.queryParameters))
    for (const item of request.queryParameters as { name?: unknown; parameterType?: { type?: unknown }; parameterValue?: { value?: unknown } }[])
      if (typeof item.name === 'string') parameters[item.name] = { type: String(item.parameterType?.type), value: item.parameterValue?.value ?? null };
  return { sql: typeof request.query === 'string' ? request.query : '', parameters };
}
