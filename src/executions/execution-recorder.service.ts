import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Capability } from '../sync-contract/capability.js';
import type { SyncCursor } from '../sync-contract/source-page.js';
import { prepared, runPrepared, runPreparedIn } from '../database/prepared-statement.js';
import { MAX_REFUSED, type RefusedRecord, type SinkResult, type UnmappedCount } from '../tether/sinks/sink.js';
import type { ExecutionStatus } from './entities/sync-execution.entity.js';
import type { SyncError } from './sync-error.js';

/** The unmapped ids an execution keeps, most frequent first. */
const MAX_UNMAPPED = 500;

/** Marks the execution running, and reads where its capability's last sync left off. */
const START = prepared(
  'sync.execution.start',
  `WITH started AS (
     UPDATE sync_executions SET status = 'running', started_at = now() WHERE id = $1
   )
   SELECT cursor FROM sync_states WHERE integration_id = $2 AND capability = $3`,
);

/**
 * After a page's records, in the page's transaction: holds the session (FOR SHARE, so the
 * reaper cannot fail it while the page commits) and writes only if it is still this
 * worker's; saves the cursor after the page (not in a dry run); adds the page's counts.
 * Returns no row when the session was taken away: the caller rolls the page back.
 */
const PAGE = prepared(
  'sync.execution.page',
  `WITH held AS (
     SELECT id FROM sync_sessions WHERE id = $1 AND status = 'running' AND worker_id = $2 FOR SHARE
   ), state AS (
     INSERT INTO sync_states (integration_id, capability, organization_id, cursor, session_id, updated_at)
     SELECT $4::uuid, $5::text, $6::text, $7::jsonb, $1::uuid, now() FROM held WHERE NOT $8::boolean
     ON CONFLICT (integration_id, capability) DO UPDATE SET cursor = EXCLUDED.cursor, session_id = EXCLUDED.session_id, updated_at = now()
   ), counted AS (
     UPDATE sync_executions SET records_fetched = records_fetched + $9, created = created + $10, updated = updated + $11,
       unchanged = unchanged + $12, skipped = skipped + $13, failed = failed + $14, unmapped = $15::jsonb, attempts = $16,
       notes = ARRAY(SELECT DISTINCT unnest(notes || $17::text[])), refused = $18::jsonb,
       pages = pages + 1, expected_total = COALESCE($19::bigint, expected_total)
     WHERE id = $3 AND EXISTS (SELECT 1 FROM held)
   )
   SELECT id FROM held`,
);

const FINISH = prepared(
  'sync.execution.finish',
  `UPDATE sync_executions SET status = $2, finished_at = CASE WHEN started_at IS NULL THEN NULL ELSE now() END, error = $3::jsonb, attempts = $4
   WHERE id = $1`,
);

const CLOSE = prepared(
  'sync.execution.close',
  `WITH skipped AS (
     UPDATE sync_executions SET status = 'skipped' WHERE session_id = $1 AND status = 'queued' RETURNING id
   )
   SELECT CASE WHEN id IN (SELECT id FROM skipped) THEN 'skipped' ELSE status END AS status
   FROM sync_executions WHERE session_id = $1`,
);

export interface PageWrite {
  sessionId: string;
  workerId: string;
  executionId: string;
  organizationId: string;
  integrationId: string;
  capability: Capability;
  /** The cursor after the page; not saved in a dry run. */
  cursor: SyncCursor | null;
  dryRun: boolean;
  fetched: number;
  result: SinkResult;
  /** The execution's unmapped ids so far, this page's included. */
  unmapped: readonly UnmappedCount[];
  /** The execution's first refused records so far, this page's included. */
  refused: readonly RefusedRecord[];
  /** Reads of the source so far (kept in memory, written with each page and at the end). */
  attempts: number;
  /** The connector's notes with this page (added to the execution's, once each). */
  notes: readonly string[];
  /** Records the whole read will have, if the page says (a page that does not keeps the last one said). */
  expectedTotal: number | null;
}

/** Writes an execution's progress: start, each page (in the page's transaction), end. */
@Injectable()
export class ExecutionRecorder {
  constructor(private readonly dataSource: DataSource) {}

  /** Marks it running; returns the cursor its read resumes from (null: from the beginning). */
  async start(executionId: string, integrationId: string, capability: Capability): Promise<SyncCursor | null> {
    const rows = await runPrepared<{ cursor: SyncCursor | null }>(this.dataSource, START, [executionId, integrationId, capability]);
    return rows[0]?.cursor ?? null;
  }

  /** False if the session is no longer this worker's: nothing is written, and the page must roll back. */
  async page(manager: EntityManager, write: PageWrite): Promise<boolean> {
    const { result } = write;
    const rows = await runPreparedIn(manager, PAGE, [
      write.sessionId,
      write.workerId,
      write.executionId,
      write.integrationId,
      write.capability,
      write.organizationId,
      JSON.stringify(write.cursor),
      write.dryRun,
      write.fetched,
      result.created,
      result.updated,
      result.unchanged,
      // Sinks count invalid records among the skipped; here they are the failed ones.
      result.skipped - result.invalid,
      result.invalid,
      JSON.stringify(write.unmapped.slice(0, MAX_UNMAPPED)),
      write.attempts,
      write.notes,
      JSON.stringify(write.refused.slice(0, MAX_REFUSED)),
      write.expectedTotal,
    ]);
    return rows.length > 0;
  }

  async finish(executionId: string, status: Exclude<ExecutionStatus, 'queued' | 'running'>, attempts: number, error: SyncError | null = null): Promise<void> {
    await runPrepared(this.dataSource, FINISH, [executionId, status, error === null ? null : JSON.stringify(error), attempts]);
  }

  /** Marks what the session did not get to as skipped; returns every execution's final status. */
  async close(sessionId: string): Promise<ExecutionStatus[]> {
    const rows = await runPrepared<{ status: ExecutionStatus }>(this.dataSource, CLOSE, [sessionId]);
    return rows.map((row) => row.status);
  }
}
