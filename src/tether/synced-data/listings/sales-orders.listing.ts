import type { SalesOrderDto, SalesOrdersQueryDto } from '../dto/sales-order.dto.js';
import { decimal, defineListing, instant, joinById } from '../reader/listing.js';
import { CHANNEL } from '../reader/references.js';

/** The order's lines (by external id), as a JSON array built in the query. */
const LINES = `(
  SELECT coalesce(jsonb_agg(jsonb_build_object(
    'externalId', l.external_id, 'skuId', l.sku_id, 'skuCode', line_sku.code, 'quantity', ${decimal('l.quantity')},
    'orderedQuantity', ${decimal('l.ordered_quantity')}, 'unitPrice', ${decimal('l.unit_price')}, 'currency', l.currency, 'writtenAt', ${instant('l.written_at')}
  ) ORDER BY l.external_id), '[]'::jsonb)
  FROM sales_order_lines l ${joinById('skus', 'line_sku', 'sku_id', 'l')}
  WHERE l.organization_id = r.organization_id AND l.integration_id = r.integration_id AND l.order_external_id = r.external_id
)`;

/** Newest order first, then by integration and external id. */
export const SALES_ORDERS = defineListing<SalesOrdersQueryDto, SalesOrderDto>()({
  table: 'sales_orders',
  references: [CHANNEL],
  columns: {
    externalId: 'r.external_id',
    orderNumber: 'r.order_number',
    status: 'r.status',
    countsAsSale: 'r.counts_as_sale',
    orderedAt: instant('r.ordered_at'),
    cancelledAt: instant('r.cancelled_at'),
    currency: 'r.currency',
    totalAmount: decimal('r.total_amount'),
    refundedAmount: decimal('r.refunded_amount'),
    sourceUpdatedAt: instant('r.source_updated_at'),
    lines: LINES,
  },
  date: 'r.ordered_at',
  filters: {
    // Orders having a line of the SKU (all their lines are listed).
    skuId: (sku) => `EXISTS (
      SELECT 1 FROM sales_order_lines l
      WHERE l.organization_id = r.organization_id AND l.integration_id = r.integration_id
        AND l.order_external_id = r.external_id AND l.sku_id = ${sku})`,
  },
  order: ['r.ordered_at DESC', 'r.integration_id', 'r.external_id'],
});
