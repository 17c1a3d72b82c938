import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiClient } from '../../support/api-client.js';
import { bodyOf } from '../../support/catalog-fixtures.js';
import { expectError, expectValidationError, ISO_INSTANT, UUID } from '../../support/expectations.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { newOrganization } from '../../support/tokens.js';

/** For values the generated types forbid (wrong types, unknown fields): the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

interface Item {
  id: string;
  code: string;
  name: string;
}
interface ItemPage {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}
interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}
interface ListQuery {
  q?: string;
  limit?: number;
  offset?: number;
}

/** SKUs and channels behave alike: the same tests run against both, through the generated client. */
interface CatalogResource {
  path: string;
  /** As named in the 409 and 404 messages. */
  label: string;
  notFoundLabel: string;
  create(client: ApiClient, body: Record<string, unknown>): Promise<Result<Item>>;
  list(client: ApiClient, query?: ListQuery): Promise<Result<ItemPage>>;
  get(client: ApiClient, id: string): Promise<Result<Item>>;
}

const RESOURCES: CatalogResource[] = [
  {
    path: '/skus',
    label: 'SKU',
    notFoundLabel: 'SKU',
    create: (client, body) => client.POST('/skus', { body: unchecked(body) }),
    list: (client, query = {}) => client.GET('/skus', { params: { query } }),
    get: (client, id) => client.GET('/skus/{id}', { params: { path: { id } } }),
  },
  {
    path: '/channels',
    label: 'channel',
    notFoundLabel: 'Channel',
    create: (client, body) => client.POST('/channels', { body: unchecked(body) }),
    list: (client, query = {}) => client.GET('/channels', { params: { query } }),
    get: (client, id) => client.GET('/channels/{id}', { params: { path: { id } } }),
  },
];

const INVALID_BODIES: { title: string; body: Record<string, unknown>; field: string; rule: string }[] = [
  { title: 'code missing', body: { name: 'Name' }, field: 'code', rule: 'isString' },
  { title: 'code only spaces (trimmed to empty)', body: { code: '   ', name: 'Name' }, field: 'code', rule: 'isLength' },
  { title: 'code of 101 characters', body: { code: 'C'.repeat(101), name: 'Name' }, field: 'code', rule: 'isLength' },
  { title: 'code a number', body: { code: 42, name: 'Name' }, field: 'code', rule: 'isString' },
  { title: 'code with a NUL character', body: { code: 'A\u0000B', name: 'Name' }, field: 'code', rule: 'noNulCharacters' },
  { title: 'name missing', body: { code: 'CODE' }, field: 'name', rule: 'isString' },
  { title: 'name of 201 characters', body: { code: 'CODE', name: 'n'.repeat(201) }, field: 'name', rule: 'isLength' },
  { title: 'an unknown field', body: { code: 'CODE', name: 'Name', color: 'blue' }, field: 'color', rule: 'whitelistValidation' },
];

/** Created in this order; listed by code, byte by byte. */
const LISTED = [
  { code: 'STOUT', name: 'Oatmeal stout' },
  { code: 'pale-sample', name: 'Sample' },
  { code: 'PALE-500', name: 'Pale Ale 500ml' },
  { code: 'IPA-330', name: 'India Pale Ale' },
  { code: '50%_OFF', name: 'Promotion' },
  { code: 'PALE-330', name: 'Pale Ale 330ml' },
];
const BY_CODE = ['50%_OFF', 'IPA-330', 'PALE-330', 'PALE-500', 'STOUT', 'pale-sample'];

describe('catalog API: SKUs and channels', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe.each(RESOURCES)('$path', (r) => {
    it('creates one (201) with code and name trimmed, which viewers can read back', async () => {
      const org = newOrganization();
      const created = bodyOf(await r.create(t.client(org), { code: '  PALE-330 ', name: ' Pale Ale ' }), 201);
      expect(created).toMatchObject({
        id: expect.stringMatching(UUID),
        code: 'PALE-330',
        name: 'Pale Ale',
        integrationId: null,
        createdAt: expect.stringMatching(ISO_INSTANT),
        updatedAt: expect.stringMatching(ISO_INSTANT),
      });
      expect(bodyOf(await r.get(t.client(org, 'viewer'), created.id))).toEqual(created);
    });

    it('409 naming code when the code is taken in the organization; another organization may use it', async () => {
      const org = newOrganization();
      await r.create(t.client(org), { code: 'DUP', name: 'First' });
      const duplicate = await r.create(t.client(org), { code: ' DUP ', name: 'Second' });
      expect(expectError(duplicate, 409).message).toBe(`code: a ${r.label} with this code already exists in the organization`);
      expect(bodyOf(await r.list(t.client(org))).items.map((item) => item.name)).toEqual(['First']);
      bodyOf(await r.create(t.client(newOrganization()), { code: 'DUP', name: 'Elsewhere' }), 201);
    });

    it.each(INVALID_BODIES)('400 naming the field: $title; nothing is created', async ({ body, field, rule }) => {
      const org = newOrganization();
      expectValidationError(await r.create(t.client(org), body), field, rule);
      expect(bodyOf(await r.list(t.client(org))).total).toBe(0);
    });

    describe('list', () => {
      const org = newOrganization('list');
      beforeAll(async () => {
        for (const body of LISTED) bodyOf(await r.create(t.client(org), body), 201);
      });
      const codes = async (query: ListQuery = {}): Promise<string[]> =>
        bodyOf(await r.list(t.client(org, 'viewer'), query)).items.map((item) => item.code);

      it('is ordered by code, byte by byte, with the total and the default page', async () => {
        const page = bodyOf(await r.list(t.client(org, 'viewer')));
        expect(page.items.map((item) => item.code)).toEqual(BY_CODE);
        expect(page).toMatchObject({ total: 6, limit: 25, offset: 0 });
      });

      it.each([
        { q: 'pale', expected: ['PALE-330', 'PALE-500', 'pale-sample'], why: 'a code prefix, ignoring case' },
        { q: 'OAT', expected: ['STOUT'], why: 'a name prefix, ignoring case' },
        { q: '  PALE-5 ', expected: ['PALE-500'], why: 'trimmed' },
        { q: 'ale', expected: [], why: 'a prefix, not a substring' },
        { q: '50%', expected: ['50%_OFF'], why: 'wildcard characters as themselves' },
        { q: '%', expected: [], why: '% matches only itself' },
        { q: '_', expected: [], why: '_ matches only itself' },
      ])('q=$q finds $expected ($why)', async ({ q, expected }) => {
        expect(await codes({ q })).toEqual(expected);
      });

      it('pages with limit and offset; past the end is an empty page with the total', async () => {
        const page = bodyOf(await r.list(t.client(org), { limit: 2, offset: 2 }));
        expect(page).toEqual({ items: expect.any(Array), total: 6, limit: 2, offset: 2 });
        expect(page.items.map((item) => item.code)).toEqual(['PALE-330', 'PALE-500']);
        expect(bodyOf(await r.list(t.client(org), { q: 'pale', limit: 1, offset: 1 })).total).toBe(3);
        expect(bodyOf(await r.list(t.client(org), { offset: 100 }))).toEqual({ items: [], total: 6, limit: 25, offset: 100 });
      });

      it.each([
        { query: { limit: 0 }, field: 'limit', rule: 'min' },
        { query: { limit: 101 }, field: 'limit', rule: 'max' },
        { query: { offset: -1 }, field: 'offset', rule: 'min' },
        { query: { q: 'q'.repeat(101) }, field: 'q', rule: 'maxLength' },
        { query: { q: 'a\u0000' }, field: 'q', rule: 'noNulCharacters' },
      ])('400 naming $field for $rule', async ({ query, field, rule }) => {
        expectValidationError(await r.list(t.client(org), query), field, rule);
      });

      it('shows only the caller’s organization', async () => {
        expect(bodyOf(await r.list(t.client(newOrganization(), 'viewer')))).toEqual({ items: [], total: 0, limit: 25, offset: 0 });
      });
    });

    describe('GET by id', () => {
      it('400 naming id for a malformed id', async () => {
        expectValidationError(await r.get(t.client(newOrganization()), 'not-a-uuid'), 'id', 'isUuid');
      });

      it('another organization’s is a 404, exactly like one that does not exist', async () => {
        const foreign = bodyOf(await r.create(t.client(newOrganization('org-b')), { code: 'B-ONLY', name: 'B' }), 201);
        const missing = randomUUID();
        const client = t.client(newOrganization('org-a'));
        expect(expectError(await r.get(client, foreign.id), 404).message).toBe(`${r.notFoundLabel} ${foreign.id} not found`);
        expect(expectError(await r.get(client, missing), 404).message).toBe(`${r.notFoundLabel} ${missing} not found`);
      });
    });

    it('a viewer may read but not create (403, nothing created)', async () => {
      const org = newOrganization();
      const viewer = t.client(org, 'viewer');
      const denied = await r.create(viewer, { code: 'VIEWER', name: 'Viewer' });
      expect(expectError(denied, 403).message).toBe('This action requires the admin role');
      expect(bodyOf(await r.list(viewer)).total).toBe(0);
    });
  });

  describe('SKU barcodes', () => {
    it('are stored trimmed, and null when not given', async () => {
      const admin = t.client(newOrganization());
      const withBarcode = bodyOf(await admin.POST('/skus', { body: { code: 'A', name: 'A', barcode: ' 5012345678900 ' } }), 201);
      expect(withBarcode.barcode).toBe('5012345678900');
      expect(bodyOf(await admin.POST('/skus', { body: { code: 'B', name: 'B' } }), 201).barcode).toBeNull();
    });

    it.each([
      { barcode: '', rule: 'isLength' },
      { barcode: 'b'.repeat(101), rule: 'isLength' },
      { barcode: 5012345678900, rule: 'isString' },
    ])('400 naming barcode for $rule', async ({ barcode, rule }) => {
      const result = await t.client(newOrganization()).POST('/skus', { body: unchecked({ code: 'A', name: 'A', barcode }) });
      expectValidationError(result, 'barcode', rule);
    });
  });
});
