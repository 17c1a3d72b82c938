import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A sales channel (a store, a marketplace, a wholesale account), by its code. */
@Entity({ name: 'channels' })
@Index('UQ_channels_organization_code', ['organizationId', 'code'], { unique: true })
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The integration whose channels capability last wrote it; null when made by hand. */
  @Column({ name: 'integration_id', type: 'uuid', nullable: true })
  integrationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
