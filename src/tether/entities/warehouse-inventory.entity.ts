import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/** Stock of a SKU at one warehouse or location, as of a moment. */
@Entity({ name: 'warehouse_inventory' })
export class WarehouseInventoryEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @PrimaryColumn({ type: 'text' })
  location!: string;

  @Column({ name: 'on_hand', ...DECIMAL })
  onHand!: string;

  @Column(DECIMAL)
  committed!: string;

  @Column(DECIMAL)
  available!: string;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf!: Date;
}
