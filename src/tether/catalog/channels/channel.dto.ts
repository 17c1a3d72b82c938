import { CatalogItemDto } from '../shared/catalog-item.dto.js';
import { PageMetaDto } from '../shared/page-meta.dto.js';

/** A sales channel: a store, a marketplace, a wholesale account. */
export class ChannelDto extends CatalogItemDto {
  /** Unique in the organization. @example "WEB" */
  code!: string;
  /** @example "Web store" */
  name!: string;
}

export class ChannelPageDto extends PageMetaDto {
  items!: ChannelDto[];
}
