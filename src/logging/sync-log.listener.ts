import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  type ExecutionFinishedEvent,
  type ExecutionRef,
  type PageWrittenEvent,
  SYNC_EVENTS,
  type SessionFinishedEvent,
  type SessionRef,
  type SessionStartedEvent,
} from '../executions/sync-events.js';
import type { SyncError } from '../executions/sync-error.js';
import type { SinkResult } from '../tether/sinks/sink.js';

const session = (event: SessionRef) => ({
  sessionId: event.sessionId,
  organizationId: event.organizationId,
  integrationId: event.integrationId,
  service: event.service,
  trigger: event.trigger,
  // The request that caused it, as its own line has it (req.id).
  correlationId: event.correlationId,
  scheduledFor: event.scheduledFor?.toISOString() ?? null,
  dryRun: event.dryRun,
});

const execution = (event: ExecutionRef) => ({ ...session(event), executionId: event.executionId, capability: event.capability });

// Counts only: the unmapped ids are in the sync history, and a log line stays short.
const counts = ({ created, updated, unchanged, skipped }: SinkResult) => ({ created, updated, unchanged, skipped });

// The runner has already cut the integration's secret values out of the message.
const failure = (error: SyncError | null) => (error === null ? {} : { error: { kind: error.kind, message: error.message, retryable: error.retryable } });

/** A JSON line per sync session and execution transition (a page written: at debug), with ids and counts. */
@Injectable()
export class SyncLogListener {
  private readonly logger = new Logger('Sync');

  @OnEvent(SYNC_EVENTS.sessionStarted)
  sessionStarted(event: SessionStartedEvent): void {
    this.logger.log({ msg: `session ${event.sessionId} started`, event: SYNC_EVENTS.sessionStarted, ...session(event), workerId: event.workerId });
  }

  @OnEvent(SYNC_EVENTS.sessionFinished)
  sessionFinished(event: SessionFinishedEvent): void {
    const durationMs = event.startedAt === null ? null : event.finishedAt.getTime() - event.startedAt.getTime();
    const line = { msg: `session ${event.sessionId} ${event.status}`, event: SYNC_EVENTS.sessionFinished, ...session(event), status: event.status, durationMs, reaped: event.reaped, ...failure(event.error) };
    if (event.status === 'failed') this.logger.warn(line);
    else this.logger.log(line);
  }

  @OnEvent(SYNC_EVENTS.executionStarted)
  executionStarted(event: ExecutionRef): void {
    this.logger.log({ msg: `execution ${event.executionId} (${event.capability}) started`, event: SYNC_EVENTS.executionStarted, ...execution(event) });
  }

  @OnEvent(SYNC_EVENTS.pageWritten)
  pageWritten(event: PageWrittenEvent): void {
    this.logger.debug({
      msg: `execution ${event.executionId} (${event.capability}) wrote page ${event.pagesSoFar}`,
      event: SYNC_EVENTS.pageWritten,
      ...execution(event),
      fetched: event.fetched,
      ...counts(event.result),
      fetchedSoFar: event.fetchedSoFar,
      pagesSoFar: event.pagesSoFar,
    });
  }

  @OnEvent(SYNC_EVENTS.executionFinished)
  executionFinished(event: ExecutionFinishedEvent): void {
    const line = {
      msg: `execution ${event.executionId} (${event.capability}) ${event.status}`,
      event: SYNC_EVENTS.executionFinished,
      ...execution(event),
      status: event.status,
      durationMs: event.durationMs,
      attempts: event.attempts,
      fetched: event.fetched,
      ...counts(event.total),
      ...failure(event.error),
    };
    if (event.status === 'failed') this.logger.warn(line);
    else this.logger.log(line);
  }
}
