import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { FailureStreak } from '../common/failure-streak.js';
import { FinishedSessions } from '../executions/finished-sessions.service.js';
import { ALERTS_LOOKBACK_MS, FailureAlerts } from './failure-alerts.service.js';

/** The sweep's interval, by its name in the SchedulerRegistry. */
export const ALERTS_SWEEP = 'failure-alerts-sweep';
/** How often each replica looks for sessions no listener evaluated. */
const SWEEP_MS = 30_000;

/**
 * The alerts' safety net: every SWEEP_MS, each integration whose last session ended after
 * the last one its alerts evaluated (the replica that ended it died before its listener
 * ran, or the evaluation failed) is caught up.
 */
@Injectable()
export class FailureAlertsSweep {
  private readonly failures = new FailureStreak(new Logger(FailureAlertsSweep.name), 'the failure alerts sweep');
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: FinishedSessions,
    private readonly alerts: FailureAlerts,
  ) {}

  @Interval(ALERTS_SWEEP, SWEEP_MS)
  async onInterval(): Promise<void> {
    // A slow sweep is not overlapped by the next.
    if (this.running) return;
    this.running = true;
    await this.failures.run(() => this.sweep());
    this.running = false;
  }

  /** Catches up every integration behind; how many there were. */
  async sweep(): Promise<number> {
    const ends = await this.sessions.lastEnds(new Date(Date.now() - ALERTS_LOOKBACK_MS));
    if (ends.size === 0) return 0;
    const behind = await this.dataSource.query<{ id: string }[]>(
      `SELECT l.id FROM unnest($1::uuid[], $2::timestamptz[]) AS l(id, ended)
       LEFT JOIN integration_alert_states a ON a.integration_id = l.id
       WHERE a.evaluated_through IS NULL OR a.evaluated_through < l.ended`,
      [[...ends.keys()], [...ends.values()]],
    );
    for (const { id } of behind) await this.alerts.catchUp(id);
    return behind.length;
  }
}
