import { PageMetaDto } from '../shared/page-meta.dto.js';
import { MappingDto, MappingInputDto, MappingQueryDto } from './mapping-fields.dto.js';
import { IdField, OptionalIdField } from '../../../common/id.js';

/** An integration's external channel id (a store, an outlet, a channel code) mapped to a Tether channel. */
export class ChannelMappingDto extends MappingDto {
  /** @example "9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60" */
  channelId!: string;
}

export class ChannelMappingPageDto extends PageMetaDto {
  items!: ChannelMappingDto[];
}

export class CreateChannelMappingDto extends MappingInputDto {
  /** The organization's channel the external id stands for. @example "9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60" */
  @IdField()
  channelId!: string;
}

export class ChannelMappingQueryDto extends MappingQueryDto {
  /** Only the external ids mapped to this channel. @example "9d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60" */
  @OptionalIdField()
  channelId?: string;
}
