import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { SYNC_EVENTS, type SessionFinishedEvent } from '../executions/sync-events.js';
import { IntegrationNotFoundException } from '../integrations/integration-not-found.exception.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import { WebhookDeliveryQueue } from '../webhooks/webhook-delivery-queue.service.js';
import { AlertSettingsService } from './alert-settings.service.js';
import { AlertStateService } from './alert-state.service.js';

const FAILED = new Set<SessionFinishedEvent['status']>(['failed', 'partially_failed']);

/**
 * Turns finished sessions into alerts: `sync.failed` (and `credentials.invalid` for an
 * `auth` failure), `sync.recovered`, and auto-disable after the organization's threshold
 * of consecutive failed scheduled sessions, warned one failure earlier. The event is
 * emitted once, on the replica whose statement ended the session.
 */
@Injectable()
export class FailureAlertsListener {
  private readonly logger = new Logger(FailureAlertsListener.name);

  constructor(
    private readonly state: AlertStateService,
    private readonly settings: AlertSettingsService,
    private readonly integrations: IntegrationsService,
    private readonly webhooks: WebhookDeliveryQueue,
  ) {}

  @OnEvent(SYNC_EVENTS.sessionFinished)
  onSessionFinished(event: SessionFinishedEvent): void {
    // Never into the engine: a failed alert is logged, the sync stays as it ended.
    void this.handle(event).catch((error: unknown) => {
      this.logger.error(`failure alerts for session ${event.sessionId}: ${(error as Error).message}`);
    });
  }

  private async handle(event: SessionFinishedEvent): Promise<void> {
    if (event.status === 'cancelled') return;
    // Deleted meanwhile: nothing to alert about.
    const name = await this.integrations.nameOf(event.organizationId, event.integrationId).catch((error: unknown) => {
      if (error instanceof IntegrationNotFoundException) return null;
      throw error;
    });
    if (name === null) return;
    const data = {
      integrationId: event.integrationId,
      integrationName: name,
      service: event.service,
      sessionId: event.sessionId,
      trigger: event.trigger,
      status: event.status,
      finishedAt: event.finishedAt.toISOString(),
    };
    const publish = (type: Parameters<WebhookDeliveryQueue['enqueue']>[1], extra: Record<string, unknown> = {}): Promise<string> =>
      this.webhooks.enqueue(event.organizationId, type, { ...data, ...extra });

    if (!FAILED.has(event.status)) {
      if (await this.state.recordSuccess(event.integrationId)) await publish('sync.recovered');
      return;
    }
    const auth = event.errorKinds.includes('auth');
    const { autoDisableAfterFailures } = await this.settings.get(event.organizationId);
    const { transition, score } = await this.state.recordFailure(event.integrationId, {
      scheduled: event.trigger === 'schedule',
      weight: auth ? 2 : 1,
      disableAt: autoDisableAfterFailures,
    });
    const failure = { errorKinds: event.errorKinds, error: event.error?.message ?? null, failureScore: score, autoDisableAfterFailures };
    await publish('sync.failed', failure);
    if (auth) await publish('credentials.invalid', failure);
    if (transition === 'warn') await publish('integration.auto_disable_warning', failure);
    if (transition === 'disable') {
      const reason = `disabled after ${String(autoDisableAfterFailures)} consecutive failed scheduled syncs${auth ? ' (credentials rejected)' : ''}`;
      if (await this.integrations.disableWithReason(event.organizationId, event.integrationId, reason, event.sessionId)) await publish('integration.auto_disabled', { ...failure, reason });
    }
  }
}
