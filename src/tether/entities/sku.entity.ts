import { Column, Entity, Index } from 'typeorm';
import { CodedEntityColumns } from './coded-entity.columns.js';

/** One of Tether's products, by its code (unique in the organization). */
@Entity({ name: 'skus' })
@Index('UQ_skus_organization_code', ['organizationId', 'code'], { unique: true })
export class SkuEntity extends CodedEntityColumns {
  @Column({ type: 'text', nullable: true })
  barcode!: string | null;
}
