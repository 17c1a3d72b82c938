import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { OutboundHttp } from '../connectors/kit/http/outbound-http.js';
import { OutboundPolicy } from '../connectors/kit/outbound/outbound-policy.js';
import type { AttemptResult } from './delivery-attempt.js';
import type { ClaimedDelivery } from './webhook-delivery-queue.service.js';
import { signatureHeader } from './webhook-signature.js';
import { WebhookSecrets } from './webhook-secrets.js';

/** A receiver's answer, kept in the log, at most this long. */
const MAX_ERROR_LENGTH = 300;

/** One attempt at one delivery: signed, POSTed through the kit's outbound client (public addresses only outside tests). */
@Injectable()
export class WebhookSender {
  private readonly http: OutboundHttp;

  constructor(
    policy: OutboundPolicy,
    private readonly secrets: WebhookSecrets,
    @Inject(AppConfig) private readonly config: Pick<AppConfig, 'webhooks'>,
  ) {
    this.http = new OutboundHttp(policy);
  }

  /** The attempt's outcome; never throws (a failure is an outcome, retried by the caller's schedule). */
  async send(delivery: ClaimedDelivery): Promise<AttemptResult> {
    const body = JSON.stringify(delivery.payload);
    const started = performance.now();
    const latency = (): number => Math.round(performance.now() - started);
    try {
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Tether-Webhooks/1',
        'x-tether-event': delivery.eventType,
        'x-tether-delivery': delivery.id,
        'x-tether-signature': signatureHeader(this.secrets.open(delivery.endpointId, delivery.secret), body, new Date()),
      };
      const { timeoutMs } = this.config.webhooks;
      const reply = await this.http.send({ method: 'POST', url: delivery.url, headers, body, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
      if (reply.status >= 200 && reply.status < 300) return { delivered: true, statusCode: reply.status, latencyMs: latency() };
      return { delivered: false, statusCode: reply.status, latencyMs: latency(), error: `receiver answered ${String(reply.status)}` };
    } catch (error) {
      const message = (error as Error).message.slice(0, MAX_ERROR_LENGTH);
      return { delivered: false, statusCode: null, latencyMs: latency(), error: message };
    }
  }
}
