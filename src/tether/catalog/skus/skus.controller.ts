import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses, CONFLICTS } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { CatalogQueryDto } from '../shared/catalog-query.dto.js';
import { CreateSkuDto } from './create-sku.dto.js';
import { SkuDto, SkuPageDto } from './sku.dto.js';
import { SkusService } from './skus.service.js';

@ApiTags('skus')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('skus')
export class SkusController {
  constructor(private readonly skus: SkusService) {}

  /** The organization's SKUs by code; `q` finds codes or names starting with it. */
  @Get()
  @ApiErrorResponses(400)
  listSkus(@CurrentPrincipal() principal: Principal, @Query() query: CatalogQueryDto): Promise<SkuPageDto> {
    return this.skus.list(principal.organizationId, query);
  }

  /** Create a SKU (admin); its code must be new in the organization. */
  @Post()
  @ApiErrorResponses(400, 403, CONFLICTS.skuCode, 413)
  createSku(@CurrentPrincipal() principal: Principal, @Body() dto: CreateSkuDto): Promise<SkuDto> {
    return this.skus.create(principal.organizationId, dto);
  }

  /** One SKU. */
  @Get(':id')
  @ApiErrorResponses(400, 404)
  getSku(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<SkuDto> {
    return this.skus.get(principal.organizationId, id);
  }
}
