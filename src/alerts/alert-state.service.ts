import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a failed session changed, towards auto-disable. */
export type FailureTransition = 'none' | 'warn' | 'disable';

export interface FailureRecord {
  /** Counts towards auto-disable: a scheduled session. */
  scheduled: boolean;
  /** Its weight: 2 for an `auth` failure, else 1. */
  weight: number;
  /** The organization's threshold. */
  disableAt: number;
}

interface StateRow {
  failing: boolean;
  failure_score: number;
  warned: boolean;
}

/**
 * Each integration's alert state (IntegrationAlertStateEntity), changed under a row lock.
 * One session per integration runs at a time, so the lock only orders a session's finish
 * after the previous one's.
 */
@Injectable()
export class AlertStateService {
  constructor(private readonly dataSource: DataSource) {}

  /** A session succeeded: the streak ends. Returns whether the integration was failing (a recovery). */
  async recordSuccess(integrationId: string): Promise<boolean> {
    return this.change(integrationId, (before) => [{ failing: false, failure_score: 0, warned: false }, before?.failing ?? false]);
  }

  /** A session failed; a scheduled one adds its weight to the score. Reaching the threshold resets it (the integration is disabled). */
  async recordFailure(integrationId: string, failure: FailureRecord): Promise<{ transition: FailureTransition; score: number }> {
    return this.change<{ transition: FailureTransition; score: number }>(integrationId, (before) => {
      const score = (before?.failure_score ?? 0) + (failure.scheduled ? failure.weight : 0);
      const warned = before?.warned ?? false;
      if (failure.scheduled && score >= failure.disableAt) return [{ failing: true, failure_score: 0, warned: false }, { transition: 'disable', score }];
      if (failure.scheduled && !warned && score >= failure.disableAt - 1) return [{ failing: true, failure_score: score, warned: true }, { transition: 'warn', score }];
      return [{ failing: true, failure_score: score, warned }, { transition: 'none', score }];
    });
  }

  private async change<R>(integrationId: string, next: (before: StateRow | undefined) => [StateRow, R]): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<StateRow[]>(
        'SELECT failing, failure_score, warned FROM integration_alert_states WHERE integration_id = $1 FOR UPDATE',
        [integrationId],
      );
      const [after, result] = next(rows[0]);
      // The integration may be deleted meanwhile: then there is nothing to remember.
      await manager.query(
        `INSERT INTO integration_alert_states (integration_id, failing, failure_score, warned, updated_at)
         SELECT $1, $2, $3, $4, now() WHERE EXISTS (SELECT 1 FROM integrations WHERE id = $1)
         ON CONFLICT (integration_id) DO UPDATE SET failing = $2, failure_score = $3, warned = $4, updated_at = now()`,
        [integrationId, after.failing, after.failure_score, after.warned],
      );
      return result;
    });
  }
}
