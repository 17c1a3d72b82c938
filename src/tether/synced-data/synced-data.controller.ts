import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { ApiErrorResponses } from '../../common/api-error-responses.decorator.js';
import { parseId } from '../../common/parse-id.pipe.js';
import { ForecastVersionPageDto, ForecastVersionsQueryDto } from './dto/forecast-version.dto.js';
import { PendingSalePageDto, PendingSalesQueryDto } from './dto/pending-sale.dto.js';
import { PricePageDto, PricingQueryDto } from './dto/price.dto.js';
import { SalesForecastPageDto, SalesForecastQueryDto } from './dto/sales-forecast.dto.js';
import { SalesHistoryPageDto, SalesHistoryQueryDto } from './dto/sales-history.dto.js';
import { SalesOrderDto, SalesOrderPageDto, SalesOrdersQueryDto } from './dto/sales-order.dto.js';
import { WarehouseInventoryPageDto, WarehouseInventoryQueryDto } from './dto/warehouse-inventory.dto.js';
import { ApiExternalIdParam, EXTERNAL_ID_PATH, parseExternalId } from '../catalog/shared/external-id.pipe.js';
import { FORECAST_VERSIONS } from './listings/forecast-versions.listing.js';
import { PENDING_SALES } from './listings/pending-sales.listing.js';
import { PRICING } from './listings/pricing.listing.js';
import { SALES_FORECAST } from './listings/sales-forecast.listing.js';
import { SALES_HISTORY } from './listings/sales-history.listing.js';
import { SALES_ORDERS } from './listings/sales-orders.listing.js';
import { WAREHOUSE_INVENTORY } from './listings/warehouse-inventory.listing.js';
import { SyncedRowsReader } from './reader/synced-rows.reader.js';
import { SalesOrderNotFoundException } from './sales-order-not-found.exception.js';

/**
 * What the syncs wrote, to check it landed: every data type, paged, newest first, in the
 * caller's organization. `from`/`to` bound each type's own date, both inclusive.
 */
@ApiTags('synced-data')
@ApiBearerAuth()
@ApiErrorResponses(400, 401)
@Controller()
export class SyncedDataController {
  constructor(private readonly reader: SyncedRowsReader) {}

  /** Sales orders with their lines, newest `orderedAt` first; `skuId` keeps orders having a line of that SKU. */
  @Get('sales-orders')
  listSalesOrders(@CurrentPrincipal() principal: Principal, @Query() query: SalesOrdersQueryDto): Promise<SalesOrderPageDto> {
    return this.reader.page(SALES_ORDERS, principal.organizationId, query);
  }

  /** One sales order with its lines, by the integration that wrote it and the source's order id. */
  @Get(`sales-orders/:integrationId/${EXTERNAL_ID_PATH}`)
  @ApiExternalIdParam('gid://shopify/Order/1')
  @ApiErrorResponses(404)
  async getSalesOrder(
    @CurrentPrincipal() principal: Principal,
    @Param('integrationId', parseId('integrationId')) integrationId: string,
    @Param('externalId', parseExternalId()) externalId: string,
  ): Promise<SalesOrderDto> {
    const key = { 'r.integration_id': integrationId, 'r.external_id': externalId };
    const order = await this.reader.find(SALES_ORDERS, principal.organizationId, key);
    if (order === undefined) throw new SalesOrderNotFoundException(integrationId, externalId);
    return order;
  }

  /** Sales per SKU, channel and period, latest `periodStart` first. */
  @Get('sales-history')
  listSalesHistory(@CurrentPrincipal() principal: Principal, @Query() query: SalesHistoryQueryDto): Promise<SalesHistoryPageDto> {
    return this.reader.page(SALES_HISTORY, principal.organizationId, query);
  }

  /** Order lines not yet paid or fulfilled, newest `orderedAt` first. */
  @Get('pending-sales')
  listPendingSales(@CurrentPrincipal() principal: Principal, @Query() query: PendingSalesQueryDto): Promise<PendingSalePageDto> {
    return this.reader.page(PENDING_SALES, principal.organizationId, query);
  }

  /** Stock per SKU and location, latest `asOf` first. */
  @Get('warehouse-inventory')
  listWarehouseInventory(
    @CurrentPrincipal() principal: Principal,
    @Query() query: WarehouseInventoryQueryDto,
  ): Promise<WarehouseInventoryPageDto> {
    return this.reader.page(WAREHOUSE_INVENTORY, principal.organizationId, query);
  }

  /** Prices per SKU, price list and currency, latest `validFrom` first. */
  @Get('pricing')
  listPricing(@CurrentPrincipal() principal: Principal, @Query() query: PricingQueryDto): Promise<PricePageDto> {
    return this.reader.page(PRICING, principal.organizationId, query);
  }

  /** Forecast versions, newest `sourceCreatedAt` first (those without one last). */
  @Get('forecast-versions')
  listForecastVersions(@CurrentPrincipal() principal: Principal, @Query() query: ForecastVersionsQueryDto): Promise<ForecastVersionPageDto> {
    return this.reader.page(FORECAST_VERSIONS, principal.organizationId, query);
  }

  /** Forecast quantities per version, SKU, channel and period, latest `periodStart` first. */
  @Get('sales-forecast')
  listSalesForecast(@CurrentPrincipal() principal: Principal, @Query() query: SalesForecastQueryDto): Promise<SalesForecastPageDto> {
    return this.reader.page(SALES_FORECAST, principal.organizationId, query);
  }
}
