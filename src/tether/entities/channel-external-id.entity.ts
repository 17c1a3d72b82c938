import { Entity, Index, JoinColumn, ManyToOne, Column, type Relation } from 'typeorm';
import { IntegrationEntity } from '../../integrations/integration.entity.js';
import { ExternalIdColumns } from './external-id.columns.js';
import { ChannelEntity } from './channel.entity.js';

/** An external channel id (a store, an outlet, a channel code) mapped to a Tether channel. */
@Entity({ name: 'channel_external_ids' })
@Index('IDX_channel_external_ids_channel', ['channelId'])
export class ChannelExternalIdEntity extends ExternalIdColumns {
  @Column({ name: 'channel_id', type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id' })
  channel?: Relation<ChannelEntity>;

  // A source's mappings go with the integration.
  @ManyToOne(() => IntegrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'integration_id' })
  integration?: Relation<IntegrationEntity>;
}
