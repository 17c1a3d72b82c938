import type { PendingSaleDto, PendingSalesQueryDto } from '../dto/pending-sale.dto.js';
import { decimal, defineListing, instant } from '../reader/listing.js';
import { CHANNEL, SKU } from '../reader/references.js';

/** Newest first, then by integration, order and line external id. */
export const PENDING_SALES = defineListing<PendingSalesQueryDto, PendingSaleDto>()({
  table: 'pending_sales',
  references: [SKU, CHANNEL],
  columns: {
    orderExternalId: 'r.order_external_id',
    lineExternalId: 'r.line_external_id',
    orderedAt: instant('r.ordered_at'),
    quantity: decimal('r.quantity'),
    amount: decimal('r.amount'),
    currency: 'r.currency',
  },
  date: 'r.ordered_at',
  order: ['r.ordered_at DESC', 'r.integration_id', 'r.order_external_id', 'r.line_external_id'],
});
