import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { IntegrationsService } from '../../../integrations/integrations.service.js';
import { ChannelExternalIdEntity } from '../../entities/channel-external-id.entity.js';
import { ChannelsService } from '../channels/channels.service.js';
import type { ChannelMappingDto } from './channel-mapping.dto.js';
import { ExternalIdMappingsService } from './external-id-mappings.service.js';
import { toMappingDto } from './mapping.mapper.js';

@Injectable()
export class ChannelMappingsService extends ExternalIdMappingsService<ChannelExternalIdEntity, ChannelMappingDto> {
  constructor(
    @InjectRepository(ChannelExternalIdEntity) repository: Repository<ChannelExternalIdEntity>,
    integrations: IntegrationsService,
    channels: ChannelsService,
  ) {
    super(repository, integrations, {
      label: 'channel',
      targetColumn: 'channel_id',
      targets: channels,
      toDto: (entity) => Object.assign(toMappingDto(entity), { channelId: entity.channelId }),
    });
  }
}
