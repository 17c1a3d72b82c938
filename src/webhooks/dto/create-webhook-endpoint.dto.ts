import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../webhook-event-types.js';

export class CreateWebhookEndpointDto {
  /** Where deliveries are POSTed: https only, to a public address. @example "https://alerts.example.com/tether" */
  @IsString()
  @MaxLength(2000)
  @NoNulCharacters()
  url!: string;

  /** A note for admins. @example "On-call pager" */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacters()
  description?: string;

  /** Events to receive; at creation defaults to all of them. */
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, required: false, example: ['sync.failed', 'integration.auto_disabled'] })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes?: WebhookEventType[];

  /** Deliveries are queued only while enabled; at creation defaults to true. @example true */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
