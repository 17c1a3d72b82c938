import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import pRetry from 'p-retry';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import type { Capability } from '../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../sync-contract/source-page.js';
import { ConnectorError } from '../sync-contract/connector-error.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import type { Connector } from '../connectors/connector.js';
import { serviceNotOfferedMessage } from '../connectors/service-not-offered.exception.js';
import { CredentialsUnreadableError } from '../credentials/credentials-unreadable.error.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import type { RunnableIntegration } from '../integrations/runnable-integration.js';
import { DefaultChannelService } from '../tether/catalog/default-channel/default-channel.service.js';
import type { CanonicalRecord } from '../sync-contract/records/canonical-record.js';
import { checkRecords } from '../sync-contract/record-check.js';
import { assertDestinations } from '../connectors/kit/outbound/destination-fields.js';
import { OutboundPolicy } from '../connectors/kit/outbound/outbound-policy.js';
import { emptySinkResult, type Sink, type SinkContext, type SinkResult, sumSinkResults } from '../tether/sinks/sink.js';
import { SINKS } from '../tether/sinks/sink-registry.js';
import type { ExecutionStatus } from './entities/sync-execution.entity.js';
import type { SessionStatus } from './entities/sync-session.entity.js';
import { ExecutionRecorder } from './execution-recorder.service.js';
import { type ClaimedSession, type PendingExecution, SessionQueue } from './session-queue.service.js';
import type { SyncError } from './sync-error.js';
import { redactSecrets, secretValues } from '../sync-contract/redact-secrets.js';
import { toSyncError } from './to-sync-error.js';
import { type ExecutionFinishedEvent, type ExecutionRef, type PageWrittenEvent, type SessionRef, type SessionStartedEvent, SYNC_EVENTS } from './sync-events.js';

/** Why a worker stops a session early (the abort signal's reason). */
export type StopReason = 'cancelled' | 'shutdown' | 'lost';

const INTERRUPTED: SyncError = { message: 'interrupted: the service stopped; the next sync resumes from the last page written', kind: 'transient', retryable: true };

/** An execution's progress: where a retry resumes, the totals so far, the reads of the source. */
interface Progress {
  cursor: SyncCursor | null;
  total: SinkResult;
  attempts: number;
  fetched: number;
  pages: number;
  /** What the source last said the whole read will have. */
  expectedTotal: number | null;
}

/** A count the source gave, if it is one (a connector's bug must not fail the page). */
const countOf = (total: number | undefined): number | null => (total !== undefined && Number.isSafeInteger(total) && total >= 0 ? total : null);

/** Thrown inside a page's transaction when the session is no longer this worker's (reaped). */
class SessionLostError extends Error {}

interface Run {
  session: ClaimedSession;
  workerId: string;
  integration: RunnableIntegration;
  stop: AbortController;
  signal: AbortSignal;
  secrets: string[];
}

/**
 * Runs one claimed session: its executions in order, each reading its capability's pages
 * from the stored cursor and writing every page, with the cursor after it, in one
 * transaction. Transient errors are retried from the last committed cursor; a failed
 * execution does not stop the others. Stops between pages when its signal aborts.
 */
@Injectable()
export class SyncRunner {
  private readonly logger = new Logger(SyncRunner.name);

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly integrations: IntegrationsService,
    private readonly registry: ConnectorRegistry,
    private readonly recorder: ExecutionRecorder,
    private readonly queue: SessionQueue,
    private readonly defaultChannels: DefaultChannelService,
    private readonly policy: OutboundPolicy,
    private readonly events: EventEmitter2,
  ) {}

  /** Runs the session until done or until `stop` aborts with a StopReason. */
  async run(session: ClaimedSession, workerId: string, stop: AbortController): Promise<void> {
    const signal = stop.signal;
    let failure: SyncError | null = null;
    try {
      const integration = await this.integrations.forRun(session.integrationId).catch((error: unknown) => {
        if (error instanceof CredentialsUnreadableError) return error;
        throw error;
      });
      // Deleted meanwhile: its sessions were deleted with it.
      if (integration === null) return;
      if (integration instanceof CredentialsUnreadableError) {
        // Every execution needs the credentials: each fails with the reason, none is read.
        const error = toSyncError(integration, []);
        for (const execution of session.executions) await this.recorder.finish(execution.id, 'failed', 0, error);
      } else {
        const started: SessionStartedEvent = { ...sessionRef(session), startedAt: session.startedAt, workerId };
        this.events.emit(SYNC_EVENTS.sessionStarted, started);
        const run: Run = { session, workerId, integration, stop, signal, secrets: secretValues(integration.credentials) };
        for (const execution of session.executions) {
          if (signal.aborted) break;
          await this.runExecution(run, execution);
        }
      }
    } catch (error) {
      failure = toSyncError(error, []);
      this.logger.error(`session ${session.id} failed: ${failure.message}`);
    }
    const reason = signal.aborted ? (signal.reason as StopReason) : undefined;
    if (reason === 'lost') return;
    const statuses = await this.recorder.close(session.id);
    const status = failure === null ? sessionStatus(statuses, reason) : 'failed';
    await this.queue.finish(session, workerId, status, failure ?? (reason === 'shutdown' ? INTERRUPTED : null));
  }

  private async runExecution(run: Run, execution: PendingExecution): Promise<void> {
    const { integration, signal } = run;
    const startedAt = Date.now();
    const progress: Progress = {
      cursor: await this.recorder.start(execution.id, integration.id, execution.capability),
      total: emptySinkResult(),
      attempts: 0,
      fetched: 0,
      pages: 0,
      expectedTotal: null,
    };
    const ref: ExecutionRef = { ...sessionRef(run.session), executionId: execution.id, capability: execution.capability };
    this.events.emit(SYNC_EVENTS.executionStarted, ref);
    let status: ExecutionFinishedEvent['status'] | null;
    let failure: SyncError | null;
    try {
      const connector = this.connectorFor(integration, execution.capability);
      const context: SinkContext = {
        organizationId: integration.organizationId,
        integrationId: integration.id,
        defaultChannelId: await this.defaultChannels.channelIdOf(integration.id),
      };
      await pRetry(
        async () => {
          progress.attempts += 1;
          const request = { capability: execution.capability, cursor: progress.cursor, credentials: integration.credentials, settings: integration.settings, signal };
          // Where the saved hosts and URLs resolve now, checked before the connector connects to them.
          await assertDestinations(this.policy, connector.metadata, request);
          const pages = connector.read(request);
          for await (const page of pages) {
            const before = progress.total;
            progress.expectedTotal = countOf(page.total) ?? progress.expectedTotal;
            progress.total = await this.writePage(run, execution, context, page, progress);
            // The resume point for a retry (in memory only, for a dry run).
            progress.cursor = page.cursor;
            progress.fetched += page.records.length;
            progress.pages += 1;
            const written: PageWrittenEvent = {
              ...ref,
              fetched: page.records.length,
              result: differenceOf(progress.total, before),
              total: progress.total,
              fetchedSoFar: progress.fetched,
              pagesSoFar: progress.pages,
              expectedTotal: progress.expectedTotal,
            };
            this.events.emit(SYNC_EVENTS.pageWritten, written);
            if (signal.aborted) return;
          }
        },
        {
          retries: this.config.sync.retryAttempts - 1,
          factor: 2,
          minTimeout: this.config.sync.retryBaseMs,
          maxTimeout: this.config.sync.retryBaseMs * 32,
          randomize: true,
          signal,
          shouldRetry: ({ error }) => !signal.aborted && toSyncError(error, run.secrets).retryable,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0 && !signal.aborted) {
              this.logger.warn(`execution ${execution.id} attempt ${attemptNumber} failed: ${toSyncError(error, run.secrets).message}`);
            }
          },
        },
      );
      [status, failure] = await this.finishStopped(execution, progress.attempts, signal, 'succeeded');
    } catch (error) {
      if (signal.aborted) [status, failure] = await this.finishStopped(execution, progress.attempts, signal, 'failed');
      else {
        [status, failure] = ['failed', toSyncError(error, run.secrets)];
        await this.recorder.finish(execution.id, status, progress.attempts, failure);
      }
    }
    // A session taken from this worker (lost) leaves its execution to the reaper's record.
    if (status === null) return;
    const finished: ExecutionFinishedEvent = {
      ...ref,
      status,
      durationMs: Date.now() - startedAt,
      attempts: progress.attempts,
      fetched: progress.fetched,
      total: progress.total,
      error: failure,
    };
    this.events.emit(SYNC_EVENTS.executionFinished, finished);
  }

  /** The integration's connector, if it provides the capability; a config error if not. */
  private connectorFor(integration: RunnableIntegration, capability: Capability): Connector {
    const connector = this.registry.find(integration.externalService);
    if (connector === undefined) throw new ConnectorError('config', serviceNotOfferedMessage(integration.externalService), false);
    if (!connector.metadata.capabilities.some((c) => c.key === capability)) {
      throw new ConnectorError('config', `${connector.metadata.displayName} does not provide ${capability}`, false);
    }
    return connector;
  }

  /** One page and the cursor after it, in one transaction; returns the execution's new totals. */
  private async writePage(run: Run, execution: PendingExecution, context: SinkContext, page: SourcePage, progress: Progress): Promise<SinkResult> {
    const { session, workerId } = run;
    const sink = SINKS[execution.capability] as Sink<CanonicalRecord<Capability>>;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const result = await this.writeRecords(sink, manager, context, page, session.dryRun);
        const total = sumSinkResults([progress.total, result]);
        const held = await this.recorder.page(manager, {
          sessionId: session.id,
          workerId,
          executionId: execution.id,
          organizationId: context.organizationId,
          integrationId: context.integrationId,
          capability: execution.capability,
          cursor: page.cursor,
          dryRun: session.dryRun,
          fetched: page.records.length,
          result,
          unmapped: total.unmapped,
          // The reasons name fields and rules, never values; cut any credential out all the same.
          refused: (total.refused ?? []).map((r) => ({ externalId: redactSecrets(r.externalId, run.secrets), reason: redactSecrets(r.reason, run.secrets) })),
          attempts: progress.attempts,
          notes: page.notes ?? [],
          expectedTotal: progress.expectedTotal,
        });
        if (!held) throw new SessionLostError();
        return total;
      });
    } catch (error) {
      if (error instanceof SessionLostError) {
        this.logger.warn(`session ${session.id} was taken from this worker (reaped); stopping it`);
        run.stop.abort('lost' satisfies StopReason);
      }
      throw error;
    }
  }

  /** The page's records that fit the contract, written; the others refused (counted failed, named with why). */
  private async writeRecords(sink: Sink<CanonicalRecord<Capability>>, manager: EntityManager, context: SinkContext, page: SourcePage, dryRun: boolean): Promise<SinkResult> {
    const { valid, refused } = checkRecords(sink.capability, page.records);
    const misfits: SinkResult = { ...emptySinkResult(), skipped: refused.length, invalid: refused.length, refused };
    if (page.replace === true) {
      if (sink.replaceAll === undefined) throw new ConnectorError('config', `${sink.capability} cannot be replaced as a snapshot`, false);
      return sumSinkResults([misfits, await sink.replaceAll(manager, context, valid, { dryRun })]);
    }
    // A page may hold no records (e.g. only test orders) and still move the cursor.
    return valid.length === 0 ? misfits : sumSinkResults([misfits, await sink.write(manager, context, valid, { dryRun })]);
  }

  /**
   * Finishes an execution the worker stopped (or one that completed, when not stopped).
   * Returns how it ended, or nulls when it was lost to the reaper (which records it).
   */
  private async finishStopped(
    execution: PendingExecution,
    attempts: number,
    signal: AbortSignal,
    otherwise: 'succeeded' | 'failed',
  ): Promise<[ExecutionFinishedEvent['status'] | null, SyncError | null]> {
    const reason = signal.aborted ? (signal.reason as StopReason) : undefined;
    if (reason === 'lost') return [null, null];
    const [status, error]: [ExecutionFinishedEvent['status'], SyncError | null] =
      reason === undefined ? [otherwise, null] : reason === 'cancelled' ? ['skipped', null] : ['failed', INTERRUPTED];
    await this.recorder.finish(execution.id, status, attempts, error);
    return [status, error];
  }
}

function sessionRef(session: ClaimedSession): SessionRef {
  const { id, organizationId, integrationId, service, trigger, correlationId, scheduledFor, dryRun } = session;
  return { sessionId: id, organizationId, integrationId, service, trigger, correlationId, scheduledFor, dryRun };
}

/** What one page added to an execution's counts (unmapped and refused are the page's own, not totals). */
function differenceOf(after: SinkResult, before: SinkResult): SinkResult {
  return {
    created: after.created - before.created,
    updated: after.updated - before.updated,
    unchanged: after.unchanged - before.unchanged,
    skipped: after.skipped - before.skipped,
    invalid: after.invalid - before.invalid,
    unmapped: [],
  };
}

/** A session's status from its executions' (and why it stopped, if it did). */
function sessionStatus(statuses: readonly ExecutionStatus[], stopped: StopReason | undefined): SessionStatus {
  if (stopped === 'cancelled') return 'cancelled';
  const failed = statuses.filter((s) => s === 'failed').length;
  const succeeded = statuses.filter((s) => s === 'succeeded').length;
  if (failed === 0 && stopped === undefined) return 'succeeded';
  return succeeded > 0 ? 'partially_failed' : 'failed';
}
