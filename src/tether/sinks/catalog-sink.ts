import type { EntityManager } from 'typeorm';
import type { Capability } from '../../sync-contract/capability.js';
import { refusedJsonSql, runSinkStatement } from './sink-statement.js';
import type { Sink, SinkContext, SinkResult } from './sink.js';

/** A catalog data type: records become Tether entities by code, and external ids mapped to them. */
export interface CatalogSinkSpec<R> {
  capability: Capability;
  /** skus or channels */
  table: string;
  /** sku_external_ids or channel_external_ids */
  externalIdTable: string;
  /** sku_id or channel_id */
  idColumn: string;
  /** Columns besides code, in both the record and the table. */
  attributes: readonly string[];
  values: (record: R) => { externalId: string; code: string | null; attributes: (string | null | undefined)[] };
  /** The record's field that holds the code (sku, code), as refusals name it. */
  codeField: string;
}

/**
 * Products and channels: creates or updates the entity by code (unique in the
 * organization) and maps the source's external id to it, in one statement. A record
 * without a code is skipped (counted as invalid, and named: "sku is empty").
 */
export class CatalogSink<R> implements Sink<R> {
  readonly capability: Capability;
  private readonly statement: { name: string; text: string };
  /** Built on first use: catalogs are seldom snapshots. */
  private replacing: { name: string; text: string } | undefined;

  constructor(private readonly spec: CatalogSinkSpec<R>) {
    this.capability = spec.capability;
    this.statement = { name: `tether.sink.${spec.capability}`, text: catalogSinkSql(spec, false) };
  }

  write(manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean } = {}): Promise<SinkResult> {
    return this.run(this.statement, manager, context, records, options);
  }

  /**
   * The records as the source's whole catalog: the integration's own links to external ids
   * not among them are removed (the SKUs and channels stay: they are the organization's, and
   * other data and integrations refer to them; links an admin made stay too).
   */
  replaceAll(manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean } = {}): Promise<SinkResult> {
    this.replacing ??= { name: `tether.sink.${this.capability}.replace`, text: catalogSinkSql(this.spec, true) };
    return this.run(this.replacing, manager, context, records, options);
  }

  private run(statement: { name: string; text: string }, manager: EntityManager, context: SinkContext, records: readonly R[], options: { dryRun?: boolean }): Promise<SinkResult> {
    const values = records.map((record) => this.spec.values(record));
    const arrays = [
      values.map((v) => v.externalId),
      values.map((v) => v.code),
      ...this.spec.attributes.map((_, index) => values.map((v) => v.attributes[index] ?? null)),
    ];
    return runSinkStatement(
      manager,
      statement,
      [context.organizationId, context.integrationId, ...arrays],
      options.dryRun === true,
    );
  }
}

/** $1 organization, $2 integration, then external ids, codes and one array per attribute. */
function catalogSinkSql<R>(spec: CatalogSinkSpec<R>, replace: boolean): string {
  const { table, externalIdTable, idColumn, attributes, codeField } = spec;
  const arrays = ['external_id', 'code', ...attributes].map((_, index) => `$${index + 3}::text[]`).join(', ');
  const changed = `(${attributes.map((a) => `t.${a}`).join(', ')}) IS DISTINCT FROM (${attributes.map((a) => `EXCLUDED.${a}`).join(', ')})`;
  return `
WITH input AS (
  SELECT * FROM unnest(${arrays}) WITH ORDINALITY AS i(external_id, code, ${attributes.join(', ')}, ord)
), usable AS (
  SELECT DISTINCT ON (external_id) * FROM input WHERE coalesce(code, '') <> '' ORDER BY external_id, ord DESC
), codes AS (
  SELECT DISTINCT ON (code) * FROM usable ORDER BY code, ord DESC
), entities_written AS (
  -- A row committed by a concurrent transaction after this statement began is not in its
  -- snapshot, so not in ids below: it is taken too (same values when equal) for RETURNING
  -- to give its id. updated_at moves only when the attributes changed: that is \`changed\`.
  INSERT INTO ${table} AS t (organization_id, code, ${attributes.join(', ')}, integration_id)
  SELECT $1::text, code, ${attributes.join(', ')}, $2::uuid FROM codes ORDER BY code
  ON CONFLICT (organization_id, code) DO UPDATE
    SET ${attributes.map((a) => `${a} = EXCLUDED.${a}`).join(', ')},
      integration_id = CASE WHEN ${changed} THEN EXCLUDED.integration_id ELSE t.integration_id END,
      updated_at = CASE WHEN ${changed} THEN now() ELSE t.updated_at END
    WHERE ${changed} OR NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.id = t.id)
  RETURNING id, code, (xmax = 0) AS inserted, (updated_at = now()) AS changed
), ids AS (
  -- Rows this statement inserted (or took from a concurrent one) are not in its snapshot
  -- of ${table}: take them from RETURNING.
  SELECT id, code FROM entities_written
  UNION SELECT t.id, t.code FROM codes c
  CROSS JOIN LATERAL (SELECT id, code FROM ${table} WHERE organization_id = $1::text AND code = c.code OFFSET 0) t
), links_written AS (
  INSERT INTO ${externalIdTable} AS x (organization_id, integration_id, external_id, ${idColumn}, created_by)
  SELECT $1::text, $2::uuid, u.external_id, ids.id, 'integration:' || $2::uuid::text FROM usable u JOIN ids ON ids.code = u.code
  ORDER BY u.external_id
  ON CONFLICT (organization_id, integration_id, external_id) DO UPDATE SET ${idColumn} = EXCLUDED.${idColumn}
    WHERE x.${idColumn} IS DISTINCT FROM EXCLUDED.${idColumn}
  RETURNING external_id
), ${
    replace
      ? `unlinked AS (
  DELETE FROM ${externalIdTable} x WHERE x.organization_id = $1::text AND x.integration_id = $2::uuid
    AND x.created_by = 'integration:' || $2::uuid::text AND NOT EXISTS (SELECT 1 FROM usable u WHERE u.external_id = x.external_id)
), `
      : ''
  }outcome AS (
  SELECT
    coalesce(e.inserted, false) AS created,
    NOT coalesce(e.inserted, false) AND (coalesce(e.changed, false) OR l.external_id IS NOT NULL) AS updated
  FROM usable u
  LEFT JOIN entities_written e ON e.code = u.code
  LEFT JOIN links_written l ON l.external_id = u.external_id
)
SELECT
  (SELECT count(*) FROM outcome WHERE created)::int AS created,
  (SELECT count(*) FROM outcome WHERE updated)::int AS updated,
  ((SELECT count(*) FROM input WHERE coalesce(code, '') <> '') - (SELECT count(*) FROM outcome WHERE created OR updated))::int AS unchanged,
  (SELECT count(*) FROM input WHERE coalesce(code, '') = '')::int AS skipped,
  (SELECT count(*) FROM input WHERE coalesce(code, '') = '')::int AS invalid,
  NULL::jsonb AS unmapped,
  ${refusedJsonSql(`SELECT external_id, '${codeField} is empty' AS reason, ord FROM input WHERE coalesce(code, '') = ''`)} AS refused`;
}
