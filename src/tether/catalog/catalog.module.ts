import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module.js';
import { IntegrationsModule } from '../../integrations/integrations.module.js';
import { ChannelExternalIdEntity } from '../entities/channel-external-id.entity.js';
import { ChannelEntity } from '../entities/channel.entity.js';
import { IntegrationDefaultChannelEntity } from '../entities/integration-default-channel.entity.js';
import { SkuExternalIdEntity } from '../entities/sku-external-id.entity.js';
import { SkuEntity } from '../entities/sku.entity.js';
import { UnmappedExternalIdEntity } from '../entities/unmapped-external-id.entity.js';
import { ChannelsController } from './channels/channels.controller.js';
import { ChannelsService } from './channels/channels.service.js';
import { DefaultChannelController } from './default-channel/default-channel.controller.js';
import { DefaultChannelService } from './default-channel/default-channel.service.js';
import { ChannelMappingsController } from './mappings/channel-mappings.controller.js';
import { ChannelMappingsService } from './mappings/channel-mappings.service.js';
import { SkuMappingsController } from './mappings/sku-mappings.controller.js';
import { SkuMappingsService } from './mappings/sku-mappings.service.js';
import { SkusController } from './skus/skus.controller.js';
import { SkusService } from './skus/skus.service.js';
import { UnmappedController } from './unmapped/unmapped.controller.js';
import { UnmappedService } from './unmapped/unmapped.service.js';

/**
 * The admin API over Tether's catalog: SKUs and channels, the external ids mapped to
 * them, each integration's default channel, and the ids its syncs could not map.
 * Integrations are checked through IntegrationsService, never their table.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SkuEntity,
      ChannelEntity,
      SkuExternalIdEntity,
      ChannelExternalIdEntity,
      IntegrationDefaultChannelEntity,
      UnmappedExternalIdEntity,
    ]),
    AuditModule,
    IntegrationsModule,
  ],
  controllers: [SkusController, ChannelsController, SkuMappingsController, ChannelMappingsController, DefaultChannelController, UnmappedController],
  providers: [SkusService, ChannelsService, SkuMappingsService, ChannelMappingsService, DefaultChannelService, UnmappedService],
  exports: [DefaultChannelService],
})
export class CatalogModule {}
