import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import type { SyncCursor } from '../../sync-contract/source-page.js';
import { IntegrationEntity } from '../../integrations/integration.entity.js';

/** Where the next read of a capability resumes, committed with the page it follows. */
@Entity({ name: 'sync_states' })
export class SyncStateEntity {
  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @PrimaryColumn({ type: 'text' })
  capability!: string;

  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'jsonb', nullable: true })
  cursor!: SyncCursor | null;

  /** The session that committed it. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
