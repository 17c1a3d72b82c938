import { randomBytes } from 'node:crypto';
import { encodeCell, type TimestampFormat } from './encoding.js';
import { invalid } from './errors.js';
import { type QueryResult } from './sql-eval.js';
import { restField } from './tables.js';

/** A query job: its result is computed when it is made, so later table changes never reach its pages. */
export interface Job {
  projectId: string;
  jobId: string;
  location: string;
  result: QueryResult;
  /** Calls (jobs.query included) still to be answered `jobComplete: false`. */
  incompleteLeft: number;
  /** The service account that made it. */
  owner: string;
}

export interface PageRequest {
  /** A pageToken this job gave out, or undefined for the first page. */
  pageToken?: string;
  /** startIndex wins over pageToken, as a zero-based row index. */
  startIndex?: number;
  maxResults?: number;
}

/** Opaque to the client, as BigQuery's are; it names the job so another job's token is refused. */
const encodeToken = (jobId: string, offset: number): string => Buffer.from(JSON.stringify([jobId, offset])).toString('base64url');

function decodeToken(jobId: string, token: string): number {
  try {
    const [owner, offset] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as [unknown, unknown];
    if (owner === jobId && typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the refusal
  }
  throw invalid(`Invalid page token: ${token}`);
}

/** BigQuery's job ids for jobs.query look like `job_` and 28 url-safe characters. */
const newJobId = (): string => `job_${randomBytes(21).toString('base64url')}`;

export class JobStore {
  private readonly jobs = new Map<string, Job>();
  /** jobs.query is idempotent on requestId: a retried request finds the job its first try made. */
  private readonly byRequest = new Map<string, Job>();

  create(fields: Omit<Job, 'jobId'>, requestId: string | undefined): Job {
    const job: Job = { ...fields, jobId: newJobId() };
    this.jobs.set(`${job.projectId}/${job.jobId}`, job);
    if (requestId !== undefined) this.byRequest.set(`${job.projectId}/${requestId}`, job);
    return job;
  }

  forRequest(projectId: string, requestId: string | undefined): Job | undefined {
    return requestId === undefined ? undefined : this.byRequest.get(`${projectId}/${requestId}`);
  }

  get(projectId: string, jobId: string): Job | undefined {
    return this.jobs.get(`${projectId}/${jobId}`);
  }
}

export interface Page {
  body: Record<string, unknown>;
  rowsServed: number;
}

/**
 * One answer of jobs.query (`bigquery#queryResponse`) or jobs.getQueryResults
 * (`bigquery#getQueryResultsResponse`): no schema and no rows while the job is not complete.
 */
export function answer(job: Job, kind: 'query' | 'getQueryResults', request: PageRequest, pageRows: number, timestamps: TimestampFormat): Page {
  const head: Record<string, unknown> = {
    kind: kind === 'query' ? 'bigquery#queryResponse' : 'bigquery#getQueryResultsResponse',
    ...(kind === 'getQueryResults' ? { etag: randomBytes(16).toString('base64') } : {}),
    jobReference: { projectId: job.projectId, jobId: job.jobId, location: job.location },
  };
  if (job.incompleteLeft > 0) {
    job.incompleteLeft--;
    return { body: { ...head, jobComplete: false }, rowsServed: 0 };
  }
  const { result } = job;
  const offset = request.startIndex ?? (request.pageToken === undefined ? 0 : decodeToken(job.jobId, request.pageToken));
  const size = Math.max(0, Math.min(request.maxResults ?? Number.POSITIVE_INFINITY, pageRows));
  const slice = result.rows.slice(offset, offset + size);
  const end = offset + slice.length;
  const body: Record<string, unknown> = {
    ...head,
    schema: { fields: result.fields.map(restField) },
    totalRows: String(result.rows.length),
    ...(end < result.rows.length ? { pageToken: encodeToken(job.jobId, end) } : {}),
    ...(slice.length > 0 ? { rows: slice.map((row) => ({ f: row.map((value) => ({ v: encodeCell(value, timestamps) })) })) } : {}),
    totalBytesProcessed: String(result.bytesProcessed),
    jobComplete: true,
    cacheHit: false,
  };
  return { body, rowsServed: slice.length };
}
