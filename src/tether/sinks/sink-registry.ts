import type { Capability } from '../../sync-contract/capability.js';
import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import { channelsSink } from './channels.sink.js';
import { forecastVersionsSink } from './forecast-versions.sink.js';
import { pendingSalesSink } from './pending-sales.sink.js';
import { pricingSink } from './pricing.sink.js';
import { productsSink } from './products.sink.js';
import { salesForecastSink } from './sales-forecast.sink.js';
import { salesHistorySink } from './sales-history.sink.js';
import { salesOrdersSink } from './sales-orders.sink.js';
import type { Sink } from './sink.js';
import { warehouseInventorySink } from './warehouse-inventory.sink.js';

/** One sink per data type. */
export const SINKS: { [C in Capability]: Sink<CanonicalRecord<C>> } = {
  sales_orders: salesOrdersSink,
  sales_history: salesHistorySink,
  pending_sales: pendingSalesSink,
  warehouse_inventory: warehouseInventorySink,
  products: productsSink,
  channels: channelsSink,
  pricing: pricingSink,
  forecast_versions: forecastVersionsSink,
  sales_forecast: salesForecastSink,
};
