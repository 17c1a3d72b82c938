import { CatalogItemDto } from '../shared/catalog-item.dto.js';
import { PageMetaDto } from '../shared/page-meta.dto.js';

/** One of Tether's products. */
export class SkuDto extends CatalogItemDto {
  /** Unique in the organization. @example "PALE-330" */
  code!: string;
  /** @example "Pale Ale 330ml" */
  name!: string;
  /** @example "5012345678900" */
  barcode!: string | null;
}

export class SkuPageDto extends PageMetaDto {
  items!: SkuDto[];
}
