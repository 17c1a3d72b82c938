import type { ErrorKind } from '../sync-contract/connector-error.js';
import type { SessionStatus, SessionTrigger } from './entities/sync-session.entity.js';
import type { SyncError } from './sync-error.js';
import type { SessionFinishedEvent, SessionRef } from './sync-events.js';

/** A session row as the status-changing statements return it (SESSION_COLUMNS). */
export interface SessionRow {
  id: string;
  organization_id: string;
  integration_id: string;
  trigger: SessionTrigger;
  correlation_id: string | null;
  scheduled_for: Date | null;
  dry_run: boolean;
  status: SessionStatus;
  started_at: Date | null;
  finished_at: Date | null;
  error: SyncError | null;
  service: string;
  /** Only where the statement returns ERROR_KINDS. */
  error_kinds?: ErrorKind[];
}

/** The sessions whose worker stopped (stale heartbeat), as the reaper left them. */
export const ABANDONED: SyncError = { message: 'abandoned: worker stopped', kind: 'transient', retryable: true };

/** What every status-changing statement returns of the sessions it changed (for the sync events). */
export const SESSION_COLUMNS = (alias: string): string => `${alias}.id, ${alias}.organization_id, ${alias}.integration_id, ${alias}.trigger, ${alias}.correlation_id, ${alias}.scheduled_for,
  ${alias}.dry_run, ${alias}.status, ${alias}.started_at, ${alias}.finished_at, ${alias}.error,
  (SELECT i.external_service FROM integrations i WHERE i.id = ${alias}.integration_id) AS service`;

/** The kinds of a finished session's execution errors, for the sessionFinished event. */
export const ERROR_KINDS = (alias: string): string => `coalesce((SELECT array_agg(DISTINCT e.error->>'kind') FROM sync_executions e
  WHERE e.session_id = ${alias}.id AND e.error IS NOT NULL), '{}') AS error_kinds`;

export function sessionRef(row: SessionRow): SessionRef {
  return {
    sessionId: row.id,
    organizationId: row.organization_id,
    integrationId: row.integration_id,
    service: row.service,
    trigger: row.trigger,
    correlationId: row.correlation_id,
    scheduledFor: row.scheduled_for,
    dryRun: row.dry_run,
  };
}

/** The sessionFinished event of a row that has ended. */
export function finishedEventOf(row: SessionRow, status: SessionFinishedEvent['status'], finishedAt: Date, reaped: boolean): SessionFinishedEvent {
  return {
    ...sessionRef(row),
    status,
    error: row.error,
    startedAt: row.started_at,
    finishedAt,
    reaped,
    errorKinds: row.error_kinds ?? (row.error === null ? [] : [row.error.kind]),
  };
}
