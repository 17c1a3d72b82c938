import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/** An order header; its lines are in sales_order_lines under the same external id. */
@Entity({ name: 'sales_orders' })
export class SalesOrderEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'order_number', type: 'text', nullable: true })
  orderNumber!: string | null;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  /** The payment state as the source names it (paid, partially_refunded, refunded, voided, ...). */
  @Column({ type: 'text' })
  status!: string;

  /** Whether the order counts as a sale (paid and not cancelled). */
  @Column({ name: 'counts_as_sale', type: 'boolean', default: true })
  countsAsSale!: boolean;

  @Column({ name: 'ordered_at', type: 'timestamptz' })
  orderedAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text' })
  currency!: string;

  /** The total now: after discounts, refunds and removals. */
  @Column({ name: 'total_amount', ...DECIMAL })
  totalAmount!: string;

  /** Refunded so far; null when the source does not say. */
  @Column({ name: 'refunded_amount', ...DECIMAL, nullable: true })
  refundedAmount!: string | null;

  /** When the source last changed it, as the source says. */
  @Column({ name: 'source_updated_at', type: 'timestamptz', nullable: true })
  sourceUpdatedAt!: Date | null;

  /**
   * Digest of the source record (header and lines) when every line was mapped; null when
   * some were skipped. With `mapping_version`, lets a re-read page skip unchanged orders.
   */
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  /** The integration's mapping version the order was resolved with. */
  @Column({ name: 'mapping_version', type: 'bigint', default: 0 })
  mappingVersion!: string;
}
