import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import type { Capability } from '../sync-contract/capability.js';
import { PgNotifications } from '../database/pg-notifications.service.js';
import { retryOnConflict } from '../database/retry-on-conflict.js';
import { type PreparedStatement, prepared, runPrepared, runPreparedIn } from '../database/prepared-statement.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import { inRunOrder } from './capability-order.js';
import type { SessionStatus, SessionTrigger } from './entities/sync-session.entity.js';
import type { SyncError } from './sync-error.js';
import { ABANDONED, ERROR_KINDS, finishedEventOf, SESSION_COLUMNS, type SessionRow, sessionRef } from './session-rows.js';
import { SYNC_EVENTS } from './sync-events.js';

export const SESSION_QUEUED_CHANNEL = 'tether_sync_queued';

export interface NewSession {
  organizationId: string;
  integrationId: string;
  trigger: SessionTrigger;
  triggeredBy: string | null;
  /** The triggering request's id; null for the schedule. */
  correlationId: string | null;
  scheduledFor: Date | null;
  dryRun: boolean;
  capabilities: readonly Capability[];
}

export interface PendingExecution {
  id: string;
  capability: Capability;
}

/** A session a worker has claimed, with its executions in run order. */
export interface ClaimedSession {
  id: string;
  organizationId: string;
  integrationId: string;
  dryRun: boolean;
  trigger: SessionTrigger;
  correlationId: string | null;
  scheduledFor: Date | null;
  startedAt: Date;
  service: string;
  executions: PendingExecution[];
}

// Prepared statements (see prepared-statement.ts): every session runs several of them.
const ENQUEUE = prepared(
  'sync.enqueue',
  `WITH s AS (
     INSERT INTO sync_sessions (organization_id, integration_id, trigger, triggered_by, scheduled_for, dry_run, capabilities, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8)
     ON CONFLICT DO NOTHING
     RETURNING id
   ), e AS (
     INSERT INTO sync_executions (session_id, organization_id, integration_id, capability, position, dry_run)
     SELECT s.id, $1, $2, c.capability, c.position, $6 FROM s CROSS JOIN unnest($7::text[]) WITH ORDINALITY AS c(capability, position)
   )
   SELECT id FROM s`,
);

const CLAIM = prepared(
  'sync.claim',
  `WITH claimed AS (
     UPDATE sync_sessions SET status = 'running', worker_id = $1, started_at = now(), heartbeat_at = now()
     WHERE id = (SELECT id FROM sync_sessions WHERE status = 'queued' ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
     RETURNING ${SESSION_COLUMNS('sync_sessions')}
   )
   SELECT c.*, coalesce(
     (SELECT json_agg(json_build_object('id', e.id, 'capability', e.capability) ORDER BY e.position)
      FROM sync_executions e WHERE e.session_id = c.id AND e.status = 'queued'),
     '[]') AS executions
   FROM claimed c`,
);

const HEARTBEAT = prepared(
  'sync.heartbeat',
  `UPDATE sync_sessions SET heartbeat_at = now()
   WHERE id = ANY ($1::uuid[]) AND status = 'running' AND worker_id = $2
   RETURNING id, cancel_requested`,
);

const FINISH = prepared(
  'sync.finish',
  `UPDATE sync_sessions SET status = $3, finished_at = now(), error = $4::jsonb
   WHERE id = $1 AND status = 'running' AND worker_id = $2
   RETURNING ${SESSION_COLUMNS('sync_sessions')}, ${ERROR_KINDS('sync_sessions')}`,
);

const REAP = prepared(
  'sync.reap',
  `WITH reaped AS (
     UPDATE sync_sessions SET status = 'failed', finished_at = now(), error = $2::jsonb
     WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1::double precision / 1000)
     RETURNING ${SESSION_COLUMNS('sync_sessions')}
   ), executions AS (
     UPDATE sync_executions e SET
       status = CASE WHEN e.status = 'running' THEN 'failed' ELSE 'skipped' END,
       finished_at = CASE WHEN e.status = 'running' THEN now() END,
       error = CASE WHEN e.status = 'running' THEN $2::jsonb END
     FROM reaped WHERE e.session_id = reaped.id AND e.status IN ('queued', 'running')
   )
   SELECT * FROM reaped`,
);

const CANCEL = prepared(
  'sync.cancel',
  `WITH target AS (
     SELECT id, status FROM sync_sessions
     WHERE id = $1 AND organization_id = $2 AND status IN ('queued', 'running') FOR UPDATE
   ), updated AS (
     UPDATE sync_sessions s SET cancel_requested = true,
       status = CASE WHEN t.status = 'queued' THEN 'cancelled' ELSE s.status END,
       finished_at = CASE WHEN t.status = 'queued' THEN now() ELSE s.finished_at END
     FROM target t WHERE s.id = t.id
     RETURNING ${SESSION_COLUMNS('s')}, t.status AS before
   ), skipped AS (
     UPDATE sync_executions e SET status = 'skipped'
     FROM updated u WHERE e.session_id = u.id AND u.before = 'queued'
   )
   SELECT * FROM updated`,
);

/**
 * The session queue in PostgreSQL: enqueue (unique indexes make a tick or an active
 * session impossible to double), claim with SKIP LOCKED, heartbeat, reap, finish.
 */
@Injectable()
export class SessionQueue {
  private readonly logger = new Logger(SessionQueue.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: PgNotifications,
    private readonly integrations: IntegrationsService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Queues a session with an execution per capability (in run order). Returns its id,
   * or null when the unique indexes refuse it: the tick is already claimed, or the
   * integration has an active session.
   */
  async enqueue(session: NewSession): Promise<string | null> {
    const rows = await runPrepared<{ id: string }>(this.dataSource, ENQUEUE, [
      session.organizationId,
      session.integrationId,
      session.trigger,
      session.triggeredBy,
      session.scheduledFor,
      session.dryRun,
      inRunOrder(session.capabilities),
      session.correlationId,
    ]);
    const id = rows[0]?.id ?? null;
    if (id !== null) {
      // The dashboard's last sync follows once a worker claims it (moments later).
      await this.notifications.notify(SESSION_QUEUED_CHANNEL, id).catch((error: unknown) => {
        this.logger.warn(`could not wake the workers: ${(error as Error).message}`);
      });
    }
    return id;
  }

  async activeSessionId(integrationId: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM sync_sessions WHERE integration_id = $1 AND status IN ('queued', 'running')`,
      [integrationId],
    );
    return rows[0]?.id ?? null;
  }

  /** The latest tick a session was claimed for, if any. */
  async lastScheduledFor(integrationId: string): Promise<Date | null> {
    const rows = await this.dataSource.query<{ at: Date | null }[]>(
      `SELECT max(scheduled_for) AS at FROM sync_sessions WHERE integration_id = $1`,
      [integrationId],
    );
    return rows[0]?.at ?? null;
  }

  /** Sessions waiting for a worker, on every replica, and how long the oldest has waited (the metrics' queue gauges). */
  async queued(): Promise<{ depth: number; oldestAgeSeconds: number }> {
    const rows = await this.dataSource.query<{ depth: number; age: number | null }[]>(
      `SELECT count(*)::int AS depth, extract(epoch FROM now() - min(created_at))::float8 AS age FROM sync_sessions WHERE status = 'queued'`,
    );
    return { depth: rows[0]?.depth ?? 0, oldestAgeSeconds: Math.max(0, rows[0]?.age ?? 0) };
  }

  /** The oldest queued session, now running on this worker; null if none is free. */
  async claim(workerId: string): Promise<ClaimedSession | null> {
    const rows = await this.changeStatus<SessionRow & { executions: PendingExecution[] }>(CLAIM, [workerId], { claimed: true });
    const row = rows[0];
    if (row === undefined) return null;
    return { ...sessionRef(row), id: row.id, startedAt: row.started_at ?? new Date(), executions: row.executions };
  }

  /**
   * Marks the worker's sessions alive. Returns, per session still running on it,
   * whether a cancel was requested; a session missing from the answer was taken away.
   */
  async heartbeat(workerId: string, sessionIds: readonly string[]): Promise<Map<string, boolean>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await runPrepared<{ id: string; cancel_requested: boolean }>(this.dataSource, HEARTBEAT, [sessionIds, workerId]);
    return new Map(rows.map((row) => [row.id, row.cancel_requested]));
  }

  /** Fails running sessions whose heartbeat is older than `staleAfterMs`, freeing their integrations. */
  async reap(staleAfterMs: number): Promise<string[]> {
    const rows = await this.changeStatus<SessionRow>(REAP, [staleAfterMs, JSON.stringify(ABANDONED)], { reaped: true });
    for (const row of rows) this.logger.warn(`session ${row.id} abandoned (no heartbeat for ${staleAfterMs} ms): failed`);
    return rows.map((row) => row.id);
  }

  /** Ends a session this worker ran; its executions are already final. */
  async finish(session: ClaimedSession, workerId: string, status: SessionStatus, error: SyncError | null): Promise<void> {
    await this.changeStatus<SessionRow>(FINISH, [session.id, workerId, status, error === null ? null : JSON.stringify(error)]);
  }

  /**
   * Asks a session to stop: a queued one is cancelled at once (its executions skipped), a
   * running one between pages. Returns its status before, or null if it is not active.
   */
  async requestCancel(organizationId: string, sessionId: string): Promise<SessionStatus | null> {
    // A queued session ends at once; a running one is only asked to stop (its status stays).
    const rows = await this.changeStatus<SessionRow & { before: SessionStatus }>(CANCEL, [sessionId, organizationId]);
    return rows[0]?.before ?? null;
  }

  /**
   * Runs a statement that changes sessions' status and records each session that started or
   * ended as its integration's last sync, in one transaction: the dashboard never shows a
   * session as running once it has ended. Then tells the listeners of each that ended.
   */
  private async changeStatus<R extends SessionRow>(statement: PreparedStatement, values: unknown[], how: { claimed?: boolean; reaped?: boolean } = {}): Promise<R[]> {
    const rows = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const changed = await runPreparedIn<R>(manager, statement, values);
        for (const row of changed) {
          // A running session asked to cancel has neither started nor ended now.
          const at = how.claimed === true ? row.started_at : row.finished_at;
          if (at !== null) await this.integrations.recordLastSync(manager, row.integration_id, { sessionId: row.id, status: row.status, at });
        }
        return changed;
      }),
    );
    for (const row of rows) {
      if (row.finished_at === null || row.status === 'queued' || row.status === 'running') continue;
      this.events.emit(SYNC_EVENTS.sessionFinished, finishedEventOf(row, row.status, row.finished_at, how.reaped === true));
    }
    return rows;
  }
}
