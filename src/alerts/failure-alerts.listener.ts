import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { SYNC_EVENTS, type SessionFinishedEvent } from '../executions/sync-events.js';
import { FailureAlerts } from './failure-alerts.service.js';

/**
 * Evaluates an integration's alerts as soon as one of its sessions ends (the event is
 * emitted on the replica whose statement ended it). Should this process die first, the
 * sweep evaluates the session later: the event only makes it prompt.
 */
@Injectable()
export class FailureAlertsListener {
  private readonly logger = new Logger(FailureAlertsListener.name);

  constructor(private readonly alerts: FailureAlerts) {}

  @OnEvent(SYNC_EVENTS.sessionFinished)
  onSessionFinished(event: SessionFinishedEvent): void {
    // Never into the engine: a failed evaluation is logged, the sweep tries again.
    void this.alerts.catchUp(event.integrationId).catch((error: unknown) => {
      this.logger.error(`failure alerts for session ${event.sessionId}: ${(error as Error).message}`);
    });
  }
}
