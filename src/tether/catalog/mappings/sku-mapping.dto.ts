import { PageMetaDto } from '../shared/page-meta.dto.js';
import { MappingDto, MappingInputDto, MappingQueryDto } from './mapping-fields.dto.js';
import { IdField, OptionalIdField } from '../../../common/id.js';

/** An integration's external SKU id (a Shopify variant, a warehouse item...) mapped to a Tether SKU. */
export class SkuMappingDto extends MappingDto {
  /** @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  skuId!: string;
}

export class SkuMappingPageDto extends PageMetaDto {
  items!: SkuMappingDto[];
}

export class CreateSkuMappingDto extends MappingInputDto {
  /** The organization's SKU the external id stands for. @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  @IdField()
  skuId!: string;
}

export class SkuMappingQueryDto extends MappingQueryDto {
  /** Only the external ids mapped to this SKU. @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  @OptionalIdField()
  skuId?: string;
}
