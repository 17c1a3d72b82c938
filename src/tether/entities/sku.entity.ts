import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One of Tether's products, by its code (unique in the organization). */
@Entity({ name: 'skus' })
@Index('UQ_skus_organization_code', ['organizationId', 'code'], { unique: true })
export class SkuEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  barcode!: string | null;

  /** The integration whose products capability last wrote it; null when made by hand. */
  @Column({ name: 'integration_id', type: 'uuid', nullable: true })
  integrationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
