import type { PendingSaleRecord } from '../../sync-contract/records/pending-sale.record.js';
import { TableSink } from './table-sink.js';

export const pendingSalesSink = new TableSink<PendingSaleRecord>({
  capability: 'pending_sales',
  table: 'pending_sales',
  input: [
    { name: 'order_external_id', type: 'text', value: (r) => r.orderExternalId },
    { name: 'line_external_id', type: 'text', value: (r) => r.lineExternalId },
    { name: 'sku_external_id', type: 'text', value: (r) => r.skuExternalId },
    { name: 'channel_external_id', type: 'text', value: (r) => r.channelExternalId },
    { name: 'ordered_at', type: 'timestamptz', value: (r) => r.orderedAt },
    { name: 'quantity', type: 'numeric', value: (r) => r.quantity },
    { name: 'amount', type: 'numeric', value: (r) => r.amount },
    { name: 'currency', type: 'text', value: (r) => r.currency },
  ],
  recordId: 'line_external_id',
  sku: 'sku_external_id',
  channel: { column: 'channel_external_id', whenMissing: 'default' },
  conflict: ['organization_id', 'integration_id', 'order_external_id', 'line_external_id'],
  target: {
    order_external_id: 'r.order_external_id',
    line_external_id: 'r.line_external_id',
    sku_id: 'r.sku_id',
    channel_id: 'r.channel_id',
    ordered_at: 'r.ordered_at',
    quantity: 'r.quantity',
    amount: 'r.amount',
    currency: 'r.currency',
  },
});
