import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';

/**
 * Counts changes to an integration's mappings (SKU and channel external ids, default
 * channel), bumped by triggers whoever writes them: rows resolved under an older version
 * are resolved again when re-read.
 */
@Entity({ name: 'integration_mapping_versions' })
export class IntegrationMappingVersionEntity {
  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @OneToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ type: 'bigint', default: 0 })
  version!: string;
}
