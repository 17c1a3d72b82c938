import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Capability } from '../../../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../../../src/sync-contract/records/canonical-record.js';
import type { SinkResult, UnmappedCount } from '../../../src/tether/sinks/sink.js';
import { SINKS } from '../../../src/tether/sinks/sink-registry.js';
import { sinkHarness, type SinkHarness } from '../../support/sink-harness.js';
import {
  CHANNEL_CODES,
  FORECAST_VERSION,
  SKU_CODES,
  channel,
  forecastVersion,
  inventory,
  mapSku,
  miss,
  pendingSale,
  price,
  result,
  salesForecast,
  salesHistory,
  scale4,
  seedCatalog,
  snapshot,
  unmappedRows,
  type SeededCatalog,
} from '../../support/sink-records.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/*
 * The single-table data types, one spec each, run through the same tests. Every record
 * builder takes n (which makes the natural key) and the external ids it refers to.
 */

type TableCapability = Exclude<Capability, 'sales_orders' | 'products' | 'channels'>;
type AnyRecord = CanonicalRecord<TableCapability>;
type Row = Record<string, string | null>;

/** The external ids a record refers to (channel null: names none). */
interface Refs {
  sku: string;
  channel: string | null;
  version: string;
}
const REFS: Refs = { sku: 'variant-a', channel: 'web', version: FORECAST_VERSION };

interface CaseSpec<C extends TableCapability> {
  capability: C;
  table: string;
  /** The row as text, over `t`; SKU and channel by code. */
  columns: string;
  /** Extra condition on `t` (rows the seeding wrote). */
  where?: string;
  orderBy: string;
  uses: { sku: boolean; channel: 'default' | 'optional' | null; version: boolean };
  record: (n: number, refs: Refs) => CanonicalRecord<C>;
  /** The same natural key with other values. */
  change: (record: CanonicalRecord<C>) => CanonicalRecord<C>;
  /** The row a record of the seeded catalog becomes. */
  expected: (record: CanonicalRecord<C>) => Row;
  /** Sets every decimal of the record to one value; `columns`: those decimals' columns. */
  decimal?: { set: (record: CanonicalRecord<C>, value: string) => CanonicalRecord<C>; columns: string[] };
}

interface TableCase {
  capability: TableCapability;
  table: string;
  uses: CaseSpec<TableCapability>['uses'];
  record: (n: number, refs?: Partial<Refs>) => AnyRecord;
  change: (record: AnyRecord) => AnyRecord;
  expected: (record: AnyRecord) => Row;
  withDecimal?: (n: number, value: string) => AnyRecord;
  write: (h: SinkHarness, records: AnyRecord[], options?: { dryRun?: boolean; defaultChannelId?: string | null }) => Promise<SinkResult>;
  /** The integration's rows (without written_at unless asked). */
  rows: (h: SinkHarness, withWrittenAt?: boolean) => Promise<Row[]>;
  /** The decimals of each row as text. */
  decimals: (h: SinkHarness) => Promise<string[][]>;
  /** The sum of the first decimal column over the rows where it is in `values`. */
  sumOf: (h: SinkHarness, values: string[]) => Promise<string | null>;
}

function defineCase<C extends TableCapability>(spec: CaseSpec<C>): TableCase {
  const own = (record: AnyRecord) => record as CanonicalRecord<C>;
  const select = (columns: string, h: SinkHarness) =>
    h.query<Row>(
      `SELECT ${columns} FROM ${spec.table} t WHERE t.organization_id = $1 AND t.integration_id = $2 ${spec.where ?? ''} ORDER BY ${spec.orderBy}`,
      [h.organizationId, h.integrationId],
    );
  const decimal = spec.decimal;
  return {
    capability: spec.capability,
    table: spec.table,
    uses: spec.uses,
    record: (n, refs = {}) => spec.record(n, { ...REFS, ...refs }),
    change: (record) => spec.change(own(record)),
    expected: (record) => spec.expected(own(record)),
    withDecimal: decimal && ((n, value) => decimal.set(spec.record(n, REFS), value)),
    write: (h, records, options) => h.write(spec.capability, records as CanonicalRecord<C>[], options),
    rows: (h, withWrittenAt = false) => select(withWrittenAt ? `${spec.columns}, t.written_at::text AS written_at` : spec.columns, h),
    decimals: async (h) =>
      (await select(`concat_ws('|', ${(decimal?.columns ?? ['NULL']).join(', ')}) AS value`, h)).map((r) => (r.value ?? '').split('|')),
    sumOf: async (h, values) => {
      const column = decimal?.columns[0] ?? 'NULL';
      const rows = await h.query<{ sum: string | null }>(
        `SELECT sum(${column})::text AS sum FROM ${spec.table} t WHERE t.organization_id = $1 AND t.integration_id = $2 AND ${column} = ANY($3::numeric[])`,
        [h.organizationId, h.integrationId, values],
      );
      return rows[0]?.sum ?? null;
    },
  };
}

const SKU = '(SELECT code FROM skus s WHERE s.id = t.sku_id) AS sku';
const CHANNEL = '(SELECT code FROM channels c WHERE c.id = t.channel_id) AS channel';
const iso = (column: string) => `to_char(t.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS ${column}`;
const code = (codes: Readonly<Record<string, string>>, externalId: string | null | undefined) =>
  externalId == null ? null : (codes[externalId] ?? `unknown ${externalId}`);

const CASES: TableCase[] = [
  defineCase({
    capability: 'sales_history',
    table: 'sales_history',
    columns: `${SKU}, ${CHANNEL}, t.period_start::text AS period_start, t.period_length, t.quantity::text AS quantity, t.revenue::text AS revenue, t.currency`,
    orderBy: 't.period_start',
    uses: { sku: true, channel: 'default', version: false },
    record: (n, refs) => salesHistory(n, { skuExternalId: refs.sku, channelExternalId: refs.channel }),
    change: (r) => ({ ...r, quantity: '13', revenue: '130.75' }),
    expected: (r) => ({
      sku: code(SKU_CODES, r.skuExternalId),
      channel: code(CHANNEL_CODES, r.channelExternalId),
      period_start: r.periodStart,
      period_length: r.periodLength,
      quantity: scale4(r.quantity),
      revenue: scale4(r.revenue),
      currency: r.currency,
    }),
    decimal: { set: (r, value) => ({ ...r, quantity: value, revenue: value }), columns: ['t.quantity', 't.revenue'] },
  }),
  defineCase({
    capability: 'pending_sales',
    table: 'pending_sales',
    columns: `t.order_external_id, t.line_external_id, ${SKU}, ${CHANNEL}, ${iso('ordered_at')}, t.quantity::text AS quantity, t.amount::text AS amount, t.currency`,
    orderBy: 't.order_external_id, t.line_external_id',
    uses: { sku: true, channel: 'default', version: false },
    record: (n, refs) => pendingSale(n, { skuExternalId: refs.sku, channelExternalId: refs.channel }),
    change: (r) => ({ ...r, quantity: '4', amount: '39.96', orderedAt: '2026-11-02T09:00:00Z' }),
    expected: (r) => ({
      order_external_id: r.orderExternalId,
      line_external_id: r.lineExternalId,
      sku: code(SKU_CODES, r.skuExternalId),
      channel: code(CHANNEL_CODES, r.channelExternalId),
      ordered_at: r.orderedAt,
      quantity: scale4(r.quantity),
      amount: scale4(r.amount),
      currency: r.currency,
    }),
    decimal: { set: (r, value) => ({ ...r, quantity: value, amount: value }), columns: ['t.quantity', 't.amount'] },
  }),
  defineCase({
    capability: 'warehouse_inventory',
    table: 'warehouse_inventory',
    columns: `${SKU}, t.location, t.on_hand::text AS on_hand, t.committed::text AS committed, t.available::text AS available, ${iso('as_of')}`,
    orderBy: 't.location',
    uses: { sku: true, channel: null, version: false },
    record: (n, refs) => inventory(n, { skuExternalId: refs.sku }),
    change: (r) => ({ ...r, onHand: '90', available: '70', asOf: '2026-11-04T00:00:00Z' }),
    expected: (r) => ({
      sku: code(SKU_CODES, r.skuExternalId),
      location: r.location,
      on_hand: scale4(r.onHand),
      committed: scale4(r.committed),
      available: scale4(r.available),
      as_of: r.asOf,
    }),
    decimal: {
      set: (r, value) => ({ ...r, onHand: value, committed: value, available: value }),
      columns: ['t.on_hand', 't.committed', 't.available'],
    },
  }),
  defineCase({
    capability: 'pricing',
    table: 'pricing',
    columns: `${SKU}, t.price_list, ${CHANNEL}, t.currency, t.amount::text AS amount, t.valid_from::text AS valid_from, t.valid_to::text AS valid_to`,
    orderBy: 't.price_list',
    uses: { sku: true, channel: 'optional', version: false },
    record: (n, refs) => price(n, { skuExternalId: refs.sku, channelExternalId: refs.channel }),
    change: (r) => ({ ...r, amount: '17.49', validTo: '2026-12-31' }),
    expected: (r) => ({
      sku: code(SKU_CODES, r.skuExternalId),
      price_list: r.priceList,
      channel: code(CHANNEL_CODES, r.channelExternalId),
      currency: r.currency,
      amount: scale4(r.amount),
      valid_from: r.validFrom ?? '1970-01-01',
      valid_to: r.validTo ?? null,
    }),
    decimal: { set: (r, value) => ({ ...r, amount: value }), columns: ['t.amount'] },
  }),
  defineCase({
    capability: 'forecast_versions',
    table: 'forecast_versions',
    columns: `t.external_id, t.name, ${iso('source_created_at')}`,
    where: `AND t.external_id <> '${FORECAST_VERSION}'`,
    orderBy: 't.external_id',
    uses: { sku: false, channel: null, version: false },
    record: (n) => forecastVersion(n),
    change: (r) => ({ ...r, name: `${r.name} (revised)` }),
    expected: (r) => ({ external_id: r.externalId, name: r.name, source_created_at: r.createdAt ?? null }),
  }),
  defineCase({
    capability: 'sales_forecast',
    table: 'sales_forecast',
    columns: `(SELECT external_id FROM forecast_versions v WHERE v.id = t.forecast_version_id) AS version, ${SKU}, ${CHANNEL}, t.period_start::text AS period_start, t.quantity::text AS quantity`,
    orderBy: 't.period_start',
    uses: { sku: true, channel: 'default', version: true },
    record: (n, refs) =>
      salesForecast(n, { versionExternalId: refs.version, skuExternalId: refs.sku, channelExternalId: refs.channel }),
    change: (r) => ({ ...r, quantity: '45.5' }),
    expected: (r) => ({
      version: r.versionExternalId,
      sku: code(SKU_CODES, r.skuExternalId),
      channel: code(CHANNEL_CODES, r.channelExternalId),
      period_start: r.periodStart,
      quantity: scale4(r.quantity),
    }),
    decimal: { set: (r, value) => ({ ...r, quantity: value }), columns: ['t.quantity'] },
  }),
];

const withoutWrittenAt = (rows: Row[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => column !== 'written_at')));

describe('table sinks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A new integration (in a new organization) with the seeded catalog. */
  async function seeded(): Promise<{ h: SinkHarness; catalog: SeededCatalog }> {
    const h = await sinkHarness(t);
    return { h, catalog: await seedCatalog(h) };
  }

  it('cover every single-table data type', () => {
    expect(CASES.map((c) => c.capability).sort()).toEqual(
      ['forecast_versions', 'pending_sales', 'pricing', 'sales_forecast', 'sales_history', 'warehouse_inventory'],
    );
  });

  describe.each(CASES)('$capability', (c) => {
    it('creates a fresh page, leaves every row untouched on the same page, updates only what changed', async () => {
      const { h } = await seeded();
      const page = [c.record(1), c.record(2), c.record(3)];
      expect(await c.write(h, page)).toEqual(result({ created: 3 }));
      expect(await c.rows(h)).toEqual(page.map((r) => c.expected(r)));

      const before = await c.rows(h, true);
      const all = await snapshot(h);
      expect(await c.write(h, page)).toEqual(result({ unchanged: 3 }));
      expect(await snapshot(h)).toEqual(all);

      const changed = [page[0], c.change(page[1] as AnyRecord), page[2]] as AnyRecord[];
      expect(await c.write(h, changed)).toEqual(result({ updated: 1, unchanged: 2 }));
      const after = await c.rows(h, true);
      expect(withoutWrittenAt(after)).toEqual(changed.map((r) => c.expected(r)));
      expect(after[0]).toEqual(before[0]);
      expect(after[2]).toEqual(before[2]);
      expect(after[1]?.written_at).not.toEqual(before[1]?.written_at);
      expect(await unmappedRows(h)).toEqual([]);
    });

    it('writes nothing for an empty page', async () => {
      const { h } = await seeded();
      const all = await snapshot(h);
      expect(await c.write(h, [])).toEqual(result());
      expect(await snapshot(h)).toEqual(all);
    });

    it('keeps the last record of a natural key repeated in a page (the others count as unchanged)', async () => {
      const { h } = await seeded();
      const first = c.record(1);
      const last = c.change(first);
      expect(await c.write(h, [first, c.record(2), last])).toEqual(result({ created: 2, unchanged: 1 }));
      expect(await c.rows(h)).toEqual([c.expected(last), c.expected(c.record(2))]);
      expect(await c.write(h, [last, first])).toEqual(result({ updated: 1, unchanged: 1 }));
      expect(await c.rows(h)).toEqual([c.expected(first), c.expected(c.record(2))]);
    });

    it('dry run returns the counts of the real write and writes nothing', async () => {
      const { h } = await seeded();
      const page = [c.record(1), c.record(2), c.record(3)];
      if (c.uses.sku) page.push(c.record(4, { sku: 'ghost-sku' }));
      const untouched = await snapshot(h);
      const dry = await c.write(h, page, { dryRun: true });
      expect(await snapshot(h)).toEqual(untouched);
      const real = await c.write(h, page);
      expect(dry).toEqual(real);
      expect(real).toEqual(
        c.uses.sku ? result({ created: 3, skipped: 1, unmapped: [miss('sku', 'ghost-sku', 1)] }) : result({ created: 3 }),
      );

      const written = await snapshot(h);
      const changed = [c.change(page[0] as AnyRecord), ...page.slice(1)];
      const dryChange = await c.write(h, changed, { dryRun: true });
      expect(await snapshot(h)).toEqual(written);
      expect(dryChange).toEqual({ ...real, created: 0, updated: 1, unchanged: 2 });
      expect(await c.write(h, changed)).toEqual(dryChange);
    });

    const { withDecimal } = c;
    if (withDecimal !== undefined) {
      it('keeps money and quantities exact (decimal strings, never floats)', async () => {
        const { h } = await seeded();
        // The last has 20 significant digits, more than a double holds.
        const values = ['2000.0', '0.1', '0.2', '123456789012.3456', '-1.5', '9999999999999999.9999'];
        expect(await c.write(h, values.map((v, i) => withDecimal(i + 1, v)))).toEqual(result({ created: 6 }));
        const stored = await c.decimals(h);
        const width = stored[0]?.length ?? 0;
        expect(width).toBeGreaterThan(0);
        expect(stored).toEqual(values.map((v) => Array.from({ length: width }, () => scale4(v))));
        // Numerically equal strings are the same value: nothing to update.
        const same = ['2000', '0.10', '0.2000', '123456789012.34560', '-1.50', '9999999999999999.99990'];
        expect(await c.write(h, same.map((v, i) => withDecimal(i + 1, v)))).toEqual(result({ unchanged: 6 }));
        expect(await c.write(h, [withDecimal(6, '9999999999999999.9998')])).toEqual(result({ updated: 1 }));
        expect(await c.sumOf(h, ['0.1', '0.2'])).toBe('0.3000');
      });
    }

    if (c.uses.sku) {
      it('skips records of an unmapped SKU, reports and accumulates them, and fills them in once mapped', async () => {
        const { h } = await seeded();
        const page = [c.record(1), c.record(2, { sku: 'ghost-1' }), c.record(3, { sku: 'ghost-1' }), c.record(4, { sku: 'ghost-2' })];
        const misses = [miss('sku', 'ghost-1', 2), miss('sku', 'ghost-2', 1)];
        expect(await c.write(h, page)).toEqual(result({ created: 1, skipped: 3, unmapped: misses }));
        expect(await c.rows(h)).toEqual([c.expected(c.record(1))]);
        const unmapped = (n1: number, n2: number) => [
          { kind: 'sku', external_id: 'ghost-1', occurrences: n1, capability: c.capability },
          { kind: 'sku', external_id: 'ghost-2', occurrences: n2, capability: c.capability },
        ];
        expect(await unmappedRows(h)).toEqual(unmapped(2, 1));

        expect(await c.write(h, page, { dryRun: true })).toEqual(result({ unchanged: 1, skipped: 3, unmapped: misses }));
        expect(await unmappedRows(h)).toEqual(unmapped(2, 1));
        expect(await c.write(h, page)).toEqual(result({ unchanged: 1, skipped: 3, unmapped: misses }));
        expect(await unmappedRows(h)).toEqual(unmapped(4, 2));

        await mapSku(h, 'ghost-1', 'G1');
        expect(await c.write(h, page)).toEqual(result({ created: 2, unchanged: 1, skipped: 1, unmapped: [miss('sku', 'ghost-2', 1)] }));
        expect((await c.rows(h)).map((r) => r.sku)).toEqual(['A', 'G1', 'G1']);
        expect(await unmappedRows(h)).toEqual(unmapped(4, 3));
      });

      it('sees only its own organization’s mappings and rows', async () => {
        const { h: a } = await seeded();
        const b = await sinkHarness(t);
        const page = [c.record(1), c.record(2)];
        expect(await c.write(a, page)).toEqual(result({ created: 2 }));
        const aRows = await snapshot(a);

        const expectedMisses: UnmappedCount[] = [
          ...(c.uses.version ? [miss('forecast_version', FORECAST_VERSION, 2)] : []),
          miss('sku', 'variant-a', 2),
          ...(c.uses.channel !== null ? [miss('channel', 'web', 2)] : []),
        ];
        expect(await c.write(b, page)).toEqual(result({ skipped: 2, unmapped: expectedMisses }));
        expect(await c.rows(b)).toEqual([]);

        const bCatalog = await seedCatalog(b);
        expect(await c.write(b, page)).toEqual(result({ created: 2 }));
        expect(await c.rows(b)).toEqual(page.map((r) => c.expected(r)));
        const skuIds = await b.query<{ sku_id: string }>(
          `SELECT DISTINCT sku_id FROM ${c.table} WHERE organization_id = $1`,
          [b.organizationId],
        );
        expect(skuIds).toEqual([{ sku_id: bCatalog.skuIds['variant-a'] }]);
        expect(await snapshot(a)).toEqual(aRows);
        expect(await unmappedRows(a)).toEqual([]);
      });
    } else {
      it('sees only its own organization’s rows', async () => {
        const { h: a } = await seeded();
        const b = await sinkHarness(t);
        const page = [c.record(1), c.record(2)];
        expect(await c.write(a, page)).toEqual(result({ created: 2 }));
        const aRows = await snapshot(a);
        expect(await c.write(b, [page[0] as AnyRecord, c.change(page[1] as AnyRecord)])).toEqual(result({ created: 2 }));
        expect(await c.rows(b)).toEqual([c.expected(page[0] as AnyRecord), c.expected(c.change(page[1] as AnyRecord))]);
        expect(await snapshot(a)).toEqual(aRows);
      });
    }

    if (c.uses.channel === 'default') {
      it('puts a record naming no channel on the default channel; without one it is invalid', async () => {
        const { h, catalog } = await seeded();
        const defaultChannelId = catalog.channelIds.store;
        expect(await c.write(h, [c.record(1, { channel: null })], { defaultChannelId })).toEqual(result({ created: 1 }));
        expect(await c.rows(h)).toEqual([{ ...c.expected(c.record(1)), channel: 'STORE' }]);

        const all = await snapshot(h);
        const page = [c.record(1, { channel: null }), c.record(2, { channel: null })];
        // Named by their own id (an order line's), or their SKU's when they have none.
        const refused = page.map((r) => ({
          externalId: (r as { lineExternalId?: string }).lineExternalId ?? (r as { skuExternalId: string }).skuExternalId,
          reason: 'channelExternalId is empty and the integration has no default channel',
        }));
        expect(await c.write(h, page)).toEqual(result({ skipped: 2, invalid: 2, refused }));
        expect(await c.write(h, page, { dryRun: true })).toEqual(result({ skipped: 2, invalid: 2, refused }));
        expect(await snapshot(h)).toEqual(all);
        expect(await c.write(h, page, { defaultChannelId })).toEqual(result({ created: 1, unchanged: 1 }));
      });

      it('skips records of an unmapped channel, reports them, and fills them in once the channel is synced', async () => {
        const { h } = await seeded();
        const page = [c.record(1), c.record(2, { channel: 'ghost-channel' }), c.record(3, { channel: 'ghost-channel' })];
        expect(await c.write(h, page)).toEqual(result({ created: 1, skipped: 2, unmapped: [miss('channel', 'ghost-channel', 2)] }));
        expect(await unmappedRows(h)).toEqual([
          { kind: 'channel', external_id: 'ghost-channel', occurrences: 2, capability: c.capability },
        ]);
        expect(await h.write('channels', [channel('ghost-channel', 'GHOST')])).toEqual(result({ created: 1 }));
        expect(await c.write(h, page)).toEqual(result({ created: 2, unchanged: 1 }));
        expect((await c.rows(h)).map((r) => r.channel)).toEqual(['WEB', 'GHOST', 'GHOST']);
      });
    }

    if (c.uses.channel === 'optional') {
      it('stores a record naming no channel without one, and skips one naming an unmapped channel', async () => {
        const { h, catalog } = await seeded();
        const page = [c.record(1, { channel: null }), c.record(2, { channel: 'web' }), c.record(3, { channel: 'ghost-channel' })];
        const expected = result({ created: 2, skipped: 1, unmapped: [miss('channel', 'ghost-channel', 1)] });
        expect(await c.write(h, page, { dryRun: true })).toEqual(expected);
        expect(await c.write(h, page, { defaultChannelId: catalog.channelIds.store })).toEqual(expected);
        expect(await c.rows(h)).toEqual([c.expected(page[0] as AnyRecord), c.expected(page[1] as AnyRecord)]);
        expect(await unmappedRows(h)).toEqual([
          { kind: 'channel', external_id: 'ghost-channel', occurrences: 1, capability: c.capability },
        ]);
      });
    }

    if (c.uses.version) {
      it('needs its forecast version written first', async () => {
        const { h } = await seeded();
        const page = [c.record(1, { version: 'version-9' }), c.record(2, { version: 'version-9' }), c.record(3)];
        const misses = [miss('forecast_version', 'version-9', 2)];
        expect(await c.write(h, page)).toEqual(result({ created: 1, skipped: 2, unmapped: misses }));
        expect(await unmappedRows(h)).toEqual([
          { kind: 'forecast_version', external_id: 'version-9', occurrences: 2, capability: c.capability },
        ]);
        expect(await h.write('forecast_versions', [forecastVersion(9)])).toEqual(result({ created: 1 }));
        expect(await c.write(h, page)).toEqual(result({ created: 2, unchanged: 1 }));
        expect((await c.rows(h)).map((r) => r.version)).toEqual(['version-9', 'version-9', FORECAST_VERSION]);
      });
    }
  });

  describe('a snapshot (replaceAll)', () => {
    const replace = (h: SinkHarness, records: CanonicalRecord<'pending_sales'>[], dryRun = false): Promise<SinkResult> =>
      t.dataSource.transaction(async (manager) => {
        const sink = SINKS.pending_sales;
        if (sink.replaceAll === undefined) throw new Error('pending sales cannot be replaced');
        return sink.replaceAll(manager, h.context(), records, { dryRun });
      });
    const keys = async (h: SinkHarness): Promise<string[]> =>
      (
        await h.query<{ k: string }>(
          `SELECT order_external_id || '/' || line_external_id AS k FROM pending_sales WHERE integration_id = $1 ORDER BY 1`,
          [h.integrationId],
        )
      ).map((row) => row.k);

    it('removes the rows the new snapshot no longer has (dry run: none), and no other integration’s', async () => {
      const { h } = await seeded();
      const { h: other } = await seeded();
      const page = [1, 2, 3].map((n) => pendingSale(n, { channelExternalId: 'web' }));
      expect(await replace(h, page)).toEqual(result({ created: 3 }));
      expect(await other.write('pending_sales', [pendingSale(9, { channelExternalId: 'web' })])).toEqual(result({ created: 1 }));

      const next = [page[0], pendingSale(4, { channelExternalId: 'web' })] as CanonicalRecord<'pending_sales'>[];
      await replace(h, next, true);
      expect(await keys(h)).toEqual(['pending-1/pending-1-1', 'pending-2/pending-2-1', 'pending-3/pending-3-1']);
      expect(await replace(h, next)).toEqual(result({ created: 1, unchanged: 1 }));
      expect(await keys(h)).toEqual(['pending-1/pending-1-1', 'pending-4/pending-4-1']);
      expect(await keys(other)).toEqual(['pending-9/pending-9-1']);
      await replace(h, []);
      expect(await keys(h)).toEqual([]);
    });

    it('compares keys as the page would write them: stock by resolved SKU and location', async () => {
      const { h } = await seeded();
      const stock = (records: CanonicalRecord<'warehouse_inventory'>[]): Promise<SinkResult> =>
        t.dataSource.transaction(async (manager) => {
          const sink = SINKS.warehouse_inventory;
          if (sink.replaceAll === undefined) throw new Error('warehouse inventory cannot be replaced');
          return sink.replaceAll(manager, h.context(), records);
        });
      const rows = async (): Promise<string[]> =>
        (
          await h.query<{ k: string }>(
            `SELECT (SELECT code FROM skus s WHERE s.id = t.sku_id) || '@' || location || '=' || on_hand::text AS k
             FROM warehouse_inventory t WHERE integration_id = $1 ORDER BY 1`,
            [h.integrationId],
          )
        ).map((row) => row.k);
      const [east, west] = [inventory(1), inventory(2)];
      const bEast = inventory(1, { skuExternalId: 'variant-b' });
      expect(await stock([east, west, bEast])).toEqual(result({ created: 3 }));
      // The same location of another SKU is another key; an unmapped record keeps no row.
      const next = [{ ...east, onHand: '90' }, inventory(1, { skuExternalId: 'variant-gone' })];
      expect(await stock(next)).toEqual(result({ updated: 1, skipped: 1, unmapped: [miss('sku', 'variant-gone', 1)] }));
      expect(await rows()).toEqual(['A@warehouse-1=90.0000']);
    });
  });
});
