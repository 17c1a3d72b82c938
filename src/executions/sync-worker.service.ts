import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FailureStreak } from '../common/failure-streak.js';
import { AppConfig } from '../config/app-config.js';
import { PgNotifications } from '../database/pg-notifications.service.js';
import { SESSION_QUEUED_CHANNEL, SessionQueue } from './session-queue.service.js';
import { type StopReason, SyncRunner } from './sync-runner.service.js';

/** How long shutdown waits for running sessions to finish their page. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * This replica's worker: claims queued sessions up to SYNC_CONCURRENCY at once (woken
 * by a notification, or by polling), keeps their heartbeats, passes on cancel requests,
 * and reaps sessions whose worker died. On shutdown it stops claiming and lets each
 * running session finish the page in flight.
 */
@Injectable()
export class SyncWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger(SyncWorker.name);
  private readonly claims = new FailureStreak(this.logger, 'claiming sessions');
  private readonly running = new Map<string, { stop: AbortController; done: Promise<void> }>();
  private timers: NodeJS.Timeout[] = [];
  private readonly periodic = new Set<Promise<void>>();
  private claiming: Promise<void> | undefined;
  private claimAgain = false;
  private stopping = false;
  private started = false;

  constructor(
    private readonly config: AppConfig,
    private readonly queue: SessionQueue,
    private readonly runner: SyncRunner,
    private readonly notifications: PgNotifications,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { concurrency, pollMs, heartbeatMs } = this.config.sync;
    // On the embedded server this process holds the database alone: a session still running
    // was left by a process that is gone, so it ends now rather than after SYNC_STALE_AFTER_MS.
    if (this.config.embeddedDatabase) await this.queue.reap(0);
    // Every replica reaps, even one that runs no sessions.
    this.every(heartbeatMs, 'heartbeats and reaping', () => this.beat());
    this.started = true;
    if (concurrency === 0) return;
    this.every(pollMs, 'polling for sessions', () => this.wake());
    await this.notifications.listen(SESSION_QUEUED_CHANNEL, { onNotification: () => void this.wake(), onReconnect: () => void this.wake() });
    void this.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.all([this.claiming, ...this.periodic]);
    for (const { stop } of this.running.values()) stop.abort('shutdown' satisfies StopReason);
    const all = Promise.all([...this.running.values()].map((r) => r.done));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
  }

  /** Booted and not shutting down (readiness). */
  get isRunning(): boolean {
    return this.started && !this.stopping;
  }

  /** How many sessions this worker runs now. */
  get active(): number {
    return this.running.size;
  }

  /** Claims sessions while there is room; concurrent calls fold into one more round. */
  wake(): Promise<void> {
    if (this.claiming !== undefined) {
      this.claimAgain = true;
      return this.claiming;
    }
    this.claiming = this.claims.run(() => this.claimWhileRoom()).finally(() => {
      this.claiming = undefined;
      if (this.claimAgain) {
        this.claimAgain = false;
        void this.wake();
      }
    });
    return this.claiming;
  }

  private async claimWhileRoom(): Promise<void> {
    while (!this.stopping && this.running.size < this.config.sync.concurrency) {
      const session = await this.queue.claim(this.id);
      if (session === null) return;
      const stop = new AbortController();
      const done = this.runner
        .run(session, this.id, stop)
        .catch((error: unknown) => {
          this.logger.error(`session ${session.id} ended with an error: ${(error as Error).message}`);
        })
        .finally(() => {
          this.running.delete(session.id);
          if (!this.stopping) void this.wake();
        });
      this.running.set(session.id, { stop, done });
    }
  }

  /** Heartbeats, cancel requests and sessions taken away; then the reaper. */
  private async beat(): Promise<void> {
    const ids = [...this.running.keys()];
    const alive = await this.queue.heartbeat(this.id, ids);
    for (const id of ids) {
      const run = this.running.get(id);
      const cancelRequested = alive.get(id);
      if (cancelRequested === undefined) run?.stop.abort('lost' satisfies StopReason);
      else if (cancelRequested) run?.stop.abort('cancelled' satisfies StopReason);
    }
    await this.queue.reap(this.config.sync.staleAfterMs);
  }

  /** Runs `task` every `ms`, never two at once; shutdown waits for the one in flight. */
  private every(ms: number, what: string, task: () => Promise<void>): void {
    const failures = new FailureStreak(this.logger, what);
    let busy = false;
    const timer = setInterval(() => {
      if (busy || this.stopping) return;
      busy = true;
      const run = failures.run(task).finally(() => {
        busy = false;
        this.periodic.delete(run);
      });
      this.periodic.add(run);
    }, ms);
    this.timers.push(timer);
  }
}
