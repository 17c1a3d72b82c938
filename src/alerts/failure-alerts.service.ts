import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FinishedSessions } from '../executions/finished-sessions.service.js';
import { IntegrationNotFoundException } from '../integrations/integration-not-found.exception.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import { WebhookDeliveryQueue } from '../webhooks/webhook-delivery-queue.service.js';
import { AlertSettingsService } from './alert-settings.service.js';
import { type AlertState, alertsOf, CLEAR_STATE } from './alert-transitions.js';

/**
 * How far back alerts look: an integration with no alert state yet is read this far back,
 * and the sweep looks for sessions no listener evaluated this far back.
 */
export const ALERTS_LOOKBACK_MS = 60 * 60_000;
/** Sessions evaluated in one transaction. */
const BATCH = 50;

interface Batch {
  more: boolean;
  disabled: boolean;
}
/** Nothing (more) to evaluate. */
const NOTHING_LEFT: Batch = { more: false, disabled: false };

interface StateRow {
  failing: boolean;
  failure_score: number;
  warned: boolean;
  evaluated_through: string;
}

/**
 * Turns an integration's finished sessions into alerts, each session once and in the order
 * they ended, however many replicas heard of them or none did (a process that died before
 * its listener ran): the state row remembers the last session evaluated, and the alerts a
 * batch raises are queued in the transaction that moves it on.
 */
@Injectable()
export class FailureAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: FinishedSessions,
    private readonly settings: AlertSettingsService,
    private readonly integrations: IntegrationsService,
    private readonly webhooks: WebhookDeliveryQueue,
  ) {}

  /** Evaluates every session of the integration that ended since the last one evaluated. */
  async catchUp(integrationId: string): Promise<void> {
    for (;;) {
      const batch = await this.dataSource.transaction((manager) => this.nextBatch(manager, integrationId)).catch((error: unknown) => {
        // 23503: the integration is gone (the foreign key refuses its state row).
        if ((error as { code?: string }).code === '23503') return NOTHING_LEFT;
        throw error;
      });
      // Once committed: the scheduler drops a disabled integration's cron job.
      if (batch.disabled) await this.integrations.announceChanged(integrationId);
      if (!batch.more) return;
    }
  }

  /** One batch of sessions evaluated; `more` when it was full. */
  private async nextBatch(manager: EntityManager, integrationId: string): Promise<Batch> {
    const state = await this.lockState(manager, integrationId);
    if (state === null) return NOTHING_LEFT;
    const finished = await this.sessions.of(integrationId, state.evaluated_through, BATCH);
    const last = finished.at(-1);
    if (last === undefined) return NOTHING_LEFT;
    const { organizationId } = last.event;
    const name = await this.integrations.nameOf(organizationId, integrationId).catch((error: unknown) => {
      if (error instanceof IntegrationNotFoundException) return null;
      throw error;
    });
    if (name === null) return NOTHING_LEFT;
    const { autoDisableAfterFailures } = await this.settings.get(organizationId);
    let current: AlertState = { failing: state.failing, failureScore: state.failure_score, warned: state.warned };
    let disabled = false;
    for (const { event } of finished) {
      const outcome = alertsOf(current, event, autoDisableAfterFailures);
      current = outcome.state;
      const data = {
        integrationId,
        integrationName: name,
        service: event.service,
        sessionId: event.sessionId,
        trigger: event.trigger,
        status: event.status,
        finishedAt: event.finishedAt.toISOString(),
      };
      for (const alert of outcome.alerts) await this.webhooks.enqueue(organizationId, alert.type, { ...data, ...alert.extra }, manager);
      if (outcome.disable !== null && (await this.integrations.disableWithReason(organizationId, integrationId, outcome.disable, event.sessionId, manager))) {
        disabled = true;
        const failure = outcome.alerts[0]?.extra ?? {};
        await this.webhooks.enqueue(organizationId, 'integration.auto_disabled', { ...data, ...failure, reason: outcome.disable }, manager);
      }
    }
    await manager.query(
      `UPDATE integration_alert_states SET failing = $2, failure_score = $3, warned = $4, evaluated_through = $5::timestamptz, updated_at = now()
       WHERE integration_id = $1`,
      [integrationId, current.failing, current.failureScore, current.warned, last.end],
    );
    return { more: finished.length === BATCH, disabled };
  }

  /** The integration's state, locked (made if it has none); null once the integration is gone. */
  private async lockState(manager: EntityManager, integrationId: string): Promise<StateRow | null> {
    await manager.query(
      `INSERT INTO integration_alert_states (integration_id, failing, failure_score, warned, evaluated_through)
       VALUES ($1, $2, $3, $4, now() - $5 * interval '1 millisecond') ON CONFLICT (integration_id) DO NOTHING`,
      [integrationId, CLEAR_STATE.failing, CLEAR_STATE.failureScore, CLEAR_STATE.warned, ALERTS_LOOKBACK_MS],
    );
    const rows = await manager.query<StateRow[]>(
      'SELECT failing, failure_score, warned, evaluated_through::text AS evaluated_through FROM integration_alert_states WHERE integration_id = $1 FOR UPDATE',
      [integrationId],
    );
    return rows[0] ?? null;
  }
}
