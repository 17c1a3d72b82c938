import type { ChannelEntity } from '../../entities/channel.entity.js';
import { toCatalogItemDto } from '../shared/catalog-item.mapper.js';
import type { ChannelDto } from './channel.dto.js';

export function toChannelDto(entity: ChannelEntity): ChannelDto {
  return Object.assign(toCatalogItemDto(entity), { code: entity.code, name: entity.name });
}
