import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { IntegrationEntity } from '../integrations/integration.entity.js';

/**
 * What the alerts remember per integration: whether its last session failed (for
 * `sync.recovered`), and the failure score of its consecutive failed scheduled sessions
 * (an `auth` failure scores 2) towards auto-disable.
 */
@Entity({ name: 'integration_alert_states' })
export class IntegrationAlertStateEntity {
  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @OneToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;

  @Column({ type: 'boolean', default: false })
  failing!: boolean;

  @Column({ name: 'failure_score', type: 'integer', default: 0 })
  failureScore!: number;

  @Column({ type: 'boolean', default: false })
  warned!: boolean;

  /** The end of the last session evaluated: later ones are still to be (by the listener, else the sweep). */
  @Column({ name: 'evaluated_through', type: 'timestamptz' })
  evaluatedThrough!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
