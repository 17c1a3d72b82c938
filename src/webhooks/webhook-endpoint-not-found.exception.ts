import { NotFoundException } from '@nestjs/common';

export class WebhookEndpointNotFoundException extends NotFoundException {
  constructor(id: string) {
    super(`Webhook endpoint ${id} not found`);
  }
}
