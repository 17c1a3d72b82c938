import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/page-of.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../webhook-delivery.entity.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-event-types.js';

/** One event's delivery to one endpoint: its attempts so far and the last one's outcome. */
export class WebhookDeliveryDto {
  /** Also sent as `X-Tether-Delivery`. @example "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b" */
  id!: string;
  /** The event's id (the body's `id`), the same for every endpoint. @example "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d" */
  eventId!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, example: 'sync.failed' })
  eventType!: WebhookEventType;
  @ApiProperty({ enum: DELIVERY_STATUSES, example: 'delivered' })
  status!: DeliveryStatus;
  /** @example 1 */
  attempts!: number;
  /** When the next attempt is due; null once delivered or failed. @example null */
  nextAttemptAt!: string | null;
  /** @example "2026-11-28T00:00:05.000Z" */
  lastAttemptAt!: string | null;
  /** The receiver's last HTTP status; null if it could not be reached. @example 200 */
  lastStatusCode!: number | null;
  /** @example 42 */
  lastLatencyMs!: number | null;
  /** Why the last attempt failed. @example null */
  lastError!: string | null;
  /** @example "2026-11-28T00:00:05.000Z" */
  deliveredAt!: string | null;
  /** @example "2026-11-28T00:00:04.000Z" */
  createdAt!: string;
  /** The body sent. @example {"id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "type": "sync.failed", "createdAt": "2026-11-28T00:00:04.000Z", "data": {}} */
  payload!: Record<string, unknown>;
}

export class WebhookDeliveryPageDto extends PageOf(WebhookDeliveryDto) {}
