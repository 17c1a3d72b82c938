import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { FailureStreak } from '../common/failure-streak.js';
import { AppConfig } from '../config/app-config.js';
import { SessionQueue } from '../executions/session-queue.service.js';
import { IntegrationChanges } from '../integrations/integration-changes.service.js';
import type { IntegrationSchedule } from '../integrations/integration-schedule.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import { CronScheduleService } from './cron-schedule.service.js';

/** The SchedulerRegistry name of an integration's cron job. */
export const syncJobName = (integrationId: string): string => `sync:${integrationId}`;

/**
 * Keeps one cron job per enabled integration in SchedulerRegistry, in step with the
 * integrations table: at boot, at once on a change made through this replica, within
 * moments of one made through another (a notification), and by a periodic full
 * reconcile. A tick runs nothing itself: it claims the tick as a queued session, which
 * the unique index lets exactly one replica do. At registration, a run missed while no
 * replica was up is claimed once (never a backlog).
 */
@Injectable()
export class SyncScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SyncScheduler.name);
  private readonly inStep = new FailureStreak(this.logger, 'keeping the cron jobs in step');
  /** The integrations with a job here, as last read (kept current by the same notifications). */
  private readonly registered = new Map<string, IntegrationSchedule>();
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private reconciled = false;

  constructor(
    private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly integrations: IntegrationsService,
    private readonly changes: IntegrationChanges,
    private readonly sessions: SessionQueue,
    private readonly cron: CronScheduleService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.changes.subscribe(
      (id) => this.serially(() => this.reconcileOne(id)),
      () => void this.serially(() => this.reconcileAll()),
    );
    await this.serially(() => this.reconcileAll());
    this.timer = setInterval(() => void this.serially(() => this.reconcileAll()), this.config.sync.reconcileMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.chain;
    for (const id of [...this.registered.keys()]) this.remove(id);
  }

  /** A full reconcile has succeeded (the boot one at least) and the scheduler is not stopping (readiness). */
  get ready(): boolean {
    return this.reconciled && !this.stopped;
  }

  /** The integrations with a cron job on this replica. */
  scheduledIds(): string[] {
    return [...this.registered.keys()];
  }

  /** One reconcile at a time, so a job is never registered twice. */
  private serially(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => (this.stopped ? undefined : this.inStep.run(task)));
    return this.chain;
  }

  private async reconcileAll(): Promise<void> {
    const schedules = await this.integrations.schedules();
    const enabled = new Set(schedules.map((s) => s.id));
    for (const id of [...this.registered.keys()]) if (!enabled.has(id)) this.remove(id);
    for (const schedule of schedules) await this.ensure(schedule);
    this.reconciled = true;
  }

  private async reconcileOne(id: string): Promise<void> {
    const schedule = await this.integrations.scheduleOf(id);
    if (schedule?.enabled === true) await this.ensure(schedule);
    else this.remove(id);
  }

  private async ensure(schedule: IntegrationSchedule): Promise<void> {
    const current = this.registered.get(schedule.id);
    if (current?.cronExpression === schedule.cronExpression && current.timezone === schedule.timezone) {
      // Same job; what a tick queues (capabilities, dry run) may have changed.
      this.registered.set(schedule.id, schedule);
      return;
    }
    this.remove(schedule.id);
    const { id, cronExpression, timezone } = schedule;
    const job = CronJob.from({ cronTime: cronExpression, timeZone: timezone, start: false, onTick: () => void this.tick(id, cronExpression, timezone) });
    this.registry.addCronJob(syncJobName(id), job);
    job.start();
    this.registered.set(id, schedule);
    await this.claimMissedRun(schedule);
  }

  private remove(id: string): void {
    if (!this.registered.delete(id)) return;
    // Stops the job too.
    this.registry.deleteCronJob(syncJobName(id));
  }

  private async tick(id: string, cronExpression: string, timezone: string): Promise<void> {
    const scheduledFor = this.cron.tickTime(cronExpression, timezone, new Date());
    if (scheduledFor === null) {
      this.logger.warn(`integration ${id}: a cron tick matched no run of the schedule (it fired a whole interval late, or is a DST double fire of the cron library); skipped`);
      return;
    }
    await this.claim(id, scheduledFor).catch((error: unknown) => {
      this.logger.error(`integration ${id}: could not claim the run of ${scheduledFor.toISOString()}: ${(error as Error).message}`);
    });
  }

  /**
   * Queues the scheduled run unless another replica has, or a session is still active (then
   * it is skipped). From the integration as registered: no read per tick, as a herd of ticks
   * at midnight would make one per integration on every replica.
   */
  private async claim(id: string, scheduledFor: Date): Promise<void> {
    const integration = this.registered.get(id);
    if (integration === undefined) return;
    const sessionId = await this.sessions.enqueue({
      organizationId: integration.organizationId,
      integrationId: id,
      trigger: 'schedule',
      triggeredBy: null,
      correlationId: null,
      scheduledFor,
      dryRun: integration.dryRun,
      capabilities: integration.capabilities,
    });
    if (sessionId !== null) this.logger.log(`integration ${id}: queued session ${sessionId} for ${scheduledFor.toISOString()}`);
  }

  /**
   * The latest run since the later of the last claimed tick and the last configuration
   * change, if there is one: no replica was up to claim it. Always the latest, so that
   * replicas starting one after another all name the same run (claimed once by the unique
   * index) and never walk a backlog.
   */
  private async claimMissedRun(schedule: IntegrationSchedule): Promise<void> {
    const last = await this.sessions.lastScheduledFor(schedule.id);
    const since = last !== null && last > schedule.updatedAt ? last : schedule.updatedAt;
    const missed = this.cron.latestRun(schedule.cronExpression, schedule.timezone, since, new Date());
    if (missed !== null) await this.claim(schedule.id, missed);
  }
}
