import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDeliveryQueue } from './webhook-delivery-queue.service.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WebhookEndpointsController } from './webhook-endpoints.controller.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';
import { WebhookPoller } from './webhook-poller.service.js';
import { WebhookSecrets } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.service.js';

/** Signed webhook endpoints per organization, and the delivery queue every replica drains. Other modules publish through WebhookDeliveryQueue. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity]), CredentialsModule],
  controllers: [WebhookEndpointsController],
  providers: [WebhookEndpointsService, WebhookSecrets, WebhookDeliveryQueue, WebhookSender, WebhookPoller],
  exports: [WebhookDeliveryQueue],
})
export class WebhooksModule {}
