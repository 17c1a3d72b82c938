import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SinkResult } from '../../../src/tether/sinks/sink.js';
import { sinkHarness, type SinkHarness } from '../../support/sink-harness.js';
import { channel, product, result, salesHistory, snapshot } from '../../support/sink-records.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/*
 * Products → skus and channels → channels: the entity by code (unique in the organization)
 * and the integration's external id mapped to it.
 */

type Row = Record<string, string | null>;

interface CatalogCase {
  capability: 'products' | 'channels';
  table: 'skus' | 'channels';
  externalIdTable: 'sku_external_ids' | 'channel_external_ids';
  idColumn: 'sku_id' | 'channel_id';
  /** The entity's columns besides code, name and integration_id. */
  extra: string[];
  write(h: SinkHarness, records: Spec[], options?: { dryRun?: boolean }): Promise<SinkResult>;
}

/** A record of either: external id, code (null or '': none), name. */
interface Spec {
  externalId: string;
  code: string | null;
  name?: string;
  barcode?: string | null;
}

const CASES: CatalogCase[] = [
  {
    capability: 'products',
    table: 'skus',
    externalIdTable: 'sku_external_ids',
    idColumn: 'sku_id',
    extra: ['barcode'],
    write: (h, records, options) =>
      h.write(
        'products',
        records.map((r) => product(r.externalId, r.code, { name: r.name ?? `Name ${r.code ?? ''}`, barcode: r.barcode ?? null })),
        options,
      ),
  },
  {
    capability: 'channels',
    table: 'channels',
    externalIdTable: 'channel_external_ids',
    idColumn: 'channel_id',
    extra: [],
    write: (h, records, options) =>
      h.write(
        'channels',
        // A channel record's code is required by its type; a source may still send none.
        records.map((r) => channel(r.externalId, r.code as string, { name: r.name ?? `Name ${r.code ?? ''}` })),
        options,
      ),
  },
];

describe('catalog sinks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe.each(CASES)('$capability', (c) => {
    const entities = (h: SinkHarness, withUpdatedAt = false) =>
      h.query<Row>(
        `SELECT code, name, ${c.extra.map((e) => `${e}, `).join('')}integration_id::text AS integration_id${withUpdatedAt ? ', updated_at::text AS updated_at' : ''}
         FROM ${c.table} WHERE organization_id = $1 ORDER BY code`,
        [h.organizationId],
      );
    /** Every mapping of the organization: integration, external id, the entity's code, who made it. */
    const mappings = (h: SinkHarness) =>
      h.query<Row>(
        `SELECT x.integration_id::text AS integration_id, x.external_id, e.code, x.created_by
         FROM ${c.externalIdTable} x JOIN ${c.table} e ON e.id = x.${c.idColumn}
         WHERE x.organization_id = $1 ORDER BY x.integration_id, x.external_id`,
        [h.organizationId],
      );
    const entity = (h: SinkHarness, code: string, name: string, extra: Record<string, string | null> = {}): Row => ({
      code,
      name,
      ...Object.fromEntries(c.extra.map((e) => [e, extra[e] ?? null])),
      integration_id: h.integrationId,
    });
    const mapping = (h: SinkHarness, externalId: string, code: string): Row => ({
      integration_id: h.integrationId,
      external_id: externalId,
      code,
      created_by: `integration:${h.integrationId}`,
    });

    it('creates entities and mappings, leaves them untouched on the same page, updates what changed', async () => {
      const h = await sinkHarness(t);
      const page: Spec[] = [
        { externalId: 'ext-1', code: 'C1', name: 'One' },
        { externalId: 'ext-2', code: 'C2', name: 'Two' },
      ];
      expect(await c.write(h, page)).toEqual(result({ created: 2 }));
      expect(await entities(h)).toEqual([entity(h, 'C1', 'One'), entity(h, 'C2', 'Two')]);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C1'), mapping(h, 'ext-2', 'C2')]);

      const all = await snapshot(h);
      const before = await entities(h, true);
      expect(await c.write(h, page)).toEqual(result({ unchanged: 2 }));
      expect(await snapshot(h)).toEqual(all);

      expect(await c.write(h, [page[0] as Spec, { externalId: 'ext-2', code: 'C2', name: 'Two (renamed)' }])).toEqual(
        result({ updated: 1, unchanged: 1 }),
      );
      const after = await entities(h, true);
      expect(after[0]).toEqual(before[0]);
      expect(after[1]).toMatchObject({ name: 'Two (renamed)' });
      expect(after[1]?.updated_at).not.toEqual(before[1]?.updated_at);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C1'), mapping(h, 'ext-2', 'C2')]);
    });

    if (c.capability === 'products') {
      it('updates a product whose barcode changed', async () => {
        const h = await sinkHarness(t);
        expect(await c.write(h, [{ externalId: 'ext-1', code: 'C1', name: 'One' }])).toEqual(result({ created: 1 }));
        expect(await c.write(h, [{ externalId: 'ext-1', code: 'C1', name: 'One', barcode: '0123456789012' }])).toEqual(
          result({ updated: 1 }),
        );
        expect(await entities(h)).toEqual([entity(h, 'C1', 'One', { barcode: '0123456789012' })]);
      });
    }

    it('skips a record without a code as invalid', async () => {
      const h = await sinkHarness(t);
      const page: Spec[] = [
        { externalId: 'ext-1', code: null },
        { externalId: 'ext-2', code: '' },
        { externalId: 'ext-3', code: 'C3', name: 'Three' },
      ];
      const field = c.capability === 'products' ? 'sku' : 'code';
      const refused = [
        { externalId: 'ext-1', reason: `${field} is empty` },
        { externalId: 'ext-2', reason: `${field} is empty` },
      ];
      expect(await c.write(h, page, { dryRun: true })).toEqual(result({ created: 1, skipped: 2, invalid: 2, refused }));
      expect(await c.write(h, page)).toEqual(result({ created: 1, skipped: 2, invalid: 2, refused }));
      expect(await entities(h)).toEqual([entity(h, 'C3', 'Three')]);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-3', 'C3')]);
    });

    it('keeps the last record of an external id repeated in a page', async () => {
      const h = await sinkHarness(t);
      const page: Spec[] = [
        { externalId: 'ext-1', code: 'C1', name: 'First' },
        { externalId: 'ext-1', code: 'C2', name: 'Last' },
      ];
      expect(await c.write(h, page)).toEqual(result({ created: 1, unchanged: 1 }));
      expect(await entities(h)).toEqual([entity(h, 'C2', 'Last')]);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C2')]);
    });

    it('maps two external ids of one code to one entity, the last record’s attributes winning', async () => {
      const h = await sinkHarness(t);
      const page: Spec[] = [
        { externalId: 'ext-1', code: 'C1', name: 'First' },
        { externalId: 'ext-2', code: 'C1', name: 'Last' },
      ];
      expect(await c.write(h, page)).toEqual(result({ created: 2 }));
      expect(await entities(h)).toEqual([entity(h, 'C1', 'Last')]);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C1'), mapping(h, 'ext-2', 'C1')]);
      expect(await c.write(h, page)).toEqual(result({ unchanged: 2 }));
    });

    it('moves an external id to another code', async () => {
      const h = await sinkHarness(t);
      expect(await c.write(h, [{ externalId: 'ext-1', code: 'C1', name: 'One' }])).toEqual(result({ created: 1 }));
      expect(await c.write(h, [{ externalId: 'ext-1', code: 'C2', name: 'Two' }])).toEqual(result({ created: 1 }));
      expect(await entities(h)).toEqual([entity(h, 'C1', 'One'), entity(h, 'C2', 'Two')]);
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C2')]);
      // Back to an entity that exists unchanged: only the mapping changes.
      expect(await c.write(h, [{ externalId: 'ext-1', code: 'C1', name: 'One' }])).toEqual(result({ updated: 1 }));
      expect(await mappings(h)).toEqual([mapping(h, 'ext-1', 'C1')]);
    });

    it('dry run returns the counts of the real write and writes no entity and no mapping', async () => {
      const h = await sinkHarness(t);
      const page: Spec[] = [
        { externalId: 'ext-1', code: 'C1', name: 'One' },
        { externalId: 'ext-2', code: 'C2', name: 'Two' },
        { externalId: 'ext-3', code: null },
      ];
      const empty = await snapshot(h);
      const dry = await c.write(h, page, { dryRun: true });
      expect(await snapshot(h)).toEqual(empty);
      expect(Object.values(empty).flat()).toEqual([]);
      expect(dry).toEqual(result({ created: 2, skipped: 1, invalid: 1, refused: [{ externalId: 'ext-3', reason: `${c.capability === 'products' ? 'sku' : 'code'} is empty` }] }));
      expect(await c.write(h, page)).toEqual(dry);

      const written = await snapshot(h);
      const changed: Spec[] = [{ externalId: 'ext-1', code: 'C1', name: 'One (renamed)' }, { externalId: 'ext-2', code: 'C9' }];
      const dryChange = await c.write(h, changed, { dryRun: true });
      expect(await snapshot(h)).toEqual(written);
      expect(dryChange).toEqual(result({ created: 1, updated: 1 }));
      expect(await c.write(h, changed)).toEqual(dryChange);
    });

    it('keeps organizations apart: the same external ids and codes are separate entities', async () => {
      const a = await sinkHarness(t);
      const b = await sinkHarness(t);
      const page: Spec[] = [{ externalId: 'ext-1', code: 'C1', name: 'One' }];
      expect(await c.write(a, page)).toEqual(result({ created: 1 }));
      const aRows = await snapshot(a);
      expect(await c.write(b, [{ externalId: 'ext-1', code: 'C1', name: 'Other' }])).toEqual(result({ created: 1 }));
      expect(await entities(b)).toEqual([entity(b, 'C1', 'Other')]);
      expect(await mappings(b)).toEqual([mapping(b, 'ext-1', 'C1')]);
      expect(await snapshot(a)).toEqual(aRows);
    });

    it('shares an entity between integrations of one organization, each with its own mapping', async () => {
      const first = await sinkHarness(t);
      const second = await sinkHarness(t, first.organizationId);
      expect(await c.write(first, [{ externalId: 'ext-1', code: 'C1', name: 'One' }])).toEqual(result({ created: 1 }));
      // The entity is there already, unchanged: only the mapping is new.
      expect(await c.write(second, [{ externalId: 'other-1', code: 'C1', name: 'One' }])).toEqual(result({ updated: 1 }));
      expect(await entities(first)).toEqual([entity(first, 'C1', 'One')]);
      const both = [mapping(first, 'ext-1', 'C1'), mapping(second, 'other-1', 'C1')].sort((x, y) =>
        String(x.integration_id).localeCompare(String(y.integration_id)),
      );
      expect(await mappings(first)).toEqual(both);
    });
  });

  it('maps what data pages refer to: a page skipped before its products and channels fills in after', async () => {
    const h = await sinkHarness(t);
    const page = [salesHistory(1), salesHistory(2, { skuExternalId: 'variant-b' })];
    expect(await h.write('sales_history', page)).toEqual(
      result({
        skipped: 2,
        unmapped: [
          { kind: 'channel', externalId: 'web', count: 2 },
          { kind: 'sku', externalId: 'variant-a', count: 1 },
          { kind: 'sku', externalId: 'variant-b', count: 1 },
        ],
      }),
    );
    expect(await h.write('channels', [channel('web', 'WEB')])).toEqual(result({ created: 1 }));
    expect(await h.write('products', [product('variant-a', 'A')])).toEqual(result({ created: 1 }));
    expect(await h.write('sales_history', page)).toEqual(
      result({ created: 1, skipped: 1, unmapped: [{ kind: 'sku', externalId: 'variant-b', count: 1 }] }),
    );
    expect(await h.write('products', [product('variant-b', 'B')])).toEqual(result({ created: 1 }));
    expect(await h.write('sales_history', page)).toEqual(result({ created: 1, unchanged: 1 }));
  });
});
