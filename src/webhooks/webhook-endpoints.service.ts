import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { InputValidationException } from '../common/input-validation.exception.js';
import { type Page, paginate } from '../common/page.js';
import type { PageQueryDto } from '../common/page-query.dto.js';
import { OutboundPolicy } from '../connectors/kit/outbound/outbound-policy.js';
import { OutboundRefusal } from '../connectors/kit/outbound/outbound-refusal.js';
import type { CreateWebhookEndpointDto } from './dto/create-webhook-endpoint.dto.js';
import type { UpdateWebhookEndpointDto } from './dto/update-webhook-endpoint.dto.js';
import type { WebhookDeliveryDto } from './dto/webhook-delivery.dto.js';
import type { CreatedWebhookEndpointDto, WebhookEndpointDto } from './dto/webhook-endpoint.dto.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { toWebhookDeliveryDto, toWebhookEndpointDto } from './webhook-endpoint.mapper.js';
import { WebhookEndpointNotFoundException } from './webhook-endpoint-not-found.exception.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types.js';
import { newWebhookSecret } from './webhook-signature.js';
import { WebhookSecrets } from './webhook-secrets.js';

/** An organization's webhook endpoints (admin CRUD) and their delivery logs; scoped by organization. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    @InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    private readonly policy: OutboundPolicy,
    private readonly secrets: WebhookSecrets,
  ) {}

  async create(principal: Principal, dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    const url = await this.checkedUrl(dto.url);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const saved = await this.endpoints.save(
      this.endpoints.create({
        id,
        organizationId: principal.organizationId,
        url,
        description: dto.description ?? '',
        eventTypes: dto.eventTypes ?? [...WEBHOOK_EVENT_TYPES],
        enabled: dto.enabled ?? true,
        ...this.secrets.seal(id, secret),
        createdBy: principal.subject,
        updatedBy: principal.subject,
      }),
    );
    return Object.assign(toWebhookEndpointDto(saved), { secret });
  }

  async list(organizationId: string, query: PageQueryDto): Promise<Page<WebhookEndpointDto>> {
    const builder = this.endpoints
      .createQueryBuilder('endpoint')
      .where('endpoint.organization_id = :organizationId', { organizationId })
      .orderBy('endpoint.created_at')
      .addOrderBy('endpoint.id');
    return paginate(builder, query, toWebhookEndpointDto);
  }

  async get(organizationId: string, id: string): Promise<WebhookEndpointDto> {
    return toWebhookEndpointDto(await this.find(organizationId, id));
  }

  async update(principal: Principal, id: string, dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointDto> {
    const entity = await this.find(principal.organizationId, id);
    const url = dto.url === undefined ? entity.url : await this.checkedUrl(dto.url);
    Object.assign(entity, {
      // As elsewhere, null (which IsOptional lets through) keeps the current value.
      url,
      description: dto.description ?? entity.description,
      eventTypes: dto.eventTypes ?? entity.eventTypes,
      enabled: dto.enabled ?? entity.enabled,
      updatedBy: principal.subject,
    });
    return toWebhookEndpointDto(await this.endpoints.save(entity));
  }

  /** Its delivery log goes with it. */
  async delete(organizationId: string, id: string): Promise<void> {
    const result = await this.endpoints.delete({ id, organizationId });
    if (result.affected === 0) throw new WebhookEndpointNotFoundException(id);
  }

  /** The endpoint's deliveries, newest first. */
  async deliveriesOf(organizationId: string, id: string, query: PageQueryDto): Promise<Page<WebhookDeliveryDto>> {
    await this.find(organizationId, id);
    const builder = this.deliveries
      .createQueryBuilder('delivery')
      .where('delivery.endpoint_id = :id', { id })
      .orderBy('delivery.created_at', 'DESC')
      .addOrderBy('delivery.id', 'DESC');
    return paginate(builder, query, toWebhookDeliveryDto);
  }

  private async find(organizationId: string, id: string): Promise<WebhookEndpointEntity> {
    const entity = await this.endpoints.findOneBy({ id, organizationId });
    if (entity === null) throw new WebhookEndpointNotFoundException(id);
    return entity;
  }

  /** https to a public address (http to loopback only under the test policy); a 400 naming `url` otherwise. */
  private async checkedUrl(value: string): Promise<string> {
    try {
      return (await this.policy.checkUrl(value, 'url', 'create')).href;
    } catch (error) {
      if (!(error instanceof OutboundRefusal)) throw error;
      throw new InputValidationException([{ field: 'url', rule: 'outboundPolicy', message: error.message }]);
    }
  }
}
