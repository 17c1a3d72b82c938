import type { WarehouseInventoryDto, WarehouseInventoryQueryDto } from '../dto/warehouse-inventory.dto.js';
import { decimal, defineListing, instant } from '../reader/listing.js';
import { SKU } from '../reader/references.js';

/** Latest stock count first, then by SKU code, location and integration. */
export const WAREHOUSE_INVENTORY = defineListing<WarehouseInventoryQueryDto, WarehouseInventoryDto>()({
  table: 'warehouse_inventory',
  references: [SKU],
  columns: {
    location: 'r.location',
    onHand: decimal('r.on_hand'),
    committed: decimal('r.committed'),
    available: decimal('r.available'),
    asOf: instant('r.as_of'),
  },
  date: 'r.as_of',
  order: ['r.as_of DESC', 'sku.code', 'r.location', 'r.integration_id', 'r.sku_id'],
});
