import type { SalesHistoryDto, SalesHistoryQueryDto } from '../dto/sales-history.dto.js';
import { calendarDate, decimal, defineListing } from '../reader/listing.js';
import { CHANNEL, SKU } from '../reader/references.js';

/** Latest period first, then by SKU code, channel code, period length and integration. */
export const SALES_HISTORY = defineListing<SalesHistoryQueryDto, SalesHistoryDto>()({
  table: 'sales_history',
  references: [SKU, CHANNEL],
  columns: {
    periodStart: calendarDate('r.period_start'),
    periodLength: 'r.period_length',
    quantity: decimal('r.quantity'),
    revenue: decimal('r.revenue'),
    currency: 'r.currency',
  },
  date: 'r.period_start',
  order: ['r.period_start DESC', 'sku.code', 'channel.code', 'r.period_length', 'r.integration_id', 'r.sku_id', 'r.channel_id'],
});
