import type { SalesForecastRecord } from '../../sync-contract/records/sales-forecast.record.js';
import { TableSink } from './table-sink.js';

export const salesForecastSink = new TableSink<SalesForecastRecord>({
  capability: 'sales_forecast',
  table: 'sales_forecast',
  input: [
    { name: 'version_external_id', type: 'text', value: (r) => r.versionExternalId },
    { name: 'sku_external_id', type: 'text', value: (r) => r.skuExternalId },
    { name: 'channel_external_id', type: 'text', value: (r) => r.channelExternalId },
    { name: 'period_start', type: 'date', value: (r) => r.periodStart },
    { name: 'quantity', type: 'numeric', value: (r) => r.quantity },
  ],
  sku: 'sku_external_id',
  channel: { column: 'channel_external_id', whenMissing: 'default' },
  forecastVersion: 'version_external_id',
  conflict: ['forecast_version_id', 'sku_id', 'channel_id', 'period_start'],
  target: {
    forecast_version_id: 'r.forecast_version_id',
    sku_id: 'r.sku_id',
    channel_id: 'r.channel_id',
    period_start: 'r.period_start',
    quantity: 'r.quantity',
  },
});
