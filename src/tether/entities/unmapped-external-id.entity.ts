import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';

export const UNMAPPED_KINDS = ['sku', 'channel', 'forecast_version'] as const;
export type UnmappedKind = (typeof UNMAPPED_KINDS)[number];

/**
 * External ids an integration's syncs met but could not map, with how often; the
 * list admins work through. Rows of ids mapped since are hidden when read.
 */
@Entity({ name: 'unmapped_external_ids' })
export class UnmappedExternalIdEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  // Synced rows go with the integration that wrote them.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @PrimaryColumn({ type: 'text' })
  kind!: UnmappedKind;

  @PrimaryColumn({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ type: 'bigint' })
  occurrences!: string;

  /** The data type that last met it. */
  @Column({ type: 'text' })
  capability!: string;

  @Column({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;
}
