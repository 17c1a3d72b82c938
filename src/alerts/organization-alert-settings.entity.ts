import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An organization's alert settings; no row: the defaults. */
@Entity({ name: 'organization_alert_settings' })
export class OrganizationAlertSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ name: 'auto_disable_after', type: 'integer' })
  autoDisableAfter!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
