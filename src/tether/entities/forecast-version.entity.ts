import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';

/** A named forecast (a plan, a scenario) whose quantities are in sales_forecast. */
@Entity({ name: 'forecast_versions' })
@Index('UQ_forecast_versions_source', ['organizationId', 'integrationId', 'externalId'], { unique: true })
export class ForecastVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  // Synced rows go with the integration that wrote them.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'source_created_at', type: 'timestamptz', nullable: true })
  sourceCreatedAt!: Date | null;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;
}
