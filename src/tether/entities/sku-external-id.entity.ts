import { Entity, Index, JoinColumn, ManyToOne, Column, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';
import { ExternalIdColumns } from './external-id.columns.js';
import { SkuEntity } from './sku.entity.js';

/** An external SKU id (Shopify variant, warehouse item code...) mapped to a Tether SKU. */
@Entity({ name: 'sku_external_ids' })
@Index('IDX_sku_external_ids_sku', ['skuId'])
export class SkuExternalIdEntity extends ExternalIdColumns {
  @Column({ name: 'sku_id', type: 'uuid' })
  skuId!: string;

  @ManyToOne(() => SkuEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sku_id' })
  sku?: Relation<SkuEntity>;

  // A source's mappings go with the integration.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;
}
