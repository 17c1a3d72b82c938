import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../../../audit/audit-context.js';
import { CurrentAuditContext } from '../../../audit/current-audit-context.decorator.js';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { ApiExternalIdParam, EXTERNAL_ID_PATH, parseExternalId } from '../shared/external-id.pipe.js';
import { CreateSkuMappingDto, SkuMappingDto, SkuMappingPageDto, SkuMappingQueryDto } from './sku-mapping.dto.js';
import { SkuMappingsService } from './sku-mappings.service.js';

@ApiTags('mappings')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('sku-mappings')
export class SkuMappingsController {
  constructor(private readonly mappings: SkuMappingsService) {}

  /** External SKU ids mapped to SKUs, by integration and external id; filter by integration or SKU. */
  @Get()
  @ApiErrorResponses(400, 404)
  listSkuMappings(@CurrentPrincipal() principal: Principal, @Query() query: SkuMappingQueryDto): Promise<SkuMappingPageDto> {
    return this.mappings.list(principal.organizationId, { integrationId: query.integrationId, targetId: query.skuId }, query);
  }

  /** Map an integration's external SKU id to a SKU (admin); posting the id again maps it to the SKU given. */
  @Post()
  @ApiErrorResponses(400, 403, 404, 413)
  mapSku(@CurrentAuditContext() actor: AuditContext, @Body() dto: CreateSkuMappingDto): Promise<SkuMappingDto> {
    return this.mappings.map(actor, dto.integrationId, dto.externalId, dto.skuId);
  }

  /** Remove a mapping (admin); the external id goes in the path, URL-encoded or raw. */
  @Delete(`:integrationId/${EXTERNAL_ID_PATH}`)
  @ApiExternalIdParam('gid://shopify/ProductVariant/42')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 403, 404)
  unmapSku(
    @CurrentAuditContext() actor: AuditContext,
    @Param('integrationId', parseId('integrationId')) integrationId: string,
    @Param('externalId', parseExternalId()) externalId: string,
  ): Promise<void> {
    return this.mappings.unmap(actor, integrationId, externalId);
  }
}
