import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { PageQueryDto } from '../common/page-query.dto.js';
import { parseId } from '../common/parse-id.pipe.js';
import { CreateWebhookEndpointDto } from './dto/create-webhook-endpoint.dto.js';
import { UpdateWebhookEndpointDto } from './dto/update-webhook-endpoint.dto.js';
import { WebhookDeliveryPageDto } from './dto/webhook-delivery.dto.js';
import { CreatedWebhookEndpointDto, WebhookEndpointDto, WebhookEndpointPageDto } from './dto/webhook-endpoint.dto.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('webhook-endpoints')
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  /** Add a webhook endpoint for failure alerts (admin). The response carries its signing secret, shown only this once. */
  @Post()
  @ApiErrorResponses(400, 403, 413)
  createWebhookEndpoint(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointDto> {
    return this.endpoints.create(principal, dto);
  }

  /** The organization's webhook endpoints, oldest first. */
  @Get()
  @ApiErrorResponses(400)
  listWebhookEndpoints(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<WebhookEndpointPageDto> {
    return this.endpoints.list(principal.organizationId, query);
  }

  /** One webhook endpoint (never its secret). */
  @Get(':id')
  @ApiErrorResponses(400, 404)
  getWebhookEndpoint(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<WebhookEndpointDto> {
    return this.endpoints.get(principal.organizationId, id);
  }

  /** Edit the URL, description, event types or enabled flag (admin). */
  @Patch(':id')
  @ApiErrorResponses(400, 403, 404, 413)
  updateWebhookEndpoint(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Body() dto: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointDto> {
    return this.endpoints.update(principal, id, dto);
  }

  /** Delete the endpoint and its delivery log (admin). */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 403, 404)
  deleteWebhookEndpoint(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<void> {
    return this.endpoints.delete(principal.organizationId, id);
  }

  /** The endpoint's delivery log, newest first: attempts, status, last status code, latency and error. */
  @Get(':id/deliveries')
  @ApiErrorResponses(400, 404)
  listWebhookDeliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.endpoints.deliveriesOf(principal.organizationId, id, query);
  }
}
