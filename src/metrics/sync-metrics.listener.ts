import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { type ExecutionFinishedEvent, type PageWrittenEvent, SYNC_EVENTS, type SessionFinishedEvent, type SessionStartedEvent } from '../executions/sync-events.js';
import { TetherMetrics } from './tether-metrics.js';

/** The sync engine's events, counted: sessions, executions, records as pages commit, scheduler lag, the reaper. */
@Injectable()
export class SyncMetricsListener {
  constructor(private readonly metrics: TetherMetrics) {}

  @OnEvent(SYNC_EVENTS.sessionStarted)
  sessionStarted(event: SessionStartedEvent): void {
    this.metrics.sessionsStarted.inc({ service: event.service, trigger: event.trigger });
    if (event.scheduledFor !== null) this.metrics.schedulerLag.observe(Math.max(0, event.startedAt.getTime() - event.scheduledFor.getTime()) / 1000);
  }

  @OnEvent(SYNC_EVENTS.sessionFinished)
  sessionFinished(event: SessionFinishedEvent): void {
    this.metrics.sessionsFinished.inc({ service: event.service, status: event.status });
    if (event.reaped) this.metrics.reaped.inc({ service: event.service });
  }

  /** Counted page by page, as each commits, so a long backfill shows progress (and a failed one what it wrote). */
  @OnEvent(SYNC_EVENTS.pageWritten)
  pageWritten(event: PageWrittenEvent): void {
    const { result } = event;
    const labels = { capability: event.capability, dry_run: String(event.dryRun) };
    // As the sync history counts them: the sink's invalid records are the failed ones, not skipped.
    const outcomes = {
      fetched: event.fetched,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      skipped: result.skipped - result.invalid,
      failed: result.invalid,
    };
    for (const [outcome, count] of Object.entries(outcomes)) this.metrics.records.inc({ ...labels, outcome }, count);
  }

  @OnEvent(SYNC_EVENTS.executionFinished)
  executionFinished(event: ExecutionFinishedEvent): void {
    this.metrics.executionDuration.observe({ capability: event.capability, status: event.status }, event.durationMs / 1000);
    if (event.attempts > 1) this.metrics.executionRetries.inc({ capability: event.capability }, event.attempts - 1);
  }
}
