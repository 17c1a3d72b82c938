import { byteSize, type TimestampFormat } from './encoding.js';
import { invalid, invalidQuery, jobsCreateDenied, jobsGetDenied, notFound, tableGetDenied, tableQueryDenied } from './errors.js';
import { type Faults } from './faults.js';
import { answer, type JobStore } from './jobs.js';
import { type Account } from './oauth.js';
import { readParameters } from './parameters.js';
import { runQuery } from './sql-eval.js';
import { restField, type Table, type TableRef, tableName, type TableStore } from './tables.js';

export interface ApiDeps {
  tables: TableStore;
  jobs: JobStore;
  faults: Faults;
  pageRows: number;
  incompletePolls: number;
  location: string;
  baseUrl: () => string;
  stats: { rowsServed: number };
}

export interface Reply {
  status: number;
  body: unknown;
}

const denies = (account: Account, projectId: string): boolean => account.deniedProjects.has(projectId);

const sameLocation = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `formatOptions` of jobs.query (a JSON object) or getQueryResults (`formatOptions.*` query parameters). */
function timestampFormat(useInt64: unknown, outputFormat: unknown): TimestampFormat {
  if (outputFormat === 'INT64' || outputFormat === 'FLOAT64' || outputFormat === 'ISO8601_STRING') return outputFormat;
  return useInt64 === true || useInt64 === 'true' ? 'INT64' : 'FLOAT64';
}

function optionalCount(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < 0) throw invalid(`Invalid value for ${name}: ${JSON.stringify(value)}`);
  return number;
}

/** The table a query names, with the answers BigQuery gives for a table one may not read or that is not there. */
function resolveTable(deps: ApiDeps, account: Account, ref: TableRef, location: string | undefined): Table {
  const name = tableName(ref);
  if (denies(account, ref.projectId)) throw tableQueryDenied(name);
  const table = deps.tables.get(ref);
  const where = location ?? table?.location ?? deps.location;
  if (table === undefined && !deps.tables.hasDataset(ref.projectId, ref.datasetId)) throw notFound(`Not found: Dataset ${ref.projectId}:${ref.datasetId} was not found in location ${where}`);
  if (table === undefined || !sameLocation(table.location, where)) throw notFound(`Not found: Table ${name} was not found in location ${where}`);
  return table;
}

/** POST /bigquery/v2/projects/{projectId}/queries (jobs.query). */
export function postQuery(deps: ApiDeps, account: Account, projectId: string, body: unknown): Reply {
  const fault = deps.faults.take('query', { projectId });
  if (fault !== null) throw fault;
  if (denies(account, projectId)) throw jobsCreateDenied(projectId);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('Invalid JSON payload received: expected a QueryRequest object');
  const request = body as Record<string, unknown>;
  const requestId = typeof request.requestId === 'string' ? request.requestId : undefined;
  const formatOptions = (request.formatOptions ?? {}) as Record<string, unknown>;
  const timestamps = timestampFormat(formatOptions.useInt64Timestamp, formatOptions.timestampOutputFormat);
  const maxResults = optionalCount(request.maxResults, 'maxResults');
  let job = deps.jobs.forRequest(projectId, requestId);
  if (job === undefined) {
    if (typeof request.query !== 'string' || request.query.trim() === '') throw invalid('Required parameter is missing: query');
    // jobs.query defaults to legacy SQL, which the fake does not speak (the Node client always sends false).
    if (request.useLegacySql !== false) throw invalidQuery('The fake BigQuery runs GoogleSQL only: send useLegacySql: false');
    const location = typeof request.location === 'string' && request.location !== '' ? request.location : undefined;
    const result = runQuery(request.query, {
      projectId,
      parameters: readParameters(request.queryParameters, request.parameterMode),
      resolveTable: (ref) => resolveTable(deps, account, ref, location),
    });
    job = deps.jobs.create({ projectId, location: location ?? result.table.location, result, incompleteLeft: deps.incompletePolls, owner: account.email }, requestId);
  }
  const page = answer(job, 'query', { ...(maxResults === undefined ? {} : { maxResults }) }, deps.pageRows, timestamps);
  deps.stats.rowsServed += page.rowsServed;
  return { status: 200, body: page.body };
}

/** GET /bigquery/v2/projects/{projectId}/queries/{jobId} (jobs.getQueryResults). */
export function getQueryResults(deps: ApiDeps, account: Account, projectId: string, jobId: string, query: URLSearchParams): Reply {
  const location = query.get('location') ?? undefined;
  const jobName = `${projectId}:${location ?? deps.location}.${jobId}`;
  const fault = deps.faults.take('getQueryResults', { projectId, jobName });
  if (fault !== null) throw fault;
  if (denies(account, projectId)) throw jobsGetDenied(projectId, jobName);
  const job = deps.jobs.get(projectId, jobId);
  if (job === undefined || (location !== undefined && !sameLocation(job.location, location))) throw notFound(`Not found: Job ${jobName}`);
  const startIndex = optionalCount(query.get('startIndex') ?? undefined, 'startIndex');
  const maxResults = optionalCount(query.get('maxResults') ?? undefined, 'maxResults');
  const pageToken = query.get('pageToken') ?? undefined;
  const timestamps = timestampFormat(query.get('formatOptions.useInt64Timestamp'), query.get('formatOptions.timestampOutputFormat'));
  const page = answer(
    job,
    'getQueryResults',
    { ...(pageToken === undefined ? {} : { pageToken }), ...(startIndex === undefined ? {} : { startIndex }), ...(maxResults === undefined ? {} : { maxResults }) },
    deps.pageRows,
    timestamps,
  );
  deps.stats.rowsServed += page.rowsServed;
  return { status: 200, body: page.body };
}

/** GET /bigquery/v2/projects/{p}/datasets/{d}/tables/{t} (tables.get): the Table resource. */
export function getTable(deps: ApiDeps, account: Account, ref: TableRef): Reply {
  const name = tableName(ref);
  const fault = deps.faults.take('tables', { projectId: ref.projectId, tableName: name });
  if (fault !== null) throw fault;
  if (denies(account, ref.projectId)) throw tableGetDenied(name);
  const table = deps.tables.get(ref);
  if (table === undefined) throw notFound(deps.tables.hasDataset(ref.projectId, ref.datasetId) ? `Not found: Table ${name}` : `Not found: Dataset ${ref.projectId}:${ref.datasetId}`);
  const view = table.type === 'VIEW';
  const bytes = view ? 0 : table.rows.reduce((sum, row) => sum + Object.values(row).reduce((size, value) => size + byteSize(value), 0), 0);
  const path = ['projects', ref.projectId, 'datasets', ref.datasetId, 'tables', ref.tableId].map(encodeURIComponent).join('/');
  return {
    status: 200,
    body: {
      kind: 'bigquery#table',
      etag: Buffer.from(`${name}@${table.modifiedAt}`).toString('base64').slice(0, 24),
      id: name,
      selfLink: `${deps.baseUrl()}/bigquery/v2/${path}`,
      tableReference: { projectId: ref.projectId, datasetId: ref.datasetId, tableId: ref.tableId },
      schema: { fields: table.fields.map(restField) },
      ...(view ? { view: { query: table.viewQuery ?? '', useLegacySql: false } } : {}),
      numBytes: String(bytes),
      numLongTermBytes: '0',
      numRows: String(view ? 0 : table.rows.length),
      creationTime: String(table.createdAt),
      lastModifiedTime: String(table.modifiedAt),
      type: table.type,
      location: table.location,
    },
  };
}
