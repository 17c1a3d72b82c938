import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';
import type { SyncError } from '../sync-error.js';

export const SESSION_STATUSES = ['queued', 'running', 'succeeded', 'partially_failed', 'failed', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const ACTIVE_SESSION_STATUSES: readonly SessionStatus[] = ['queued', 'running'];

export const SESSION_TRIGGERS = ['schedule', 'manual'] as const;
export type SessionTrigger = (typeof SESSION_TRIGGERS)[number];

/**
 * One trigger of an integration's sync (a cron tick or an admin), with one execution per
 * capability. Two partial unique indexes, owned by the migration, carry the invariants:
 * one session per scheduled tick, and one active (queued or running) session per integration.
 */
@Entity({ name: 'sync_sessions' })
@Index('UQ_sync_sessions_tick', { synchronize: false })
@Index('UQ_sync_sessions_active', { synchronize: false })
@Index('IDX_sync_sessions_queued', { synchronize: false })
@Index('IDX_sync_sessions_running', { synchronize: false })
@Index('IDX_sync_sessions_integration_created', ['integrationId', 'createdAt'])
@Index('IDX_sync_sessions_organization_created', ['organizationId', 'createdAt'])
// The alerts' sweep reads the sessions that ended lately.
@Index('IDX_sync_sessions_finished', ['finishedAt'])
export class SyncSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ type: 'text' })
  trigger!: SessionTrigger;

  /** Subject of the admin who triggered it; null for the schedule. */
  @Column({ name: 'triggered_by', type: 'text', nullable: true })
  triggeredBy!: string | null;

  /** The `x-request-id` of the request that triggered it (its log lines carry it); null for the schedule. */
  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  /** The cron tick this session was claimed for; null for a manual trigger. */
  @Column({ name: 'scheduled_for', type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun!: boolean;

  @Column({ type: 'text', array: true })
  capabilities!: string[];

  @Column({ type: 'text', default: 'queued' })
  status!: SessionStatus;

  @Column({ name: 'cancel_requested', type: 'boolean', default: false })
  cancelRequested!: boolean;

  /** The replica's worker running it. */
  @Column({ name: 'worker_id', type: 'text', nullable: true })
  workerId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  /** Why the session as a whole failed (its executions carry their own errors). */
  @Column({ type: 'jsonb', nullable: true })
  error!: SyncError | null;
}
