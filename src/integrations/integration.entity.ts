import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One configured connection to an external service, owned by an organization. */
@Entity({ name: 'integrations' })
// Names are unique per organization regardless of case; an expression index, so the
// migration owns it and schema comparison leaves it alone.
@Index('UQ_integrations_organization_name', { synchronize: false })
export class IntegrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'external_service', type: 'text' })
  externalService!: string;

  @Column({ name: 'cron_expression', type: 'text' })
  cronExpression!: string;

  @Column({ type: 'text' })
  timezone!: string;

  @Column({ type: 'text', array: true })
  capabilities!: string[];

  @Column({ type: 'jsonb' })
  settings!: Record<string, unknown>;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun!: boolean;

  /** Why the service disabled it (auto-disable after failures); cleared when re-enabled. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  /** The last sync session, kept here by the executions module for the dashboard. */
  @Column({ name: 'last_sync_session_id', type: 'uuid', nullable: true })
  lastSyncSessionId!: string | null;

  @Column({ name: 'last_sync_status', type: 'text', nullable: true })
  lastSyncStatus!: string | null;

  @Column({ name: 'last_sync_at', type: 'timestamptz', nullable: true })
  lastSyncAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
