import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { IntegrationsService } from '../../../integrations/integrations.service.js';
import { IntegrationDefaultChannelEntity } from '../../entities/integration-default-channel.entity.js';
import type { ChannelDto } from '../channels/channel.dto.js';
import { ChannelsService } from '../channels/channels.service.js';
import { DefaultChannelNotFoundException } from './default-channel-not-found.exception.js';

/** The channel an integration's records fall back to when they name none (one store = one channel). */
@Injectable()
export class DefaultChannelService {
  constructor(
    @InjectRepository(IntegrationDefaultChannelEntity) private readonly defaults: Repository<IntegrationDefaultChannelEntity>,
    private readonly integrations: IntegrationsService,
    private readonly channels: ChannelsService,
  ) {}

  async get(organizationId: string, integrationId: string): Promise<ChannelDto> {
    await this.integrations.assertExists(organizationId, integrationId);
    const row = await this.defaults.findOneBy({ organizationId, integrationId });
    if (row === null) throw new DefaultChannelNotFoundException(integrationId);
    return this.channels.get(organizationId, row.channelId);
  }

  /** For the sync runner: the default channel's id, or null. */
  async channelIdOf(integrationId: string): Promise<string | null> {
    return (await this.defaults.findOneBy({ integrationId }))?.channelId ?? null;
  }

  /** Sets or replaces it. */
  async set(organizationId: string, integrationId: string, channelId: string): Promise<ChannelDto> {
    await this.integrations.assertExists(organizationId, integrationId);
    const channel = await this.channels.get(organizationId, channelId);
    await this.defaults.upsert({ integrationId, organizationId, channelId }, ['integrationId']);
    return channel;
  }

  async clear(organizationId: string, integrationId: string): Promise<void> {
    await this.integrations.assertExists(organizationId, integrationId);
    const result = await this.defaults.delete({ organizationId, integrationId });
    if (result.affected === 0) throw new DefaultChannelNotFoundException(integrationId);
  }
}
