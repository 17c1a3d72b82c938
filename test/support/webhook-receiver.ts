import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../fakes/close-server.js';

/** Webhooks at test speed: polled every 100 ms, retried from 200 ms on for a minute. */
export const FAST_WEBHOOKS = { WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_RETRY_WINDOW_MS: '60000', WEBHOOK_TIMEOUT_MS: '2000' };

/** A receiver's tolerance for the signed timestamp, as the README recommends. */
export const REPLAY_TOLERANCE_SECONDS = 300;

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  payload: { id: string; type: string; createdAt: string; organizationId: string; data: Record<string, unknown> };
}

/**
 * What a receiver does with `X-Tether-Signature` (the README's snippet): the HMAC of
 * "t.body" under the secret, compared in constant time, and the timestamp within tolerance.
 */
export function verifySignature(secret: string, header: string | undefined, body: string, nowMs: number): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = Buffer.from(parts.get('v1') ?? '', 'hex');
  const expected = createHmac('sha256', secret).update(`${parts.get('t') ?? ''}.${body}`).digest();
  if (!Number.isInteger(t) || v1.length !== expected.length || !timingSafeEqual(v1, expected)) return false;
  return Math.abs(nowMs / 1000 - t) <= REPLAY_TOLERANCE_SECONDS;
}

/**
 * A webhook receiver on 127.0.0.1: accepts (204) deliveries whose signature verifies under
 * `secret` and records them; refuses (400) the others and records those apart. Can stop and
 * start again on the same port, as a receiver that was down for a while.
 */
export class WebhookReceiver {
  secret = '';
  /** Added to the receiver's clock: a receiver checking a re-sent delivery later. */
  clockOffsetMs = 0;
  readonly accepted: ReceivedDelivery[] = [];
  readonly refused: { headers: IncomingHttpHeaders; body: string }[] = [];
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${String(this.port)}/hooks/tether`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const signature = request.headers['x-tether-signature'];
        if (verifySignature(this.secret, typeof signature === 'string' ? signature : undefined, body, Date.now() + this.clockOffsetMs)) {
          this.accepted.push({ headers: request.headers, body, payload: JSON.parse(body) as ReceivedDelivery['payload'] });
          response.writeHead(204).end();
        } else {
          this.refused.push({ headers: request.headers, body });
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    if (this.server !== undefined) await closeServer(this.server);
    this.server = undefined;
  }

  /** Accepted deliveries of one event type about one integration. */
  of(type: string, integrationId?: string): ReceivedDelivery[] {
    return this.accepted.filter((d) => d.payload.type === type && (integrationId === undefined || d.payload.data.integrationId === integrationId));
  }
}

/** Polls until `check` holds. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not true within ${String(timeoutMs)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
