import type { Capability } from '../capability.js';
import type { ChannelRecord } from './channel.record.js';
import type { ForecastVersionRecord } from './forecast-version.record.js';
import type { PendingSaleRecord } from './pending-sale.record.js';
import type { PriceRecord } from './price.record.js';
import type { ProductRecord } from './product.record.js';
import type { SalesForecastRecord } from './sales-forecast.record.js';
import type { SalesHistoryRecord } from './sales-history.record.js';
import type { SalesOrderRecord } from './sales-order.record.js';
import type { WarehouseInventoryRecord } from './warehouse-inventory.record.js';

/** What every connector emits per capability: external ids, never Tether ids. */
export interface CanonicalRecords {
  sales_orders: SalesOrderRecord;
  sales_history: SalesHistoryRecord;
  pending_sales: PendingSaleRecord;
  warehouse_inventory: WarehouseInventoryRecord;
  products: ProductRecord;
  channels: ChannelRecord;
  pricing: PriceRecord;
  forecast_versions: ForecastVersionRecord;
  sales_forecast: SalesForecastRecord;
}

export type CanonicalRecord<C extends Capability> = CanonicalRecords[C];
