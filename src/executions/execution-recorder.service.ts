import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Capability } from '../connectors/capability.js';
import type { SinkResult, UnmappedCount } from '../tether/sinks/sink.js';
import type { ExecutionStatus } from './entities/sync-execution.entity.js';
import type { SyncError } from './sync-error.js';

/** The unmapped ids an execution keeps, most frequent first. */
const MAX_UNMAPPED = 500;

export interface PendingExecution {
  id: string;
  capability: Capability;
}

/** Writes an execution's progress: start, each page's counts (in the page's transaction), end. */
@Injectable()
export class ExecutionRecorder {
  constructor(private readonly dataSource: DataSource) {}

  async pending(sessionId: string): Promise<PendingExecution[]> {
    return this.dataSource.query<PendingExecution[]>(
      `SELECT id, capability FROM sync_executions WHERE session_id = $1 AND status = 'queued' ORDER BY position`,
      [sessionId],
    );
  }

  async start(executionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sync_executions SET status = 'running', started_at = now() WHERE id = $1`, [executionId]);
  }

  async attempt(executionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sync_executions SET attempts = attempts + 1 WHERE id = $1`, [executionId]);
  }

  /** Adds a page's counts; `unmapped` is the execution's running total so far. */
  async page(manager: EntityManager, executionId: string, fetched: number, result: SinkResult, unmapped: readonly UnmappedCount[]): Promise<void> {
    await manager.query(
      `UPDATE sync_executions SET records_fetched = records_fetched + $2, created = created + $3, updated = updated + $4,
         unchanged = unchanged + $5, skipped = skipped + $6, failed = failed + $7, unmapped = $8::jsonb
       WHERE id = $1`,
      [
        executionId,
        fetched,
        result.created,
        result.updated,
        result.unchanged,
        // Sinks count invalid records among the skipped; here they are the failed ones.
        result.skipped - result.invalid,
        result.invalid,
        JSON.stringify(unmapped.slice(0, MAX_UNMAPPED)),
      ],
    );
  }

  async finish(executionId: string, status: Exclude<ExecutionStatus, 'queued' | 'running'>, error: SyncError | null = null): Promise<void> {
    await this.dataSource.query(
      `UPDATE sync_executions SET status = $2, finished_at = CASE WHEN started_at IS NULL THEN NULL ELSE now() END, error = $3::jsonb
       WHERE id = $1`,
      [executionId, status, error === null ? null : JSON.stringify(error)],
    );
  }

  /** Marks what a stopped session did not get to as skipped. */
  async skipRemaining(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sync_executions SET status = 'skipped' WHERE session_id = $1 AND status = 'queued'`, [sessionId]);
  }

  /** The session's outcome from its executions. */
  async statuses(sessionId: string): Promise<ExecutionStatus[]> {
    const rows = await this.dataSource.query<{ status: ExecutionStatus }[]>(`SELECT status FROM sync_executions WHERE session_id = $1`, [sessionId]);
    return rows.map((row) => row.status);
  }
}
