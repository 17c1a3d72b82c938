import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';
import { DECIMAL } from './synced-row.columns.js';

/** Forecast quantity of a SKU on a channel for one period, in one forecast version. */
@Entity({ name: 'sales_forecast' })
export class SalesForecastEntity {
  @PrimaryColumn({ name: 'forecast_version_id', type: 'uuid' })
  forecastVersionId!: string;

  @PrimaryColumn({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @PrimaryColumn({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  // Synced rows go with the integration that wrote them.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column(DECIMAL)
  quantity!: string;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;
}
