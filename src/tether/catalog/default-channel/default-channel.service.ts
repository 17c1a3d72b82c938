import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { prepared, runPrepared } from '../../../database/prepared-statement.js';
import { IntegrationsService } from '../../../integrations/integrations.service.js';
import { IntegrationDefaultChannelEntity } from '../../entities/integration-default-channel.entity.js';
import type { ChannelDto } from '../channels/channel.dto.js';
import { ChannelsService } from '../channels/channels.service.js';
import { DefaultChannelNotFoundException } from './default-channel-not-found.exception.js';

const CHANNEL_ID_OF = prepared('default_channel.of', 'SELECT channel_id FROM integration_default_channels WHERE integration_id = $1');

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
    const rows = await runPrepared<{ channel_id: string }>(this.defaults.manager.dataSource, CHANNEL_ID_OF, [integrationId]);
    return rows[0]?.channel_id ?? null;
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
