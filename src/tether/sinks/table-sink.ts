import type { EntityManager } from 'typeorm';
import type { Capability } from '../../sync-contract/capability.js';
import type { PreparedStatement } from '../../database/prepared-statement.js';
import { MISSES_JSON_SQL, RECORD_MISSES_SQL, refusedJsonSql, runSinkStatement } from './sink-statement.js';
import type { Sink, SinkContext, SinkResult } from './sink.js';

/** One input array of the page: a name (used as `r.<name>` in targets), its SQL type, its value. */
export interface InputColumn<R> {
  name: string;
  type: 'text' | 'numeric' | 'timestamptz' | 'date';
  value: (record: R) => string | null | undefined;
}

/** A data type written to one table, described once; the statement is derived from it. */
export interface TableSinkSpec<R> {
  capability: Capability;
  table: string;
  input: readonly InputColumn<R>[];
  /** Input column with the SKU's external id (resolved to `r.sku_id`). */
  sku?: string;
  /**
   * Input column with the channel's external id (resolved to `r.channel_id`). A record that
   * names none takes the integration's default channel (`default`: skipped without one),
   * or no channel (`optional`).
   */
  channel?: { column: string; whenMissing: 'default' | 'optional' };
  /** Input column with the record's own external id, which refusals name (default: the SKU's, for records without one). */
  recordId?: string;
  /** Input column with the forecast version's external id (resolved to `r.forecast_version_id`). */
  forecastVersion?: string;
  /** The table's natural key (its unique constraint), in target column names. */
  conflict: readonly string[];
  /** Target columns besides organization_id, integration_id and written_at: name → SQL over `r`. */
  target: Readonly<Record<string, string>>;
}

/**
 * An external id resolved by an index probe per record: a LATERAL subquery that OFFSET 0
 * keeps the planner from flattening into a join over all of the integration's mappings
 * (its estimate of which depends on statistics a new integration does not have yet).
 */
function lookup(alias: string, column: string, table: string, inputColumn: string): string {
  return `LEFT JOIN LATERAL (
    SELECT ${column} FROM ${table}
    WHERE organization_id = $1::text AND integration_id = $2::uuid AND external_id = i.${inputColumn}
    OFFSET 0
  ) ${alias} ON true`;
}

/** A sink for any data type that is one row per record, derived from its spec. */
export class TableSink<R> implements Sink<R> {
  readonly capability: Capability;
  private readonly statement: PreparedStatement;
  /** Built on first use: most data types are never replaced. */
  private replacing: PreparedStatement | undefined;

  constructor(private readonly spec: TableSinkSpec<R>) {
    this.capability = spec.capability;
    this.statement = { name: `tether.sink.${spec.capability}`, text: tableSinkSql(spec, false) };
  }

  write(manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean } = {}): Promise<SinkResult> {
    return this.run(this.statement, manager, context, records, options);
  }

  replaceAll(manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean } = {}): Promise<SinkResult> {
    this.replacing ??= { name: `tether.sink.${this.capability}.replace`, text: tableSinkSql(this.spec, true) };
    return this.run(this.replacing, manager, context, records, options);
  }

  private run(statement: PreparedStatement, manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean }): Promise<SinkResult> {
    const arrays = this.spec.input.map((column) => records.map((record) => column.value(record) ?? null));
    return runSinkStatement(
      manager,
      statement,
      [context.organizationId, context.integrationId, this.capability, context.defaultChannelId, ...arrays],
      options.dryRun === true,
    );
  }
}

/**
 * $1 organization, $2 integration, $3 capability, $4 default channel, then one array per
 * input column. One statement: map, de-duplicate (last record wins), upsert only what
 * changed, note the misses, and count. `replace`: also remove the integration's rows
 * whose key is not in the page.
 */
function tableSinkSql<R>(spec: TableSinkSpec<R>, replace: boolean): string {
  const inputs = spec.input.map((column, index) => `$${index + 5}::${column.type}[]`).join(', ');
  const names = spec.input.map((column) => column.name).join(', ');
  const channel = spec.channel;
  const joins = [
    spec.sku && lookup('sx', 'sku_id', 'sku_external_ids', spec.sku),
    channel && lookup('cx', 'channel_id', 'channel_external_ids', channel.column),
    spec.forecastVersion && lookup('fv', 'id', 'forecast_versions', spec.forecastVersion),
  ].filter(Boolean);
  const resolved = [
    spec.sku && 'sx.sku_id',
    channel &&
      `CASE WHEN i.${channel.column} IS NULL THEN ${channel.whenMissing === 'default' ? '$4::uuid' : 'NULL::uuid'} ELSE cx.channel_id END AS channel_id`,
    channel && `(i.${channel.column} IS NOT NULL AND cx.channel_id IS NULL) AS channel_unmapped`,
    channel?.whenMissing === 'default' ? `(i.${channel.column} IS NULL AND $4::uuid IS NULL) AS no_channel` : 'false AS no_channel',
    spec.forecastVersion && 'fv.id AS forecast_version_id',
  ].filter(Boolean);
  const mappedWhen = [
    'true',
    spec.sku && 'r.sku_id IS NOT NULL',
    channel && 'NOT r.channel_unmapped AND NOT r.no_channel',
    spec.forecastVersion && 'r.forecast_version_id IS NOT NULL',
  ].filter(Boolean);
  const misses = [
    `SELECT NULL::text AS kind, NULL::text AS external_id, 0 AS n WHERE false`,
    spec.sku && `SELECT 'sku', ${spec.sku}, count(*)::int FROM resolved WHERE sku_id IS NULL GROUP BY 2`,
    channel && `SELECT 'channel', ${channel.column}, count(*)::int FROM resolved WHERE channel_unmapped GROUP BY 2`,
    spec.forecastVersion &&
      `SELECT 'forecast_version', ${spec.forecastVersion}, count(*)::int FROM resolved WHERE forecast_version_id IS NULL GROUP BY 2`,
  ].filter(Boolean);
  // Records refused as invalid: those naming no channel when the integration has no default one.
  const recordId = spec.recordId ?? spec.sku;
  const refused = refusedJsonSql(
    `SELECT ${recordId === undefined ? 'NULL::text' : recordId} AS external_id, ` +
      `'${channel === undefined ? 'channel' : fieldName(channel.column)} is empty and the integration has no default channel' AS reason, ord FROM resolved WHERE no_channel`,
  );
  const targets = Object.keys(spec.target);
  const keyExpressions = spec.conflict.filter((c) => c in spec.target).map((c) => spec.target[c]);
  const changing = targets.filter((c) => !spec.conflict.includes(c));
  const ownColumns = ['organization_id', 'integration_id'];
  const keyColumns = spec.conflict.filter((c) => !ownColumns.includes(c));
  // A stored row stays when a record of the page has its key, as the page would write it
  // (SKU and channel ids resolved): a record that cannot be mapped keeps no row.
  const removed = replace
    ? `removed AS (
  DELETE FROM ${spec.table} t WHERE t.organization_id = $1::text AND t.integration_id = $2::uuid
    AND NOT EXISTS (SELECT 1 FROM resolved r WHERE ${keyColumns.map((c) => `t.${c} = ${spec.target[c] ?? ''}`).join(' AND ')})
), `
    : '';
  // The leading parameters are declared with their types even where a spec leaves one
  // unused ($4 without a channel): an untyped unused parameter fails the prepare.
  return `
WITH parameters AS (
  SELECT $1::text AS organization_id, $2::uuid AS integration_id, $3::text AS capability, $4::uuid AS default_channel_id
), input AS (
  SELECT * FROM unnest(${inputs}) WITH ORDINALITY AS i(${names}, ord)
), resolved AS (
  SELECT i.*, ${resolved.join(', ')}
  FROM input i
  ${joins.join('\n  ')}
), mapped AS (
  SELECT * FROM resolved r WHERE ${mappedWhen.join(' AND ')}
), valid AS (
  SELECT DISTINCT ON (${keyExpressions.join(', ')}) * FROM mapped r ORDER BY ${keyExpressions.join(', ')}, r.ord DESC
), written AS (
  INSERT INTO ${spec.table} AS t (${[...ownColumns, ...targets, 'written_at'].join(', ')})
  SELECT $1::text, $2::uuid, ${targets.map((c) => spec.target[c]).join(', ')}, now() FROM valid r
  ORDER BY ${keyExpressions.join(', ')}
  ON CONFLICT (${spec.conflict.join(', ')}) DO UPDATE
    SET ${[...changing, 'written_at'].map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${changing.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${changing.map((c) => `EXCLUDED.${c}`).join(', ')})
  RETURNING (xmax = 0) AS inserted
), ${removed}misses AS (
  ${misses.join('\n  UNION ALL ')}
), ${RECORD_MISSES_SQL.trim()}
SELECT
  (SELECT count(*) FROM written WHERE inserted)::int AS created,
  (SELECT count(*) FROM written WHERE NOT inserted)::int AS updated,
  ((SELECT count(*) FROM mapped) - (SELECT count(*) FROM written))::int AS unchanged,
  ((SELECT count(*) FROM resolved) - (SELECT count(*) FROM mapped))::int AS skipped,
  (SELECT count(*) FROM resolved WHERE no_channel)::int AS invalid,
  ${MISSES_JSON_SQL} AS unmapped,
  ${refused} AS refused`;
}

/** A record's field as its input column names it: channel_external_id → channelExternalId. */
const fieldName = (column: string): string => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
