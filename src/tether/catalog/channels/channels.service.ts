import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ChannelEntity } from '../../entities/channel.entity.js';
import { CodedEntityService } from '../shared/coded-entity.service.js';
import type { ChannelDto } from './channel.dto.js';
import { ChannelNotFoundException } from './channel-not-found.exception.js';
import { toChannelDto } from './channel.mapper.js';
import type { CreateChannelDto } from './create-channel.dto.js';

@Injectable()
export class ChannelsService extends CodedEntityService<ChannelEntity, ChannelDto> {
  constructor(@InjectRepository(ChannelEntity) repository: Repository<ChannelEntity>) {
    super(repository, { label: 'channel', uniqueConstraint: 'UQ_channels_organization_code', notFound: (id) => new ChannelNotFoundException(id), toDto: toChannelDto });
  }

  create(organizationId: string, dto: CreateChannelDto): Promise<ChannelDto> {
    return this.insert(organizationId, { code: dto.code, name: dto.name });
  }
}
