import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/page-of.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-event-types.js';

/** A webhook endpoint; its secret is shown once, at creation. */
export class WebhookEndpointDto {
  /** @example "8c2d4b1e-3f5a-4c6d-9e7f-0a1b2c3d4e5f" */
  id!: string;
  /** @example "https://alerts.example.com/tether" */
  url!: string;
  /** @example "On-call pager" */
  description!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['sync.failed', 'integration.auto_disabled'] })
  eventTypes!: WebhookEventType[];
  /** @example true */
  enabled!: boolean;
  /** @example "2026-11-27T09:00:00.000Z" */
  createdAt!: string;
  /** @example "2026-11-27T09:00:00.000Z" */
  updatedAt!: string;
}

export class CreatedWebhookEndpointDto extends WebhookEndpointDto {
  /** The signing secret: shown only in this response, store it now. @example "<whsec_ followed by 43 characters>" */
  secret!: string;
}

export class WebhookEndpointPageDto extends PageOf(WebhookEndpointDto) {}
