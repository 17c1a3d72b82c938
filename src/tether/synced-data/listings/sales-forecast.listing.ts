import type { SalesForecastDto, SalesForecastQueryDto } from '../dto/sales-forecast.dto.js';
import { calendarDate, decimal, defineListing } from '../reader/listing.js';
import { CHANNEL, FORECAST_VERSION, SKU } from '../reader/references.js';

/** Latest period first, then by forecast version name, SKU code and channel code. */
export const SALES_FORECAST = defineListing<SalesForecastQueryDto, SalesForecastDto>()({
  table: 'sales_forecast',
  references: [FORECAST_VERSION, SKU, CHANNEL],
  columns: {
    periodStart: calendarDate('r.period_start'),
    quantity: decimal('r.quantity'),
  },
  date: 'r.period_start',
  order: ['r.period_start DESC', 'version.name', 'sku.code', 'channel.code', 'r.forecast_version_id', 'r.sku_id', 'r.channel_id'],
});
