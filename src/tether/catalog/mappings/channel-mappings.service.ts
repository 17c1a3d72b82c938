import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service.js';
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
    audit: AuditService,
    channels: ChannelsService,
  ) {
    super(repository, integrations, audit, {
      label: 'channel',
      targetColumn: 'channel_id',
      targets: channels,
      targetField: 'channelId',
      actions: { created: 'channel_mapping.created', updated: 'channel_mapping.updated', deleted: 'channel_mapping.deleted' },
      toDto: (entity) => Object.assign(toMappingDto(entity), { channelId: entity.channelId }),
    });
  }
}
