import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AttemptResult } from './delivery-attempt.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import type { WebhookEventType } from './webhook-event-types.js';

/** A delivery a replica has claimed, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventType: WebhookEventType;
  payload: Record<string, unknown>;
  /** Including the one now claimed. */
  attempts: number;
  createdAt: Date;
  url: string;
  secret: Pick<WebhookEndpointEntity, 'secretKeyId' | 'secretIv' | 'secretAuthTag' | 'secretCiphertext'>;
}


interface ClaimedRow {
  id: string;
  endpoint_id: string;
  event_type: WebhookEventType;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
  url: string;
  secret_key_id: string;
  secret_iv: Buffer;
  secret_auth_tag: Buffer;
  secret_ciphertext: Buffer;
}

// The claim pushes next_attempt_at past the lease: no other replica sees the row as due while
// this one sends it, and if this one dies the row is due again once the lease runs out.
const CLAIM = `WITH claimed AS (
    UPDATE webhook_deliveries d SET attempts = d.attempts + 1, last_attempt_at = now(),
      next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
    WHERE d.id IN (
      SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
      ORDER BY next_attempt_at, id FOR UPDATE SKIP LOCKED LIMIT $1)
    RETURNING d.id, d.endpoint_id, d.event_type, d.payload, d.attempts, d.created_at
  )
  SELECT c.*, e.url, e.secret_key_id, e.secret_iv, e.secret_auth_tag, e.secret_ciphertext
  FROM claimed c JOIN webhook_endpoints e ON e.id = c.endpoint_id`;

/**
 * The webhook deliveries queue in PostgreSQL: an event becomes one row per subscribed
 * endpoint, so a restart loses none; replicas claim due rows with SKIP LOCKED, so two
 * never send one at once.
 */
@Injectable()
export class WebhookDeliveryQueue {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues the event for each of the organization's enabled endpoints subscribed to its type,
   * in the caller's transaction (with the change it tells of); returns the event id.
   */
  async enqueue(organizationId: string, type: WebhookEventType, data: Record<string, unknown>, manager: EntityManager): Promise<string> {
    const eventId = randomUUID();
    const payload = { id: eventId, type, createdAt: new Date().toISOString(), organizationId, data };
    await manager.query(
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_id, event_type, payload)
       SELECT organization_id, id, $2, $3, $4::jsonb FROM webhook_endpoints
       WHERE organization_id = $1 AND enabled AND $3 = ANY (event_types)`,
      [organizationId, eventId, type, JSON.stringify(payload)],
    );
    return eventId;
  }

  async claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows = await this.dataSource.query<ClaimedRow[]>(CLAIM, [limit, leaseMs]);
    return rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      eventType: row.event_type,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.created_at,
      url: row.url,
      secret: { secretKeyId: row.secret_key_id, secretIv: row.secret_iv, secretAuthTag: row.secret_auth_tag, secretCiphertext: row.secret_ciphertext },
    }));
  }

  /**
   * Records the attempt (a failure is retried at `retryAt`, or given up when null), unless
   * another replica has claimed the row since (this one outlived its lease).
   */
  async record(delivery: ClaimedDelivery, outcome: AttemptResult, retryAt: Date | null): Promise<void> {
    if (outcome.delivered) {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), last_status_code = $3, last_latency_ms = $4, last_error = NULL
         WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
        [delivery.id, delivery.attempts, outcome.statusCode, outcome.latencyMs],
      );
      return;
    }
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $3, next_attempt_at = coalesce($4, next_attempt_at),
         last_status_code = $5, last_latency_ms = $6, last_error = $7
       WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [delivery.id, delivery.attempts, retryAt === null ? 'failed' : 'pending', retryAt, outcome.statusCode, outcome.latencyMs, outcome.error],
    );
  }
}
