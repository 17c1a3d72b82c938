import type { EntityManager } from 'typeorm';
import { type PreparedStatement, transactionClient } from '../../database/prepared-statement.js';
import { MAX_REFUSED, type RefusedRecord, type SinkResult, type UnmappedCount } from './sink.js';

/** The one row every sink statement returns. */
interface ResultRow {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  invalid: number;
  unmapped: UnmappedCount[] | null;
  /** A statement that names its refused records returns them (REFUSED_JSON_SQL); the others have no such column. */
  refused?: RefusedRecord[] | null;
}

/**
 * Runs a sink's single statement for a page on the caller's transaction, as a named
 * prepared statement (planned once per connection). A dry run runs the very same
 * statement inside a savepoint and rolls it back: identical mapping and counts,
 * nothing written.
 */
export async function runSinkStatement(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
  dryRun: boolean,
): Promise<SinkResult> {
  const client = await transactionClient(manager);
  if (dryRun) await client.query('SAVEPOINT sink_dry_run');
  try {
    const { rows } = await client.query<ResultRow>({ ...statement, values });
    const row = rows[0];
    if (row === undefined) throw new Error(`sink statement ${statement.name} returned no row`);
    return {
      created: row.created,
      updated: row.updated,
      unchanged: row.unchanged,
      skipped: row.skipped,
      invalid: row.invalid,
      unmapped: (row.unmapped ?? []).sort((a, b) => b.count - a.count || a.externalId.localeCompare(b.externalId)),
      ...(row.refused === undefined || row.refused === null || row.refused.length === 0 ? {} : { refused: row.refused }),
    };
  } finally {
    if (dryRun) await client.query('ROLLBACK TO SAVEPOINT sink_dry_run');
  }
}

/**
 * Records the ids a page could not map, adding to their counts; a CTE for the end of
 * a sink statement. `misses` is a CTE of (kind, external_id, n).
 */
export const RECORD_MISSES_SQL = `
  noted AS (
    INSERT INTO unmapped_external_ids AS u
      (organization_id, integration_id, kind, external_id, occurrences, capability, first_seen_at, last_seen_at)
    SELECT $1::text, $2::uuid, kind, external_id, n, $3::text, now(), now() FROM misses ORDER BY kind, external_id
    ON CONFLICT (organization_id, integration_id, kind, external_id) DO UPDATE
      SET occurrences = u.occurrences + EXCLUDED.occurrences, capability = EXCLUDED.capability, last_seen_at = now()
  )`;

/** The misses as the result's `unmapped` list. */
export const MISSES_JSON_SQL = `(SELECT coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'externalId', external_id, 'count', n)), '[]'::jsonb) FROM misses)`;

/**
 * The first refused records of a page as the result's `refused` list: `rows` is a query of
 * (external_id, reason, ord) over the page's input; at most MAX_REFUSED, in page order.
 */
export const refusedJsonSql = (rows: string): string =>
  `(SELECT coalesce(jsonb_agg(jsonb_build_object('externalId', external_id, 'reason', reason) ORDER BY ord), '[]'::jsonb)
    FROM (${rows} ORDER BY ord LIMIT ${MAX_REFUSED}) refused)`;
