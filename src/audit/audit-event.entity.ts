import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChanges } from './audit-changes.js';

/**
 * One change an admin made. No foreign key to what it describes: events outlive the
 * integration, and the target's label keeps its name as it was.
 */
@Entity({ name: 'audit_events' })
// The listing: an organization's events, newest first (a backward scan).
@Index('IDX_audit_events_organization_occurred', ['organizationId', 'occurredAt', 'id'])
@Index('IDX_audit_events_target', ['organizationId', 'targetType', 'targetId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  // Milliseconds, as the API writes instants: a bound copied from an event then matches it.
  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** The token's subject. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  @Column({ name: 'target_label', type: 'text' })
  targetLabel!: string;

  @Column({ type: 'jsonb', nullable: true })
  changes!: AuditChanges | null;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;
}
