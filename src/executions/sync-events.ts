import type { Capability } from '../sync-contract/capability.js';
import type { ErrorKind } from '../sync-contract/connector-error.js';
import type { SinkResult } from '../tether/sinks/sink.js';
import type { ExecutionStatus } from './entities/sync-execution.entity.js';
import type { SessionStatus, SessionTrigger } from './entities/sync-session.entity.js';
import type { SyncError } from './sync-error.js';

/**
 * What the sync engine tells the rest of the service (metrics, logs, alerts), through
 * `@nestjs/event-emitter`, after the change has committed. Listeners must not throw into
 * the engine: they run after the fact and a failing one never fails a sync.
 */
export const SYNC_EVENTS = {
  sessionStarted: 'sync.session.started',
  sessionFinished: 'sync.session.finished',
  executionStarted: 'sync.execution.started',
  pageWritten: 'sync.execution.page',
  executionFinished: 'sync.execution.finished',
} as const;

/** Which session, of which integration, of which organization. */
export interface SessionRef {
  sessionId: string;
  organizationId: string;
  integrationId: string;
  /** The integration's external service key. */
  service: string;
  trigger: SessionTrigger;
  /** The `x-request-id` of the request that triggered it; null for the schedule. */
  correlationId: string | null;
  /** The cron tick it was claimed for; null for a manual trigger. */
  scheduledFor: Date | null;
  dryRun: boolean;
}

export interface SessionStartedEvent extends SessionRef {
  startedAt: Date;
  workerId: string;
}

export interface SessionFinishedEvent extends SessionRef {
  status: Exclude<SessionStatus, 'queued' | 'running'>;
  /** The session's own error (the reaper's, an interruption); the executions carry theirs. */
  error: SyncError | null;
  startedAt: Date | null;
  finishedAt: Date;
  /** Ended by the reaper: its worker stopped beating. */
  reaped: boolean;
  /** The kinds of its executions' errors (alerts tell an `auth` failure from others). */
  errorKinds: ErrorKind[];
}

export interface ExecutionRef extends SessionRef {
  executionId: string;
  capability: Capability;
}

export interface PageWrittenEvent extends ExecutionRef {
  /** Records in this page, and what the sink did with them. */
  fetched: number;
  result: SinkResult;
  /** The execution's totals so far. */
  total: SinkResult;
  fetchedSoFar: number;
  pagesSoFar: number;
  /** Records the whole read will have, when the source has said; null if not. */
  expectedTotal: number | null;
}

export interface ExecutionFinishedEvent extends ExecutionRef {
  status: Exclude<ExecutionStatus, 'queued' | 'running'>;
  durationMs: number;
  attempts: number;
  fetched: number;
  total: SinkResult;
  error: SyncError | null;
}
