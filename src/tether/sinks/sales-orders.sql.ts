import { MISSES_JSON_SQL, RECORD_MISSES_SQL, refusedJsonSql } from './sink-statement.js';

/*
 * The sales-orders sink's statements. Lines are keyed by the order's external id, so
 * they are written without reading the headers back. An order whose channel cannot be
 * mapped is skipped whole; a line whose SKU cannot be mapped is skipped alone (the header
 * is kept). Lines an order no longer has are removed. An order counts as updated when its
 * header or any of its lines changed.
 *
 * Every lookup in a table is an index probe per key (a LATERAL subquery that OFFSET 0
 * keeps the planner from flattening into a join over the whole table) and every other
 * join is between the page's own rows, so the plan does not depend on the tables'
 * statistics, which a new integration's tables do not have yet. Rows are written in key
 * order, so two pages writing the same orders at once wait for each other instead of
 * deadlocking. Parameters: $1 organization, $2 integration, $3 capability, $4 default
 * channel, $5-$13, $19-$22 the orders' columns, $14-$18 and $23 the lines' columns.
 */

/** Reads the page: orders and lines with their channels and SKUs resolved. */
const RESOLVE_CTES = `
WITH orders_in AS (
  SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::text[], $12::numeric[], $13::timestamptz[], $19::int[], $20::text[], $21::boolean[], $22::numeric[])
    WITH ORDINALITY AS o(external_id, order_number, channel_external_id, status, ordered_at, cancelled_at, currency, total_amount, source_updated_at, occurrences, content_hash, counts_as_sale, refunded_amount, ord)
), channel_map AS (
  SELECT k.channel_external_id, m.channel_id
  FROM (SELECT DISTINCT channel_external_id FROM orders_in WHERE channel_external_id IS NOT NULL) k
  CROSS JOIN LATERAL (
    SELECT channel_id FROM channel_external_ids
    WHERE organization_id = $1::text AND integration_id = $2::uuid AND external_id = k.channel_external_id
    OFFSET 0
  ) m
), orders_resolved AS (
  SELECT o.*, CASE WHEN o.channel_external_id IS NULL THEN $4::uuid ELSE m.channel_id END AS channel_id
  FROM orders_in o LEFT JOIN channel_map m ON m.channel_external_id = o.channel_external_id
), orders_valid AS (
  SELECT * FROM orders_resolved WHERE channel_id IS NOT NULL
), lines_in AS (
  -- Lines come with their order's position in the page.
  SELECT ov.external_id AS order_external_id, l.external_id, l.sku_external_id, l.quantity, l.ordered_quantity, l.unit_price, ov.currency
  FROM unnest($14::int[], $15::text[], $16::text[], $17::numeric[], $18::numeric[], $23::numeric[])
    AS l(order_ord, external_id, sku_external_id, quantity, unit_price, ordered_quantity)
  JOIN orders_valid ov ON ov.ord = l.order_ord
), sku_map AS (
  SELECT k.sku_external_id, m.sku_id
  FROM (SELECT DISTINCT sku_external_id FROM lines_in) k
  CROSS JOIN LATERAL (
    SELECT sku_id FROM sku_external_ids
    WHERE organization_id = $1::text AND integration_id = $2::uuid AND external_id = k.sku_external_id
    OFFSET 0
  ) m
), lines_resolved AS (
  SELECT l.*, m.sku_id FROM lines_in l LEFT JOIN sku_map m ON m.sku_external_id = l.sku_external_id
), incomplete AS (
  SELECT DISTINCT order_external_id FROM lines_resolved WHERE sku_id IS NULL
), mapping AS (
  SELECT coalesce((SELECT version FROM integration_mapping_versions WHERE integration_id = $2::uuid), 0) AS version
)`;

/** Orders refused as invalid: naming no channel when the integration has no default one. */
const REFUSED_ORDERS_SQL = refusedJsonSql(
  `SELECT external_id, 'channelExternalId is empty and the integration has no default channel' AS reason, ord
   FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NULL`,
);

/** The ids the page could not map, noted for the admins. */
const MISSES_CTES = `
misses AS (
  SELECT 'channel'::text AS kind, channel_external_id AS external_id, count(*)::int AS n
  FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NOT NULL GROUP BY 2
  UNION ALL
  SELECT 'sku', sku_external_id, count(*)::int FROM lines_resolved WHERE sku_id IS NULL GROUP BY 2
), ${RECORD_MISSES_SQL.trim()}`;

/**
 * Writes the page: each order compared with its stored row, and only what changed
 * written, as an upsert (safe against a concurrent writer).
 */
export const UPSERT_ORDERS_SQL = `${RESOLVE_CTES}, orders_compared AS (
  -- Unchanged headers are left alone (not even locked). The digest is kept only for an
  -- order whose every line was mapped, so one with skipped lines is always resolved again.
  SELECT ov.*, m.version AS mapping_version,
    CASE WHEN i.order_external_id IS NULL THEN ov.content_hash END AS stored_hash,
    s.external_id IS NULL AS is_new,
    (s.order_number, s.channel_id, s.status, s.counts_as_sale, s.ordered_at, s.cancelled_at, s.currency, s.total_amount, s.refunded_amount, s.source_updated_at)
      IS DISTINCT FROM (ov.order_number, ov.channel_id, ov.status, ov.counts_as_sale, ov.ordered_at, ov.cancelled_at, ov.currency, ov.total_amount, ov.refunded_amount, ov.source_updated_at)
      AS data_changed,
    (s.content_hash, s.mapping_version) IS DISTINCT FROM (CASE WHEN i.order_external_id IS NULL THEN ov.content_hash END, m.version)
      AS bookkeeping_changed
  FROM orders_valid ov
  CROSS JOIN mapping m
  LEFT JOIN incomplete i ON i.order_external_id = ov.external_id
  LEFT JOIN LATERAL (
    SELECT * FROM sales_orders
    WHERE organization_id = $1::text AND integration_id = $2::uuid AND external_id = ov.external_id
    OFFSET 0
  ) s ON true
), orders_written AS (
  INSERT INTO sales_orders AS t
    (organization_id, integration_id, external_id, order_number, channel_id, status, counts_as_sale, ordered_at, cancelled_at, currency,
     total_amount, refunded_amount, source_updated_at, content_hash, mapping_version, written_at)
  SELECT $1::text, $2::uuid, external_id, order_number, channel_id, status, counts_as_sale, ordered_at, cancelled_at, currency,
    total_amount, refunded_amount, source_updated_at, stored_hash, mapping_version, now()
  FROM orders_compared WHERE data_changed OR bookkeeping_changed ORDER BY external_id
  ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE SET
    order_number = EXCLUDED.order_number, channel_id = EXCLUDED.channel_id, status = EXCLUDED.status,
    counts_as_sale = EXCLUDED.counts_as_sale, ordered_at = EXCLUDED.ordered_at, cancelled_at = EXCLUDED.cancelled_at,
    currency = EXCLUDED.currency, total_amount = EXCLUDED.total_amount, refunded_amount = EXCLUDED.refunded_amount,
    source_updated_at = EXCLUDED.source_updated_at,
    content_hash = EXCLUDED.content_hash, mapping_version = EXCLUDED.mapping_version,
    written_at = CASE WHEN (t.order_number, t.channel_id, t.status, t.counts_as_sale, t.ordered_at, t.cancelled_at, t.currency, t.total_amount,
                            t.refunded_amount, t.source_updated_at)
      IS DISTINCT FROM (EXCLUDED.order_number, EXCLUDED.channel_id, EXCLUDED.status, EXCLUDED.counts_as_sale, EXCLUDED.ordered_at,
                        EXCLUDED.cancelled_at, EXCLUDED.currency, EXCLUDED.total_amount, EXCLUDED.refunded_amount, EXCLUDED.source_updated_at)
      THEN EXCLUDED.written_at ELSE t.written_at END
  WHERE (t.order_number, t.channel_id, t.status, t.counts_as_sale, t.ordered_at, t.cancelled_at, t.currency, t.total_amount,
         t.refunded_amount, t.source_updated_at, t.content_hash, t.mapping_version)
    IS DISTINCT FROM (EXCLUDED.order_number, EXCLUDED.channel_id, EXCLUDED.status, EXCLUDED.counts_as_sale, EXCLUDED.ordered_at,
                      EXCLUDED.cancelled_at, EXCLUDED.currency, EXCLUDED.total_amount, EXCLUDED.refunded_amount, EXCLUDED.source_updated_at,
                      EXCLUDED.content_hash, EXCLUDED.mapping_version)
  RETURNING external_id, (xmax = 0) AS inserted
), lines_stored AS (
  SELECT x.* FROM orders_valid ov
  CROSS JOIN LATERAL (
    SELECT ctid AS row_id, order_external_id, external_id, sku_id, quantity, ordered_quantity, unit_price, currency FROM sales_order_lines
    WHERE organization_id = $1::text AND integration_id = $2::uuid AND order_external_id = ov.external_id
    OFFSET 0
  ) x
), lines_compared AS (
  SELECT r.*, s.row_id, s.row_id IS NULL
    OR (s.sku_id, s.quantity, s.ordered_quantity, s.unit_price, s.currency)
      IS DISTINCT FROM (r.sku_id, r.quantity, r.ordered_quantity, r.unit_price, r.currency) AS changed
  FROM lines_resolved r
  LEFT JOIN lines_stored s ON s.order_external_id = r.order_external_id AND s.external_id = r.external_id
), lines_written AS (
  INSERT INTO sales_order_lines AS t
    (organization_id, integration_id, order_external_id, external_id, sku_id, quantity, ordered_quantity, unit_price, currency, written_at)
  SELECT $1::text, $2::uuid, order_external_id, external_id, sku_id, quantity, ordered_quantity, unit_price, currency, now()
  FROM lines_compared WHERE changed AND sku_id IS NOT NULL ORDER BY order_external_id, external_id
  ON CONFLICT (organization_id, integration_id, order_external_id, external_id) DO UPDATE SET
    sku_id = EXCLUDED.sku_id, quantity = EXCLUDED.quantity, ordered_quantity = EXCLUDED.ordered_quantity,
    unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency, written_at = EXCLUDED.written_at
  WHERE (t.sku_id, t.quantity, t.ordered_quantity, t.unit_price, t.currency)
    IS DISTINCT FROM (EXCLUDED.sku_id, EXCLUDED.quantity, EXCLUDED.ordered_quantity, EXCLUDED.unit_price, EXCLUDED.currency)
  RETURNING order_external_id
), lines_removed AS (
  -- By row id (a TID scan): lines stored for the page's orders that the page no longer has.
  DELETE FROM sales_order_lines
  WHERE ctid = ANY (ARRAY(
    SELECT s.row_id FROM lines_stored s
    LEFT JOIN lines_compared c ON c.row_id = s.row_id
    WHERE c.row_id IS NULL
  ))
  RETURNING order_external_id
), ${MISSES_CTES}, lines_touched AS (
  SELECT order_external_id FROM lines_written UNION SELECT order_external_id FROM lines_removed
), outcome AS (
  SELECT ov.occurrences, coalesce(w.inserted, false) AS created,
    NOT coalesce(w.inserted, false) AND (
      (w.external_id IS NOT NULL AND (ov.is_new OR ov.data_changed)) OR lt.order_external_id IS NOT NULL
    ) AS updated
  FROM orders_compared ov
  LEFT JOIN orders_written w ON w.external_id = ov.external_id
  LEFT JOIN lines_touched lt ON lt.order_external_id = ov.external_id
)
SELECT
  (SELECT count(*) FROM outcome WHERE created)::int AS created,
  (SELECT count(*) FROM outcome WHERE updated)::int AS updated,
  -- Records, not orders: a page that repeats an order counts the repeats as unchanged (or skipped).
  ((SELECT coalesce(sum(occurrences), 0) FROM outcome) - (SELECT count(*) FROM outcome WHERE created OR updated))::int AS unchanged,
  (SELECT coalesce(sum(occurrences), 0) FROM orders_resolved WHERE channel_id IS NULL)::int AS skipped,
  (SELECT count(*) FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NULL)::int AS invalid,
  ${MISSES_JSON_SQL} AS unmapped,
  ${REFUSED_ORDERS_SQL} AS refused`;

/**
 * Writes orders that are not stored (the first probe says so): plain inserts, with no
 * stored rows to compare. A concurrent writer inserting one of them makes it fail with a
 * unique violation; the caller then writes the page with SQL instead.
 */
export const NEW_ORDERS_SQL = `${RESOLVE_CTES}, orders_inserted AS (
  INSERT INTO sales_orders
    (organization_id, integration_id, external_id, order_number, channel_id, status, counts_as_sale, ordered_at, cancelled_at, currency,
     total_amount, refunded_amount, source_updated_at, content_hash, mapping_version, written_at)
  SELECT $1::text, $2::uuid, ov.external_id, ov.order_number, ov.channel_id, ov.status, ov.counts_as_sale, ov.ordered_at, ov.cancelled_at,
    ov.currency, ov.total_amount, ov.refunded_amount, ov.source_updated_at, CASE WHEN i.order_external_id IS NULL THEN ov.content_hash END, m.version, now()
  FROM orders_valid ov CROSS JOIN mapping m LEFT JOIN incomplete i ON i.order_external_id = ov.external_id
  ORDER BY ov.external_id
  RETURNING 1
), lines_inserted AS (
  INSERT INTO sales_order_lines
    (organization_id, integration_id, order_external_id, external_id, sku_id, quantity, ordered_quantity, unit_price, currency, written_at)
  SELECT $1::text, $2::uuid, order_external_id, external_id, sku_id, quantity, ordered_quantity, unit_price, currency, now()
  FROM lines_resolved WHERE sku_id IS NOT NULL ORDER BY order_external_id, external_id
  RETURNING 1
), ${MISSES_CTES}
SELECT
  (SELECT count(*) FROM orders_inserted)::int AS created,
  0 AS updated,
  -- Records, not orders: a page that repeats an order counts the repeats as unchanged (or skipped).
  ((SELECT coalesce(sum(occurrences), 0) FROM orders_valid) - (SELECT count(*) FROM orders_inserted))::int AS unchanged,
  (SELECT coalesce(sum(occurrences), 0) FROM orders_resolved WHERE channel_id IS NULL)::int AS skipped,
  (SELECT count(*) FROM orders_resolved WHERE channel_id IS NULL AND channel_external_id IS NULL)::int AS invalid,
  ${MISSES_JSON_SQL} AS unmapped,
  ${REFUSED_ORDERS_SQL} AS refused`;

/**
 * Which of the page's orders are stored, and whether each is unchanged: its stored digest
 * equals the record's and it was resolved under the integration's current mapping version.
 */
export const STORED_ORDERS_SQL = `
SELECT o.external_id,
  s.content_hash IS NOT DISTINCT FROM o.content_hash
    AND s.mapping_version = coalesce((SELECT version FROM integration_mapping_versions WHERE integration_id = $2::uuid), 0)
    AS unchanged
FROM unnest($3::text[], $4::text[]) AS o(external_id, content_hash)
CROSS JOIN LATERAL (
  SELECT content_hash, mapping_version FROM sales_orders
  WHERE organization_id = $1::text AND integration_id = $2::uuid AND external_id = o.external_id
  OFFSET 0
) s`;
