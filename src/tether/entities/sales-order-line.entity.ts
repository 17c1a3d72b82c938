import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/**
 * A line of an order, keyed by the order's and the line's external ids, so a page of
 * lines is written without first reading back the headers' keys.
 */
@Entity({ name: 'sales_order_lines' })
export class SalesOrderLineEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'order_external_id', type: 'text' })
  orderExternalId!: string;

  @PrimaryColumn({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  /** Units that count as sold (net of refunds and removals; 0 when the order does not count). */
  @Column(DECIMAL)
  quantity!: string;

  /** Units as ordered; null when the source does not tell them apart. */
  @Column({ name: 'ordered_quantity', ...DECIMAL, nullable: true })
  orderedQuantity!: string | null;

  /** One unit's price after discounts. */
  @Column({ name: 'unit_price', ...DECIMAL })
  unitPrice!: string;

  @Column({ type: 'text' })
  currency!: string;
}
