import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DECIMAL, SyncedRowColumns } from './synced-row.columns.js';

/**
 * A SKU's price in a price list (or on a channel's list), in one currency, from a date.
 * `price_list` is the source's list id, or the channel's external id when prices are
 * per channel.
 */
@Entity({ name: 'pricing' })
export class PriceEntity extends SyncedRowColumns {
  @PrimaryColumn({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @PrimaryColumn({ name: 'price_list', type: 'text' })
  priceList!: string;

  @PrimaryColumn({ type: 'text' })
  currency!: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'channel_id', type: 'uuid', nullable: true })
  channelId!: string | null;

  @Column(DECIMAL)
  amount!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;
}
