import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SalesOrderRecord } from '../../../src/sync-contract/records/sales-order.record.js';
import type { ApiClient } from '../../support/api-client.js';
import { bodyOf, createChannel, createSku } from '../../support/catalog-fixtures.js';
import { expectError, expectStatus, expectValidationError, ISO_INSTANT } from '../../support/expectations.js';
import { shopifyIntegration } from '../../support/fixtures.js';
import { createIntegration } from '../../support/service-fixtures.js';
import { sinkHarness } from '../../support/sink-harness.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

/** For values the generated types forbid (wrong types, unknown fields): the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}
type Mapping = Record<string, unknown> & { integrationId: string; externalId: string };
interface MappingPage {
  items: Mapping[];
  total: number;
  limit: number;
  offset: number;
}
interface MappingQuery {
  integrationId?: string;
  targetId?: string;
  limit?: number;
  offset?: number;
}

/** SKU and channel mappings behave alike: the same tests run against both, through the generated client. */
interface MappingResource {
  path: string;
  /** As in "No SKU mapping for…" */
  label: string;
  /** As in "SKU <id> not found" */
  targetLabel: string;
  targetField: 'skuId' | 'channelId';
  createTarget(client: ApiClient, code: string): Promise<string>;
  map(client: ApiClient, body: Record<string, unknown>): Promise<Result<Mapping>>;
  list(client: ApiClient, query?: MappingQuery): Promise<Result<MappingPage>>;
  unmap(client: ApiClient, integrationId: string, externalId: string): Promise<Result<unknown>>;
}

const RESOURCES: MappingResource[] = [
  {
    path: '/sku-mappings',
    label: 'SKU',
    targetLabel: 'SKU',
    targetField: 'skuId',
    createTarget: async (client, code) => (await createSku(client, code)).id,
    map: (client, body) => client.POST('/sku-mappings', { body: unchecked(body) }),
    list: (client, { targetId, ...query } = {}) => client.GET('/sku-mappings', { params: { query: { ...query, skuId: targetId } } }),
    unmap: (client, integrationId, externalId) =>
      client.DELETE('/sku-mappings/{integrationId}/{externalId}', { params: { path: { integrationId, externalId } } }),
  },
  {
    path: '/channel-mappings',
    label: 'channel',
    targetLabel: 'Channel',
    targetField: 'channelId',
    createTarget: async (client, code) => (await createChannel(client, code)).id,
    map: (client, body) => client.POST('/channel-mappings', { body: unchecked(body) }),
    list: (client, { targetId, ...query } = {}) =>
      client.GET('/channel-mappings', { params: { query: { ...query, channelId: targetId } } }),
    unmap: (client, integrationId, externalId) =>
      client.DELETE('/channel-mappings/{integrationId}/{externalId}', { params: { path: { integrationId, externalId } } }),
  },
];

/** An order on the given channel external id, with one line per SKU external id. */
const order = (externalId: string, skuExternalIds: string[], channelExternalId = 'web'): SalesOrderRecord => ({
  externalId,
  channelExternalId,
  status: 'paid',
  orderedAt: '2026-11-01T10:00:00Z',
  currency: 'USD',
  totalAmount: '10.00',
  lines: skuExternalIds.map((skuExternalId, index) => ({
    externalId: `${externalId}-${index + 1}`,
    skuExternalId,
    quantity: '1',
    unitPrice: '10.00',
  })),
});

describe('mappings API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh organization with one integration. */
  const setup = async (label = 'map'): Promise<{ org: string; admin: ApiClient; integrationId: string }> => {
    const org = newOrganization(label);
    const admin = t.client(org);
    const { id } = await createIntegration(admin, shopifyIntegration());
    return { org, admin, integrationId: id };
  };

  describe.each(RESOURCES)('$path', (r) => {
    const body = (integrationId: string, externalId: string, targetId: string): Record<string, unknown> => ({
      integrationId,
      externalId,
      [r.targetField]: targetId,
    });
    const externalIds = async (client: ApiClient, query: MappingQuery = {}): Promise<string[]> =>
      bodyOf(await r.list(client, query)).items.map((item) => item.externalId);

    it('maps an external id (201); posting it again moves it to the target given', async () => {
      const { org, admin, integrationId } = await setup();
      const [first, second] = [await r.createTarget(admin, 'FIRST'), await r.createTarget(admin, 'SECOND')];
      const mapped = bodyOf(await r.map(admin, body(integrationId, 'ext-1', first)), 201);
      expect(mapped).toEqual({
        integrationId,
        externalId: 'ext-1',
        [r.targetField]: first,
        createdAt: expect.stringMatching(ISO_INSTANT),
        createdBy: `user:${org}:admin`,
      });
      // The same target again: unchanged.
      expect(bodyOf(await r.map(admin, body(integrationId, 'ext-1', first)), 201)).toEqual(mapped);
      const moved = bodyOf(await r.map(admin, body(integrationId, 'ext-1', second)), 201);
      expect(moved).toMatchObject({ integrationId, externalId: 'ext-1', [r.targetField]: second });
      expect(bodyOf(await r.list(t.client(org, 'viewer')))).toEqual({ items: [moved], total: 1, limit: 25, offset: 0 });
    });

    it('keeps external ids as given, and deletes them by their URL-encoded form (204, then 404)', async () => {
      const { admin, integrationId } = await setup();
      const target = await r.createTarget(admin, 'T');
      const ids = ['gid://shopify/ProductVariant/42', 'with space', '100%', ' padded ', 'a?b#c&d=e', 'ünïcödé ✓'];
      for (const id of ids) bodyOf(await r.map(admin, body(integrationId, id, target)), 201);
      expect(await externalIds(admin)).toEqual([...ids].sort());
      for (const id of ids) expectStatus(await r.unmap(admin, integrationId, id), 204);
      expect(await externalIds(admin)).toEqual([]);
      const again = await r.unmap(admin, integrationId, ids[0] ?? '');
      expect(expectError(again, 404).message).toBe(`No ${r.label} mapping for external id "${ids[0] ?? ''}" of integration ${integrationId}`);
    });

    it('deletes by the raw external id too, slashes and all (the rest of the path is the id)', async () => {
      const { org, admin, integrationId } = await setup();
      const target = await r.createTarget(admin, 'T');
      const ids = ['gid://shopify/ProductVariant/42', 'gid://shopify/ProductVariant/43', 'a/b', 'plain'];
      for (const id of ids) bodyOf(await r.map(admin, body(integrationId, id, target)), 201);
      const unmapRaw = (tail: string): Promise<Response> =>
        fetch(`${t.baseUrl}${r.path}/${integrationId}/${tail}`, { method: 'DELETE', headers: { authorization: `Bearer ${tokenFor(org, 'admin')}` } });
      expect((await unmapRaw('gid://shopify/ProductVariant/42')).status).toBe(204);
      // Encoded and raw segments mixed, and a trailing slash (not part of the id).
      expect((await unmapRaw('gid:%2F%2Fshopify/ProductVariant/43/')).status).toBe(204);
      expect((await unmapRaw('a/b')).status).toBe(204);
      expect(await externalIds(admin)).toEqual(['plain']);
      const again = await unmapRaw('gid://shopify/ProductVariant/42');
      expect(again.status).toBe(404);
      expect(((await again.json()) as { message: string }).message).toBe(`No ${r.label} mapping for external id "gid://shopify/ProductVariant/42" of integration ${integrationId}`);
      const undecodable = await unmapRaw('gid://shopify/%E0%A4%A/1');
      expect(undecodable.status).toBe(400);
      expect(((await undecodable.json()) as { details: unknown[] }).details).toEqual([expect.objectContaining({ field: 'externalId', rule: 'uriEncoding' })]);
      expect((await unmapRaw(`${'x/'.repeat(250)}x`)).status).toBe(400);
      expect(await externalIds(admin)).toEqual(['plain']);
    });

    it('lists by integration then external id, filtered by integration and target, paginated', async () => {
      const { admin, integrationId: one } = await setup();
      const { id: two } = await createIntegration(admin, shopifyIntegration());
      const [x, y] = [await r.createTarget(admin, 'X'), await r.createTarget(admin, 'Y')];
      for (const [integrationId, externalId, target] of [
        [one, 'b', x],
        [one, 'a', y],
        [one, 'c', x],
        [two, 'a', x],
      ] as const) {
        bodyOf(await r.map(admin, body(integrationId, externalId, target)), 201);
      }
      // Integration ids are UUIDs of one length: sorting "<integration>:<external id>" orders by both.
      const all = bodyOf(await r.list(admin)).items.map((item) => `${item.integrationId}:${item.externalId}`);
      expect(all).toEqual([`${one}:a`, `${one}:b`, `${one}:c`, `${two}:a`].sort());
      expect(await externalIds(admin, { integrationId: one })).toEqual(['a', 'b', 'c']);
      expect(await externalIds(admin, { integrationId: one, targetId: x })).toEqual(['b', 'c']);
      expect(bodyOf(await r.list(admin, { targetId: x })).total).toBe(3);
      const page = bodyOf(await r.list(admin, { integrationId: one, limit: 1, offset: 1 }));
      expect({ ids: page.items.map((item) => item.externalId), total: page.total }).toEqual({ ids: ['b'], total: 3 });
    });

    it.each([
      { title: 'integrationId not a UUID', change: { integrationId: 'nope' }, field: 'integrationId', rule: 'isUuid' },
      { title: 'externalId empty', change: { externalId: '' }, field: 'externalId', rule: 'isLength' },
      { title: 'externalId of 501 characters', change: { externalId: 'e'.repeat(501) }, field: 'externalId', rule: 'isLength' },
      { title: 'externalId a number', change: { externalId: 42 }, field: 'externalId', rule: 'isString' },
      { title: 'externalId with a NUL character', change: { externalId: 'a\u0000b' }, field: 'externalId', rule: 'noNulCharacters' },
      { title: 'an unknown field', change: { note: 'hi' }, field: 'note', rule: 'whitelistValidation' },
    ])('400 naming the field: $title', async ({ change, field, rule }) => {
      const { admin, integrationId } = await setup();
      const target = await r.createTarget(admin, 'T');
      expectValidationError(await r.map(admin, { ...body(integrationId, 'ext', target), ...change }), field, rule);
      expect(bodyOf(await r.list(admin)).total).toBe(0);
    });

    it('400 naming the target field when it is missing or not a UUID', async () => {
      const { admin, integrationId } = await setup();
      expectValidationError(await r.map(admin, { integrationId, externalId: 'ext' }), r.targetField, 'isUuid');
      expectValidationError(await r.map(admin, body(integrationId, 'ext', 'nope')), r.targetField, 'isUuid');
    });

    it('400 naming the parameter for malformed filters and DELETE paths', async () => {
      const { admin, integrationId } = await setup();
      expectValidationError(await r.list(admin, { integrationId: 'nope' }), 'integrationId', 'isUuid');
      expectValidationError(await r.list(admin, { targetId: 'nope' }), r.targetField, 'isUuid');
      expectValidationError(await r.unmap(admin, 'nope', 'ext'), 'integrationId', 'isUuid');
      expectValidationError(await r.unmap(admin, integrationId, 'e'.repeat(501)), 'externalId', 'isLength');
      expectValidationError(await r.unmap(admin, integrationId, 'a\u0000b'), 'externalId', 'noNulCharacters');
    });

    describe('organizations', () => {
      let a: { org: string; admin: ApiClient; integrationId: string; target: string };
      let b: { org: string; admin: ApiClient; integrationId: string; target: string };
      beforeAll(async () => {
        const [sa, sb] = [await setup('org-a'), await setup('org-b')];
        a = { ...sa, target: await r.createTarget(sa.admin, 'SHARED') };
        b = { ...sb, target: await r.createTarget(sb.admin, 'SHARED') };
        bodyOf(await r.map(b.admin, body(b.integrationId, 'shared', b.target)), 201);
      });
      const bMappings = async (): Promise<MappingPage> => bodyOf(await r.list(b.admin));

      it('another organization’s target on the caller’s integration is a 404 naming the target; nothing is written', async () => {
        const before = await bMappings();
        const result = await r.map(a.admin, body(a.integrationId, 'shared', b.target));
        expect(expectError(result, 404).message).toBe(`${r.targetLabel} ${b.target} not found`);
        expect(bodyOf(await r.list(a.admin)).total).toBe(0);
        expect(await bMappings()).toEqual(before);
      });

      it('the caller’s target on another organization’s integration is a 404 naming the integration', async () => {
        const before = await bMappings();
        const result = await r.map(a.admin, body(b.integrationId, 'shared', a.target));
        expect(expectError(result, 404).message).toBe(`Integration ${b.integrationId} not found`);
        expect(await bMappings()).toEqual(before);
      });

      it('listing by another organization’s integration or target is a 404; the list shows only the caller’s', async () => {
        expect(expectError(await r.list(a.admin, { integrationId: b.integrationId }), 404).message).toBe(
          `Integration ${b.integrationId} not found`,
        );
        expect(expectError(await r.list(a.admin, { targetId: b.target }), 404).message).toBe(`${r.targetLabel} ${b.target} not found`);
        const missing = randomUUID();
        expect(expectError(await r.list(a.admin, { integrationId: missing }), 404).message).toBe(`Integration ${missing} not found`);
        expect(bodyOf(await r.list(t.client(a.org, 'viewer'))).items.map((item) => item.integrationId)).not.toContain(b.integrationId);
      });

      it('deleting another organization’s mapping is a 404 and leaves it', async () => {
        const before = await bMappings();
        const result = await r.unmap(a.admin, b.integrationId, 'shared');
        expect(expectError(result, 404).message).toBe(`Integration ${b.integrationId} not found`);
        expect(await bMappings()).toEqual(before);
        expect(before.total).toBe(1);
      });
    });

    it('a viewer may list but not map or unmap (403, nothing changes)', async () => {
      const { org, admin, integrationId } = await setup();
      const target = await r.createTarget(admin, 'T');
      bodyOf(await r.map(admin, body(integrationId, 'kept', target)), 201);
      const viewer = t.client(org, 'viewer');
      const before = bodyOf(await r.list(viewer));
      for (const denied of [await r.map(viewer, body(integrationId, 'new', target)), await r.unmap(viewer, integrationId, 'kept')]) {
        expect(expectError(denied, 403).message).toBe('This action requires the admin role');
      }
      expect(bodyOf(await r.list(viewer))).toEqual(before);
    });
  });

  describe('/integrations/{id}/default-channel', () => {
    const path = (id: string) => ({ params: { path: { id } } });

    it('is a 404 until set; PUT sets and replaces it; DELETE removes it (204, then 404)', async () => {
      const { org, admin, integrationId } = await setup();
      const viewer = t.client(org, 'viewer');
      const [web, store] = [await createChannel(admin, 'WEB'), await createChannel(admin, 'STORE')];
      const none = `Integration ${integrationId} has no default channel`;
      expect(expectError(await viewer.GET('/integrations/{id}/default-channel', path(integrationId)), 404).message).toBe(none);

      const set = await admin.PUT('/integrations/{id}/default-channel', { ...path(integrationId), body: { channelId: web.id } });
      expect(bodyOf(set)).toEqual(web);
      expect(bodyOf(await viewer.GET('/integrations/{id}/default-channel', path(integrationId)))).toEqual(web);
      bodyOf(await admin.PUT('/integrations/{id}/default-channel', { ...path(integrationId), body: { channelId: store.id } }));
      expect(bodyOf(await viewer.GET('/integrations/{id}/default-channel', path(integrationId)))).toEqual(store);

      expectStatus(await admin.DELETE('/integrations/{id}/default-channel', path(integrationId)), 204);
      expect(expectError(await viewer.GET('/integrations/{id}/default-channel', path(integrationId)), 404).message).toBe(none);
      expect(expectError(await admin.DELETE('/integrations/{id}/default-channel', path(integrationId)), 404).message).toBe(none);
    });

    it('400 naming the field or parameter', async () => {
      const { admin, integrationId } = await setup();
      const put = (id: string, body: unknown) => admin.PUT('/integrations/{id}/default-channel', { ...path(id), body: unchecked(body) });
      expectValidationError(await put(integrationId, {}), 'channelId', 'isUuid');
      expectValidationError(await put(integrationId, { channelId: 'web' }), 'channelId', 'isUuid');
      expectValidationError(await put('nope', { channelId: randomUUID() }), 'id', 'isUuid');
      expectValidationError(await admin.GET('/integrations/{id}/default-channel', path('nope')), 'id', 'isUuid');
      expectValidationError(await admin.DELETE('/integrations/{id}/default-channel', path('nope')), 'id', 'isUuid');
    });

    it('another organization’s channel or integration is a 404 naming it; theirs stays as it was', async () => {
      const a = await setup('org-a');
      const b = await setup('org-b');
      const [channelA, channelB] = [await createChannel(a.admin, 'WEB'), await createChannel(b.admin, 'WEB')];
      bodyOf(await b.admin.PUT('/integrations/{id}/default-channel', { ...path(b.integrationId), body: { channelId: channelB.id } }));

      const foreignChannel = await a.admin.PUT('/integrations/{id}/default-channel', { ...path(a.integrationId), body: { channelId: channelB.id } });
      expect(expectError(foreignChannel, 404).message).toBe(`Channel ${channelB.id} not found`);
      expectError(await a.admin.GET('/integrations/{id}/default-channel', path(a.integrationId)), 404);

      const notFound = `Integration ${b.integrationId} not found`;
      const calls = [
        a.admin.GET('/integrations/{id}/default-channel', path(b.integrationId)),
        a.admin.PUT('/integrations/{id}/default-channel', { ...path(b.integrationId), body: { channelId: channelA.id } }),
        a.admin.DELETE('/integrations/{id}/default-channel', path(b.integrationId)),
      ];
      for (const result of await Promise.all(calls)) expect(expectError(result, 404).message).toBe(notFound);
      expect(bodyOf(await b.admin.GET('/integrations/{id}/default-channel', path(b.integrationId)))).toEqual(channelB);
    });

    it('a viewer may read but not set or remove it (403)', async () => {
      const { org, admin, integrationId } = await setup();
      const web = await createChannel(admin, 'WEB');
      bodyOf(await admin.PUT('/integrations/{id}/default-channel', { ...path(integrationId), body: { channelId: web.id } }));
      const viewer = t.client(org, 'viewer');
      const denied = [
        await viewer.PUT('/integrations/{id}/default-channel', { ...path(integrationId), body: { channelId: web.id } }),
        await viewer.DELETE('/integrations/{id}/default-channel', path(integrationId)),
      ];
      for (const result of denied) expect(expectError(result, 403).message).toBe('This action requires the admin role');
      expect(bodyOf(await viewer.GET('/integrations/{id}/default-channel', path(integrationId)))).toEqual(web);
    });
  });

  describe('/integrations/{id}/unmapped', () => {
    type Kind = 'sku' | 'channel' | 'forecast_version';
    const unmapped = async (client: ApiClient, id: string, query: { kind?: Kind; limit?: number; offset?: number } = {}) =>
      bodyOf(await client.GET('/integrations/{id}/unmapped', { params: { path: { id }, query } }));
    const ids = async (client: ApiClient, id: string, kind?: Kind): Promise<string[]> =>
      (await unmapped(client, id, kind === undefined ? {} : { kind })).items.map((item) => item.externalId);

    it('lists what a sync could not map, most occurrences first, until it is mapped through the API; the next page then writes it', async () => {
      const org = newOrganization('unmapped');
      const h = await sinkHarness(t, org);
      const admin = t.client(org);
      const viewer = t.client(org, 'viewer');
      const web = await createChannel(admin, 'WEB');
      const skuB = await createSku(admin, 'B');

      // The channel is unknown: the whole order is skipped.
      const first = await h.write('sales_orders', [order('o-1', ['variant-b'])]);
      expect(first.unmapped).toEqual([{ kind: 'channel', externalId: 'web', count: 1 }]);
      expect(await unmapped(viewer, h.integrationId)).toEqual({
        items: [
          {
            kind: 'channel',
            externalId: 'web',
            occurrences: 1,
            capability: 'sales_orders',
            firstSeenAt: expect.stringMatching(ISO_INSTANT),
            lastSeenAt: expect.stringMatching(ISO_INSTANT),
          },
        ],
        total: 1,
        limit: 25,
        offset: 0,
      });
      bodyOf(await admin.POST('/channel-mappings', { body: { integrationId: h.integrationId, externalId: 'web', channelId: web.id } }), 201);
      expect(await ids(viewer, h.integrationId)).toEqual([]);

      // Now the orders are written; their lines with unknown SKUs are skipped.
      const page = [order('o-1', ['variant-b']), order('o-2', ['variant-b', 'variant-a'])];
      expect((await h.write('sales_orders', page)).unmapped).toEqual([
        { kind: 'sku', externalId: 'variant-b', count: 2 },
        { kind: 'sku', externalId: 'variant-a', count: 1 },
      ]);
      const listed = await unmapped(viewer, h.integrationId);
      expect(listed.items.map((item) => [item.kind, item.externalId, item.occurrences])).toEqual([
        ['sku', 'variant-b', 2],
        ['sku', 'variant-a', 1],
      ]);
      const second = await unmapped(viewer, h.integrationId, { limit: 1, offset: 1 });
      expect({ ids: second.items.map((item) => item.externalId), total: second.total }).toEqual({ ids: ['variant-a'], total: 2 });

      bodyOf(await admin.POST('/sku-mappings', { body: { integrationId: h.integrationId, externalId: 'variant-b', skuId: skuB.id } }), 201);
      expect(await ids(viewer, h.integrationId)).toEqual(['variant-a']);

      const linesOfB = () =>
        h.query<{ line: string }>('SELECT external_id AS line FROM sales_order_lines WHERE organization_id = $1 AND sku_id = $2 ORDER BY 1', [
          org,
          skuB.id,
        ]);
      expect(await linesOfB()).toEqual([]);
      expect((await h.write('sales_orders', page)).unmapped).toEqual([{ kind: 'sku', externalId: 'variant-a', count: 1 }]);
      expect(await linesOfB()).toEqual([{ line: 'o-1-1' }, { line: 'o-2-1' }]);

      // Unmapped again: listed again, with the count it had.
      expectStatus(await admin.DELETE('/sku-mappings/{integrationId}/{externalId}', { params: { path: { integrationId: h.integrationId, externalId: 'variant-b' } } }), 204);
      const again = await unmapped(viewer, h.integrationId, { kind: 'sku' });
      expect(again.items.map((item) => [item.externalId, item.occurrences])).toEqual([
        ['variant-a', 2],
        ['variant-b', 2],
      ]);
    });

    it('filters by kind; a forecast version leaves the list once synced', async () => {
      const h = await sinkHarness(t, newOrganization('unmapped'));
      const viewer = t.client(h.organizationId, 'viewer');
      await h.write('sales_forecast', [
        { versionExternalId: 'plan-2027', skuExternalId: 'sku-x', channelExternalId: null, periodStart: '2027-01-01', quantity: '5' },
      ]);
      expect(await ids(viewer, h.integrationId, 'forecast_version')).toEqual(['plan-2027']);
      expect(await ids(viewer, h.integrationId, 'sku')).toEqual(['sku-x']);
      expect(await ids(viewer, h.integrationId, 'channel')).toEqual([]);
      expect((await unmapped(viewer, h.integrationId)).items.map((item) => item.capability)).toEqual(['sales_forecast', 'sales_forecast']);

      await h.write('forecast_versions', [{ externalId: 'plan-2027', name: 'Plan 2027' }]);
      expect(await ids(viewer, h.integrationId, 'forecast_version')).toEqual([]);
      expect(await ids(viewer, h.integrationId)).toEqual(['sku-x']);
    });

    it('400 naming kind, limit or id; 404 for another organization’s integration', async () => {
      const h = await sinkHarness(t, newOrganization('unmapped'));
      await h.write('sales_orders', [order('o-1', ['variant-a'], 'nowhere')]);
      const admin = t.client(h.organizationId);
      const get = (id: string, query: unknown = {}) => admin.GET('/integrations/{id}/unmapped', { params: { path: { id }, query: unchecked(query) } });
      expectValidationError(await get(h.integrationId, { kind: 'product' }), 'kind', 'isIn');
      expectValidationError(await get(h.integrationId, { limit: 0 }), 'limit', 'min');
      expectValidationError(await get('nope'), 'id', 'isUuid');

      const other = t.client(newOrganization('org-b'));
      const foreign = await other.GET('/integrations/{id}/unmapped', { params: { path: { id: h.integrationId } } });
      expect(expectError(foreign, 404).message).toBe(`Integration ${h.integrationId} not found`);
      expect(await ids(admin, h.integrationId)).toEqual(['nowhere']);
    });
  });
});
