import type { WarehouseInventoryRecord } from '../../sync-contract/records/warehouse-inventory.record.js';
import { TableSink } from './table-sink.js';

export const warehouseInventorySink = new TableSink<WarehouseInventoryRecord>({
  capability: 'warehouse_inventory',
  table: 'warehouse_inventory',
  input: [
    { name: 'sku_external_id', type: 'text', value: (r) => r.skuExternalId },
    { name: 'location', type: 'text', value: (r) => r.location },
    { name: 'on_hand', type: 'numeric', value: (r) => r.onHand },
    { name: 'committed', type: 'numeric', value: (r) => r.committed },
    { name: 'available', type: 'numeric', value: (r) => r.available },
    { name: 'as_of', type: 'timestamptz', value: (r) => r.asOf },
  ],
  sku: 'sku_external_id',
  conflict: ['organization_id', 'integration_id', 'sku_id', 'location'],
  target: {
    sku_id: 'r.sku_id',
    location: 'r.location',
    on_hand: 'r.on_hand',
    committed: 'r.committed',
    available: 'r.available',
    as_of: 'r.as_of',
  },
});
