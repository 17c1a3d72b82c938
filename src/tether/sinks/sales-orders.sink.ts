import type { EntityManager } from 'typeorm';
import type { SalesOrderRecord } from '../records/sales-order.record.js';
import { MISSES_JSON_SQL, RECORD_MISSES_SQL, runSinkStatement } from './sink-statement.js';
import type { Sink, SinkContext, SinkResult } from './sink.js';

/**
 * Orders and their lines in one statement per page. Lines are keyed by the order's
 * external id, so they are written without reading the headers back. An order whose
 * channel cannot be mapped is skipped whole; a line whose SKU cannot be mapped is
 * skipped alone (the header is kept). Lines an order no longer has are removed.
 * An order counts as updated when its header or any of its lines changed.
 */
const SQL = `
WITH orders_in AS (
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::numeric[], $13::timestamptz[])
    WITH ORDINALITY AS o(external_id, order_number, channel_external_id, status, ordered_at, cancelled_at, currency, total_amount, source_updated_at, ord)
), orders_resolved AS (
  SELECT DISTINCT ON (o.external_id) o.*,
    CASE WHEN o.channel_external_id IS NULL THEN $4::uuid ELSE cx.channel_id END AS channel_id
  FROM orders_in o
  LEFT JOIN channel_external_ids cx
    ON cx.organization_id = $1::text AND cx.integration_id = $2::uuid AND cx.external_id = o.channel_external_id
  ORDER BY o.external_id, o.ord DESC
), orders_valid AS (
  SELECT * FROM orders_resolved WHERE channel_id IS NOT NULL
), orders_written AS (
  INSERT INTO sales_orders AS t
    (organization_id, integration_id, external_id, order_number, channel_id, status, ordered_at, cancelled_at, currency, total_amount, source_updated_at, written_at)
  SELECT $1::text, $2::uuid, external_id, order_number, channel_id, status, ordered_at, cancelled_at, currency, total_amount, source_updated_at, now()
  FROM orders_valid
  ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE SET
    order_number = EXCLUDED.order_number, channel_id = EXCLUDED.channel_id, status = EXCLUDED.status,
    ordered_at = EXCLUDED.ordered_at, cancelled_at = EXCLUDED.cancelled_at, currency = EXCLUDED.currency,
    total_amount = EXCLUDED.total_amount, source_updated_at = EXCLUDED.source_updated_at, written_at = EXCLUDED.written_at
  WHERE (t.order_number, t.channel_id, t.status, t.ordered_at, t.cancelled_at, t.currency, t.total_amount, t.source_updated_at)
    IS DISTINCT FROM (EXCLUDED.order_number, EXCLUDED.channel_id, EXCLUDED.status, EXCLUDED.ordered_at, EXCLUDED.cancelled_at,
                      EXCLUDED.currency, EXCLUDED.total_amount, EXCLUDED.source_updated_at)
  RETURNING external_id, (xmax = 0) AS inserted
), lines_in AS (
  SELECT * FROM unnest($14::text[], $15::text[], $16::text[], $17::numeric[], $18::numeric[])
    WITH ORDINALITY AS l(order_external_id, external_id, sku_external_id, quantity, unit_price, ord)
), lines_resolved AS (
  SELECT DISTINCT ON (l.order_external_id, l.external_id) l.*, sx.sku_id, ov.currency
  FROM lines_in l
  JOIN orders_valid ov ON ov.external_id = l.order_external_id
  LEFT JOIN sku_external_ids sx
    ON sx.organization_id = $1::text AND sx.integration_id = $2::uuid AND sx.external_id = l.sku_external_id
  ORDER BY l.order_external_id, l.external_id, l.ord DESC
), lines_written AS (
  INSERT INTO sales_order_lines AS t
    (organization_id, integration_id, order_external_id, external_id, sku_id, quantity, unit_price, currency, written_at)
  SELECT $1::text, $2::uuid, order_external_id, external_id, sku_id, quantity, unit_price, currency, now()
  FROM lines_resolved WHERE sku_id IS NOT NULL
  ON CONFLICT (organization_id, integration_id, order_external_id, external_id) DO UPDATE SET
    sku_id = EXCLUDED.sku_id, quantity = EXCLUDED.quantity, unit_price = EXCLUDED.unit_price,
    currency = EXCLUDED.currency, written_at = EXCLUDED.written_at
  WHERE (t.sku_id, t.quantity, t.unit_price, t.currency) IS DISTINCT FROM (EXCLUDED.sku_id, EXCLUDED.quantity, EXCLUDED.unit_price, EXCLUDED.currency)
  RETURNING order_external_id
), lines_removed AS (
  DELETE FROM sales_order_lines d
  USING orders_valid ov
  WHERE d.organization_id = $1::text AND d.integration_id = $2::uuid AND d.order_external_id = ov.external_id
    AND NOT EXISTS (SELECT 1 FROM lines_in l WHERE l.order_external_id = d.order_external_id AND l.external_id = d.external_id)
  RETURNING d.order_external_id
), misses AS (
  SELECT 'channel'::text AS kind, channel_external_id AS external_id, count(*)::int AS n
  FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NOT NULL GROUP BY 2
  UNION ALL
  SELECT 'sku', sku_external_id, count(*)::int FROM lines_resolved WHERE sku_id IS NULL GROUP BY 2
), ${RECORD_MISSES_SQL.trim()}, outcome AS (
  SELECT coalesce(w.inserted, false) AS created,
    NOT coalesce(w.inserted, false) AND (
      w.external_id IS NOT NULL
      OR EXISTS (SELECT 1 FROM lines_written lw WHERE lw.order_external_id = ov.external_id)
      OR EXISTS (SELECT 1 FROM lines_removed lr WHERE lr.order_external_id = ov.external_id)
    ) AS updated
  FROM orders_valid ov LEFT JOIN orders_written w ON w.external_id = ov.external_id
), skipped AS (
  -- Counted per record received, as are the others (a repeated order counts once more as unchanged).
  SELECT count(*) AS n FROM orders_in o JOIN orders_resolved r ON r.external_id = o.external_id WHERE r.channel_id IS NULL
)
SELECT
  (SELECT count(*) FROM outcome WHERE created)::int AS created,
  (SELECT count(*) FROM outcome WHERE updated)::int AS updated,
  ((SELECT count(*) FROM orders_in) - (SELECT n FROM skipped) - (SELECT count(*) FROM outcome WHERE created OR updated))::int AS unchanged,
  (SELECT n FROM skipped)::int AS skipped,
  (SELECT count(*) FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NULL)::int AS invalid,
  ${MISSES_JSON_SQL} AS unmapped`;

class SalesOrdersSink implements Sink<SalesOrderRecord> {
  readonly capability = 'sales_orders' as const;
  private readonly statement = { name: 'tether.sink.sales_orders', text: SQL };

  write(
    manager: EntityManager,
    context: SinkContext,
    records: readonly SalesOrderRecord[],
    options: { dryRun?: boolean } = {},
  ): Promise<SinkResult> {
    const lines = records.flatMap((order) => order.lines.map((line) => ({ order: order.externalId, line })));
    return runSinkStatement(
      manager,
      this.statement,
      [
        context.organizationId,
        context.integrationId,
        this.capability,
        context.defaultChannelId,
        records.map((o) => o.externalId),
        records.map((o) => o.orderNumber ?? null),
        records.map((o) => o.channelExternalId ?? null),
        records.map((o) => o.status),
        records.map((o) => o.orderedAt),
        records.map((o) => o.cancelledAt ?? null),
        records.map((o) => o.currency),
        records.map((o) => o.totalAmount),
        records.map((o) => o.sourceUpdatedAt ?? null),
        lines.map((l) => l.order),
        lines.map((l) => l.line.externalId),
        lines.map((l) => l.line.skuExternalId),
        lines.map((l) => l.line.quantity),
        lines.map((l) => l.line.unitPrice),
      ],
      options.dryRun === true,
    );
  }
}

export const salesOrdersSink = new SalesOrdersSink();
