import { Injectable, Logger } from '@nestjs/common';
import { PgNotifications } from '../database/pg-notifications.service.js';

const CHANNEL = 'tether_integration_changed';

/**
 * Tells whoever keeps state derived from integrations (the cron jobs) that one changed:
 * at once on this replica, and on the others through a PostgreSQL notification.
 */
@Injectable()
export class IntegrationChanges {
  private readonly logger = new Logger(IntegrationChanges.name);
  private readonly local = new Set<(integrationId: string) => Promise<void>>();

  constructor(private readonly notifications: PgNotifications) {}

  /** Resolves once this replica's listeners are done, so the change is in effect here when the request answers. */
  async changed(integrationId: string): Promise<void> {
    await Promise.all([...this.local].map((listener) => listener(integrationId)));
    try {
      await this.notifications.notify(CHANNEL, integrationId);
    } catch (error) {
      // The other replicas' periodic reconcile still catches up.
      this.logger.warn(`could not notify other replicas of integration ${integrationId}: ${(error as Error).message}`);
    }
  }

  /** `onChange` hears this replica's changes and every other replica's; `onMissed` after a lost connection. */
  async subscribe(onChange: (integrationId: string) => Promise<void>, onMissed: () => void): Promise<void> {
    this.local.add(onChange);
    await this.notifications.listen(CHANNEL, { onNotification: (id) => void onChange(id), onReconnect: onMissed });
  }
}
