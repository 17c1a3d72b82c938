import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import type { RefusedRecord, UnmappedCount } from '../../tether/sinks/sink.js';
import type { SyncError } from '../sync-error.js';
import { SyncSessionEntity } from './sync-session.entity.js';

export const EXECUTION_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'skipped'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** One capability's run within a session, with what it read and wrote. */
@Entity({ name: 'sync_executions' })
@Unique('UQ_sync_executions_session_capability', ['sessionId', 'capability'])
@Index('IDX_sync_executions_integration_created', ['integrationId', 'createdAt'])
export class SyncExecutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => SyncSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<SyncSessionEntity>;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @Column({ type: 'text' })
  capability!: string;

  /** Run order within the session (dependencies first). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', default: 'queued' })
  status!: ExecutionStatus;

  @Column({ name: 'dry_run', type: 'boolean' })
  dryRun!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Reads of the source, the first included; more than one after transient errors. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'records_fetched', type: 'int', default: 0 })
  recordsFetched!: number;

  /** Pages written so far (across attempts, as records_fetched). */
  @Column({ type: 'int', default: 0 })
  pages!: number;

  /** Records the whole read will have, as the source last said; null when it does not say. */
  @Column({ name: 'expected_total', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  expectedTotal!: number | null;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  updated!: number;

  @Column({ type: 'int', default: 0 })
  unchanged!: number;

  /** Records not written because an external id had no mapping. */
  @Column({ type: 'int', default: 0 })
  skipped!: number;

  /** Records the sink refused as invalid. */
  @Column({ type: 'int', default: 0 })
  failed!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  unmapped!: UnmappedCount[];

  /** The first records the sink refused (counted in `failed`), with why. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  refused!: RefusedRecord[];

  @Column({ type: 'jsonb', nullable: true })
  error!: SyncError | null;

  /** What the connector wants admins to know about this run (e.g. a limit on how far back it could read). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  notes!: string[];
}
