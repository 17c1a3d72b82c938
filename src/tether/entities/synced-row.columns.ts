import { Column, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';

/**
 * Every synced row: whose it is, which integration wrote it, and when it last changed.
 * The natural key starts with organization and integration, so re-reading a source
 * record updates its row instead of adding one.
 */
export abstract class SyncedRowColumns {
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  // Synced rows go with the integration that wrote them.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;
}

/** Money and quantities: numeric, never floats; read back as decimal strings. */
export const DECIMAL = { type: 'numeric', precision: 20, scale: 4 } as const;
