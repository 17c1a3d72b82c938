import type { ChannelRecord } from '../../sync-contract/records/channel.record.js';
import { CatalogSink } from './catalog-sink.js';

export const channelsSink = new CatalogSink<ChannelRecord>({
  capability: 'channels',
  table: 'channels',
  externalIdTable: 'channel_external_ids',
  idColumn: 'channel_id',
  codeField: 'code',
  attributes: ['name'],
  values: (r) => ({ externalId: r.externalId, code: r.code, attributes: [r.name] }),
});
