import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { FailureStreak } from '../common/failure-streak.js';
import { AppConfig } from '../config/app-config.js';
import { nextAttemptAt } from './retry-schedule.js';
import { type ClaimedDelivery, WebhookDeliveryQueue } from './webhook-delivery-queue.service.js';
import { WebhookSender } from './webhook-sender.service.js';

/** Deliveries one replica sends at once. */
const BATCH = 10;

/** This replica's sender of due deliveries: every WEBHOOK_POLL_MS, a batch claimed, sent, recorded. */
@Injectable()
export class WebhookPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookPoller.name);
  private readonly failures = new FailureStreak(this.logger, 'claiming webhook deliveries');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly queue: WebhookDeliveryQueue,
    private readonly sender: WebhookSender,
    @Inject(AppConfig) private readonly config: Pick<AppConfig, 'webhooks'>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, this.config.webhooks.pollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): Promise<void> {
    return this.failures.run(async () => {
      const { timeoutMs } = this.config.webhooks;
      // The lease outlasts an attempt's timeout, so the row is never due again mid-send.
      const claimed = await this.queue.claim(BATCH, timeoutMs * 2 + 5_000);
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    });
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const result = await this.sender.send(delivery);
    const { retryBaseMs, retryWindowMs } = this.config.webhooks;
    const retryAt = result.delivered ? null : nextAttemptAt(delivery.createdAt, delivery.attempts, new Date(), { baseMs: retryBaseMs, windowMs: retryWindowMs });
    if (!result.delivered && retryAt === null) this.logger.warn(`webhook delivery ${delivery.id} failed after ${delivery.attempts} attempts: ${result.error}`);
    await this.queue.record(delivery, result, retryAt);
  }
}
