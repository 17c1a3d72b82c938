import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuditContext } from '../../../audit/audit-context.js';
import { AuditService } from '../../../audit/audit.service.js';
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
    private readonly audit: AuditService,
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
  async set(actor: AuditContext, integrationId: string, channelId: string): Promise<ChannelDto> {
    const { organizationId } = actor;
    const label = await this.integrations.nameOf(organizationId, integrationId);
    const channel = await this.channels.get(organizationId, channelId);
    await this.defaults.manager.transaction(async (manager) => {
      const defaults = manager.getRepository(IntegrationDefaultChannelEntity);
      // Locked, so that two admins setting it at once each record what they replaced.
      const previous = await defaults.findOne({ where: { organizationId, integrationId }, lock: { mode: 'pessimistic_write' } });
      if (previous?.channelId === channelId) return;
      await defaults.upsert({ integrationId, organizationId, channelId }, ['integrationId']);
      const changes = { ...(previous === null ? {} : { before: { channelId: previous.channelId } }), after: { channelId } };
      await this.audit.record(actor, { action: 'default_channel.set', target: { type: 'integration', id: integrationId, label }, changes }, manager);
    });
    return channel;
  }

  async clear(actor: AuditContext, integrationId: string): Promise<void> {
    const { organizationId } = actor;
    const label = await this.integrations.nameOf(organizationId, integrationId);
    await this.defaults.manager.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(IntegrationDefaultChannelEntity)
        .where('organization_id = :organizationId AND integration_id = :integrationId', { organizationId, integrationId })
        .returning('channel_id')
        .execute();
      const removed = (result.raw as { channel_id: string }[])[0];
      if (removed === undefined) throw new DefaultChannelNotFoundException(integrationId);
      const changes = { before: { channelId: removed.channel_id } };
      await this.audit.record(actor, { action: 'default_channel.cleared', target: { type: 'integration', id: integrationId, label }, changes }, manager);
    });
  }
}
