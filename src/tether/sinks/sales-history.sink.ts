import type { SalesHistoryRecord } from '../../sync-contract/records/sales-history.record.js';
import { TableSink } from './table-sink.js';

export const salesHistorySink = new TableSink<SalesHistoryRecord>({
  capability: 'sales_history',
  table: 'sales_history',
  input: [
    { name: 'sku_external_id', type: 'text', value: (r) => r.skuExternalId },
    { name: 'channel_external_id', type: 'text', value: (r) => r.channelExternalId },
    { name: 'period_start', type: 'date', value: (r) => r.periodStart },
    { name: 'period_length', type: 'text', value: (r) => r.periodLength },
    { name: 'quantity', type: 'numeric', value: (r) => r.quantity },
    { name: 'revenue', type: 'numeric', value: (r) => r.revenue },
    { name: 'currency', type: 'text', value: (r) => r.currency },
  ],
  sku: 'sku_external_id',
  channel: { column: 'channel_external_id', whenMissing: 'default' },
  conflict: ['organization_id', 'integration_id', 'sku_id', 'channel_id', 'period_start', 'period_length'],
  target: {
    sku_id: 'r.sku_id',
    channel_id: 'r.channel_id',
    period_start: 'r.period_start',
    period_length: 'r.period_length',
    quantity: 'r.quantity',
    revenue: 'r.revenue',
    currency: 'r.currency',
  },
});
