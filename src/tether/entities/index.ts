import { ChannelExternalIdEntity } from './channel-external-id.entity.js';
import { ChannelEntity } from './channel.entity.js';
import { ForecastVersionEntity } from './forecast-version.entity.js';
import { IntegrationDefaultChannelEntity } from './integration-default-channel.entity.js';
import { IntegrationMappingVersionEntity } from './integration-mapping-version.entity.js';
import { PendingSaleEntity } from './pending-sale.entity.js';
import { PriceEntity } from './price.entity.js';
import { SalesForecastEntity } from './sales-forecast.entity.js';
import { SalesHistoryEntity } from './sales-history.entity.js';
import { SalesOrderLineEntity } from './sales-order-line.entity.js';
import { SalesOrderEntity } from './sales-order.entity.js';
import { SkuExternalIdEntity } from './sku-external-id.entity.js';
import { SkuEntity } from './sku.entity.js';
import { UnmappedExternalIdEntity } from './unmapped-external-id.entity.js';
import { WarehouseInventoryEntity } from './warehouse-inventory.entity.js';

/** Every table the tether module owns. */
export const TETHER_ENTITIES = [
  SkuEntity,
  SkuExternalIdEntity,
  ChannelEntity,
  ChannelExternalIdEntity,
  IntegrationDefaultChannelEntity,
  IntegrationMappingVersionEntity,
  SalesOrderEntity,
  SalesOrderLineEntity,
  SalesHistoryEntity,
  PendingSaleEntity,
  WarehouseInventoryEntity,
  PriceEntity,
  ForecastVersionEntity,
  SalesForecastEntity,
  UnmappedExternalIdEntity,
];
