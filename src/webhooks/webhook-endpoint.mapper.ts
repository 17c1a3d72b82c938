import type { WebhookDeliveryDto } from './dto/webhook-delivery.dto.js';
import type { WebhookEndpointDto } from './dto/webhook-endpoint.dto.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export const toWebhookEndpointDto = (entity: WebhookEndpointEntity): WebhookEndpointDto => ({
  id: entity.id,
  url: entity.url,
  description: entity.description,
  eventTypes: entity.eventTypes,
  enabled: entity.enabled,
  createdAt: entity.createdAt.toISOString(),
  updatedAt: entity.updatedAt.toISOString(),
});

export const toWebhookDeliveryDto = (entity: WebhookDeliveryEntity): WebhookDeliveryDto => ({
  id: entity.id,
  eventId: entity.eventId,
  eventType: entity.eventType,
  status: entity.status,
  attempts: entity.attempts,
  nextAttemptAt: entity.status === 'pending' ? entity.nextAttemptAt.toISOString() : null,
  lastAttemptAt: entity.lastAttemptAt?.toISOString() ?? null,
  lastStatusCode: entity.lastStatusCode,
  lastLatencyMs: entity.lastLatencyMs,
  lastError: entity.lastError,
  deliveredAt: entity.deliveredAt?.toISOString() ?? null,
  createdAt: entity.createdAt.toISOString(),
  payload: entity.payload,
});
