import { PartialType } from '@nestjs/swagger';
import { CreateWebhookEndpointDto } from './create-webhook-endpoint.dto.js';

/** Any of the endpoint's fields, each validated as at creation. The secret never changes. */
export class UpdateWebhookEndpointDto extends PartialType(CreateWebhookEndpointDto) {}
