import type { PriceRecord } from '../../sync-contract/records/price.record.js';
import { TableSink } from './table-sink.js';

export const pricingSink = new TableSink<PriceRecord>({
  capability: 'pricing',
  table: 'pricing',
  input: [
    { name: 'sku_external_id', type: 'text', value: (r) => r.skuExternalId },
    { name: 'price_list', type: 'text', value: (r) => r.priceList },
    { name: 'channel_external_id', type: 'text', value: (r) => r.channelExternalId },
    { name: 'currency', type: 'text', value: (r) => r.currency },
    { name: 'amount', type: 'numeric', value: (r) => r.amount },
    { name: 'valid_from', type: 'date', value: (r) => r.validFrom ?? '1970-01-01' },
    { name: 'valid_to', type: 'date', value: (r) => r.validTo },
  ],
  sku: 'sku_external_id',
  channel: { column: 'channel_external_id', whenMissing: 'optional' },
  conflict: ['organization_id', 'integration_id', 'sku_id', 'price_list', 'currency', 'valid_from'],
  target: {
    sku_id: 'r.sku_id',
    price_list: 'r.price_list',
    currency: 'r.currency',
    valid_from: 'r.valid_from',
    channel_id: 'r.channel_id',
    amount: 'r.amount',
    valid_to: 'r.valid_to',
  },
});
