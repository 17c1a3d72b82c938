import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/** A line of an order placed but not yet paid or fulfilled. */
@Entity({ name: 'pending_sales' })
export class PendingSaleEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'order_external_id', type: 'text' })
  orderExternalId!: string;

  @PrimaryColumn({ name: 'line_external_id', type: 'text' })
  lineExternalId!: string;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @Column({ name: 'ordered_at', type: 'timestamptz' })
  orderedAt!: Date;

  @Column(DECIMAL)
  quantity!: string;

  @Column(DECIMAL)
  amount!: string;

  @Column({ type: 'text' })
  currency!: string;
}
