import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PeriodLength } from '../../sync-contract/records/sales-history.record.js';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/** Aggregated sales of a SKU on a channel over one period. */
@Entity({ name: 'sales_history' })
export class SalesHistoryEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @PrimaryColumn({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @PrimaryColumn({ name: 'period_length', type: 'text' })
  periodLength!: PeriodLength;

  @Column(DECIMAL)
  quantity!: string;

  @Column(DECIMAL)
  revenue!: string;

  @Column({ type: 'text' })
  currency!: string;
}
