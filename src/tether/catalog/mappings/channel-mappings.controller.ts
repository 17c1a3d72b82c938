import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../../../audit/audit-context.js';
import { CurrentAuditContext } from '../../../audit/current-audit-context.decorator.js';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { ApiExternalIdParam, EXTERNAL_ID_PATH, parseExternalId } from '../shared/external-id.pipe.js';
import { CreateChannelMappingDto, ChannelMappingDto, ChannelMappingPageDto, ChannelMappingQueryDto } from './channel-mapping.dto.js';
import { ChannelMappingsService } from './channel-mappings.service.js';

@ApiTags('mappings')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('channel-mappings')
export class ChannelMappingsController {
  constructor(private readonly mappings: ChannelMappingsService) {}

  /** External channel ids mapped to channels, by integration and external id; filter by integration or channel. */
  @Get()
  @ApiErrorResponses(400, 404)
  listChannelMappings(@CurrentPrincipal() principal: Principal, @Query() query: ChannelMappingQueryDto): Promise<ChannelMappingPageDto> {
    return this.mappings.list(principal.organizationId, { integrationId: query.integrationId, targetId: query.channelId }, query);
  }

  /** Map an integration's external channel id to a channel (admin); posting the id again maps it to the channel given. */
  @Post()
  @ApiErrorResponses(400, 403, 404, 413)
  mapChannel(@CurrentAuditContext() actor: AuditContext, @Body() dto: CreateChannelMappingDto): Promise<ChannelMappingDto> {
    return this.mappings.map(actor, dto.integrationId, dto.externalId, dto.channelId);
  }

  /** Remove a mapping (admin); the external id goes in the path, URL-encoded or raw. */
  @Delete(`:integrationId/${EXTERNAL_ID_PATH}`)
  @ApiExternalIdParam('acme.myshopify.com')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 403, 404)
  unmapChannel(
    @CurrentAuditContext() actor: AuditContext,
    @Param('integrationId', parseId('integrationId')) integrationId: string,
    @Param('externalId', parseExternalId()) externalId: string,
  ): Promise<void> {
    return this.mappings.unmap(actor, integrationId, externalId);
  }
}
