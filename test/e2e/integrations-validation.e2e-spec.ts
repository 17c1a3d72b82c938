import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { expectError, expectValidationError } from '../support/expectations.js';
import { type CreateIntegrationBody, shopifyIntegration } from '../support/fixtures.js';
import {
  bigqueryIntegration,
  brewmanIntegration,
  createIntegration,
  redshiftIntegration,
  type UpdateIntegrationBody,
} from '../support/service-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newOrganization, tokenFor } from '../support/tokens.js';

/** For values the generated types forbid (wrong types, unknown fields): the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

interface RejectedCreate {
  title: string;
  body: CreateIntegrationBody;
  field: string;
  rule: string;
  /** Text the detail's message must contain, beyond the field name. */
  message?: string;
}

const shopifyCredentials = shopifyIntegration().credentials;

const rejectedCreates: RejectedCreate[] = [
  // Top-level fields (the global validation pipe)
  { title: 'name missing', body: shopifyIntegration({ name: undefined }), field: 'name', rule: 'isString' },
  { title: 'name empty', body: shopifyIntegration({ name: '' }), field: 'name', rule: 'isLength' },
  { title: 'name only spaces (trimmed to empty)', body: shopifyIntegration({ name: '   ' }), field: 'name', rule: 'isLength' },
  // PostgreSQL text cannot hold U+0000: refused up front rather than failing as a 500.
  { title: 'a name with a NUL character', body: shopifyIntegration({ name: 'Main\u0000store' }), field: 'name', rule: 'noNulCharacters' },
  { title: 'name of 101 characters', body: shopifyIntegration({ name: 'n'.repeat(101) }), field: 'name', rule: 'isLength', message: '100' },
  {
    title: 'unknown top-level field',
    body: unchecked({ ...shopifyIntegration(), color: 'blue' }),
    field: 'color',
    rule: 'whitelistValidation',
    message: 'color is not an accepted field',
  },
  { title: 'capabilities not an array', body: unchecked({ ...shopifyIntegration(), capabilities: 'products' }), field: 'capabilities', rule: 'isArray' },
  { title: 'enabled as a string', body: unchecked({ ...shopifyIntegration(), enabled: 'true' }), field: 'enabled', rule: 'isBoolean' },
  { title: 'credentials not an object', body: unchecked({ ...shopifyIntegration(), credentials: 'secret' }), field: 'credentials', rule: 'isObject' },
  { title: 'empty capabilities', body: shopifyIntegration({ capabilities: [] }), field: 'capabilities', rule: 'arrayNotEmpty' },
  {
    title: 'a capability outside the global list',
    body: unchecked({ ...shopifyIntegration(), capabilities: ['teleportation'] }),
    field: 'capabilities',
    rule: 'isIn',
  },
  { title: 'a repeated capability', body: shopifyIntegration({ capabilities: ['products', 'products'] }), field: 'capabilities', rule: 'arrayUnique' },
  // Against the service's metadata
  {
    title: 'a capability the service does not support',
    body: shopifyIntegration({ capabilities: ['sales_orders', 'sales_history'] }),
    field: 'capabilities',
    rule: 'isSupported',
    message: 'Shopify does not support "sales_history"',
  },
  {
    title: 'an unknown external service',
    body: shopifyIntegration({ externalService: 'salesforce' }),
    field: 'externalService',
    rule: 'isSupported',
    message: 'bigquery, brewman, redshift, shopify, trackstar',
  },
  // Schedule
  {
    title: 'cron with 5 fields',
    body: shopifyIntegration({ cronExpression: '0 0 * * *' }),
    field: 'cronExpression',
    rule: 'isCron',
    message: 'must have 6 fields (second minute hour day-of-month month day-of-week), got 5',
  },
  {
    title: 'cron with a value out of range',
    body: shopifyIntegration({ cronExpression: '0 0 61 * * *' }),
    field: 'cronExpression',
    rule: 'isCron',
    message: 'out of range',
  },
  {
    title: 'cron that never fires (31 February)',
    body: shopifyIntegration({ cronExpression: '0 0 0 31 2 *' }),
    field: 'cronExpression',
    rule: 'isCron',
    message: 'never fires',
  },
  {
    title: 'cron firing more often than the minimum interval',
    body: shopifyIntegration({ cronExpression: '*/10 * * * * *' }),
    field: 'cronExpression',
    rule: 'minInterval',
    message: 'cronExpression fires every 10 s at its most frequent; the minimum interval is 60 s',
  },
  {
    title: 'an unknown time zone',
    body: shopifyIntegration({ timezone: 'Mars/Base' }),
    field: 'timezone',
    rule: 'isTimeZone',
    message: 'IANA time zone',
  },
  // Credentials
  {
    title: 'a required credential missing',
    body: shopifyIntegration({ credentials: { storeDomain: 'acme.myshopify.com' } }),
    field: 'credentials.accessToken',
    rule: 'required',
  },
  {
    title: 'an unknown credential field',
    body: shopifyIntegration({ credentials: { ...shopifyCredentials, apiSecret: 'x' } }),
    field: 'credentials.apiSecret',
    rule: 'unknown',
    message: 'fields: storeDomain, accessToken',
  },
  {
    title: 'a number for a text credential',
    body: shopifyIntegration({ credentials: { ...shopifyCredentials, storeDomain: 42 } }),
    field: 'credentials.storeDomain',
    rule: 'type',
    message: 'must be a string',
  },
  {
    title: 'a Shopify domain outside myshopify.com',
    body: shopifyIntegration({ credentials: { ...shopifyCredentials, storeDomain: 'acme.example.com' } }),
    field: 'credentials.storeDomain',
    rule: 'pattern',
    message: 'a domain ending in .myshopify.com',
  },
  {
    title: 'a BigQuery service account key that is not a JSON object',
    body: bigqueryIntegration({ credentials: { ...bigqueryIntegration().credentials, serviceAccountKey: 'not json' } }),
    field: 'credentials.serviceAccountKey',
    rule: 'type',
    message: 'must be a JSON object',
  },
  {
    title: 'a BigQuery service account key without client_email',
    body: bigqueryIntegration({ credentials: { ...bigqueryIntegration().credentials, serviceAccountKey: '{"private_key": "k"}' } }),
    field: 'credentials.serviceAccountKey',
    rule: 'requiredKeys',
    message: 'must contain the keys client_email, private_key',
  },
  {
    title: 'a Redshift port above 65535',
    body: redshiftIntegration({ credentials: { ...redshiftIntegration().credentials, port: 65536 } }),
    field: 'credentials.port',
    rule: 'maximum',
    message: 'at most 65535',
  },
  {
    title: 'a Redshift port below 1',
    body: redshiftIntegration({ credentials: { ...redshiftIntegration().credentials, port: 0 } }),
    field: 'credentials.port',
    rule: 'minimum',
    message: 'at least 1',
  },
  // Settings
  {
    title: 'an unknown setting',
    body: shopifyIntegration({ settings: { region: 'eu' } }),
    field: 'settings.region',
    rule: 'unknown',
    message: 'fields: apiVersion',
  },
  {
    title: 'a Shopify API version off the pattern',
    body: shopifyIntegration({ settings: { apiVersion: '2026-02' } }),
    field: 'settings.apiVersion',
    rule: 'pattern',
    message: 'a quarterly version from 2025-07 on, such as 2026-10',
  },
  {
    title: 'a text setting with a NUL character',
    body: brewmanIntegration({ settings: { priceListId: 'trade\u0000' } }),
    field: 'settings.priceListId',
    rule: 'noNulCharacters',
    message: 'must not contain NUL characters',
  },
  {
    title: 'a BigQuery table setting required by a selected capability',
    body: bigqueryIntegration({ capabilities: ['sales_orders', 'products'], settings: { salesOrdersTable: 'orders' } }),
    field: 'settings.productsTable',
    rule: 'required',
    message: 'is required for the selected capabilities',
  },
];

describe('integrations validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  // No case may end in a 500: the error filter logs every one of those.
  const loggedErrors = (): string[] => t.logger.lines.filter((line) => line.startsWith('error'));
  let errorsBefore = 0;
  beforeEach(() => {
    errorsBefore = loggedErrors().length;
  });
  afterEach(() => {
    expect(loggedErrors().slice(errorsBefore)).toEqual([]);
  });

  describe('POST /integrations', () => {
    it.each(rejectedCreates)('$title → 400 naming $field ($rule)', async ({ body, field, rule, message }) => {
      const org = newOrganization();
      const result = await t.client(org).POST('/integrations', { body });
      const detail = expectValidationError(result, field, rule);
      if (message !== undefined) expect(detail.message).toContain(message);
      const list = await t.client(org).GET('/integrations');
      expect(list.data?.total).toBe(0);
    });

    it('accepts the boundaries: a 100-character name and a cron every 60 s', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration({ name: 'n'.repeat(100), cronExpression: '0 * * * * *' }));
      expect(created.name).toHaveLength(100);
    });

    it.each([
      ['monthly', '0 0 0 1 * *'],
      ['quarterly', '0 0 6 1 1,4,7,10 *'],
      ['yearly', '0 0 0 1 1 *'],
      ['leap-day', '0 0 0 29 2 *'],
    ])('accepts a %s schedule (sparse, but it fires)', async (_, cronExpression) => {
      const created = await createIntegration(t.client(newOrganization()), shopifyIntegration({ cronExpression }));
      expect(created.cronExpression).toBe(cronExpression);
      expect(created.nextSync).not.toBeNull();
    });

    it('reports every problem in one 400', async () => {
      const result = await t.client(newOrganization()).POST('/integrations', {
        body: shopifyIntegration({ timezone: 'Mars/Base', credentials: {}, settings: { apiVersion: 'latest' } }),
      });
      const body = expectError(result, 400);
      expect(body.details?.map((d) => `${d.field}:${d.rule}`).sort()).toEqual([
        'credentials.accessToken:required',
        'credentials.storeDomain:required',
        'settings.apiVersion:pattern',
        'timezone:isTimeZone',
      ]);
    });

    it('never echoes a credential value in a message', async () => {
      const result = await t.client(newOrganization()).POST('/integrations', {
        body: shopifyIntegration({ credentials: { storeDomain: 'secret-domain.example.com', accessToken: 12345 } }),
      });
      const body = expectError(result, 400);
      expect(JSON.stringify(body)).not.toContain('secret-domain');
      expect(JSON.stringify(body)).not.toContain('12345');
    });
  });

  describe('PATCH /integrations/{id}', () => {
    let org: string;
    let shopifyId: string;
    let bigqueryId: string;
    beforeAll(async () => {
      org = newOrganization();
      shopifyId = (await createIntegration(t.client(org), shopifyIntegration())).id;
      bigqueryId = (await createIntegration(t.client(org), bigqueryIntegration())).id;
    });

    const patch = (id: string, body: UpdateIntegrationBody) => t.client(org).PATCH('/integrations/{id}', { params: { path: { id } }, body });

    it.each([
      { title: 'externalService', body: unchecked({ externalService: 'bigquery' }), field: 'externalService' },
      { title: 'credentials', body: unchecked({ credentials: shopifyCredentials }), field: 'credentials' },
    ])('refuses $title, which PATCH does not accept', async ({ body, field }) => {
      const detail = expectValidationError(await patch(shopifyId, body), field, 'whitelistValidation');
      expect(detail.message).toBe(`${field} is not an accepted field`);
    });

    it.each([
      { title: 'an empty name', body: { name: '' }, field: 'name', rule: 'isLength' },
      { title: 'a too frequent cron', body: { cronExpression: '*/30 * * * * *' }, field: 'cronExpression', rule: 'minInterval' },
      { title: 'an unknown time zone', body: { timezone: 'Mars/Base' }, field: 'timezone', rule: 'isTimeZone' },
      { title: 'an unsupported capability', body: { capabilities: ['sales_forecast'] }, field: 'capabilities', rule: 'isSupported' },
      { title: 'a bad setting', body: { settings: { apiVersion: '26-10' } }, field: 'settings.apiVersion', rule: 'pattern' },
    ] satisfies { title: string; body: UpdateIntegrationBody; field: string; rule: string }[])(
      'validates as at creation: $title',
      async ({ body, field, rule }) => {
        expectValidationError(await patch(shopifyId, body), field, rule);
      },
    );

    it('refuses a name with a NUL character', async () => {
      expectValidationError(await patch(shopifyId, { name: 'a\u0000b' }), 'name', 'noNulCharacters');
    });

    it('treats null as "no change", as for an omitted field', async () => {
      const before = await t.client(org).GET('/integrations/{id}', { params: { path: { id: shopifyId } } });
      const result = await patch(shopifyId, unchecked({ name: null, enabled: null, capabilities: null, settings: null }));
      expect(result.response.status).toBe(200);
      expect(result.data).toMatchObject({
        name: before.data?.name,
        enabled: before.data?.enabled,
        capabilities: before.data?.capabilities,
        settings: before.data?.settings,
      });
    });

    it('requires the table of a capability the PATCH adds, and leaves the integration unchanged', async () => {
      const before = await t.client(org).GET('/integrations/{id}', { params: { path: { id: bigqueryId } } });
      const result = await patch(bigqueryId, { capabilities: ['sales_orders', 'sales_history'] });
      const detail = expectValidationError(result, 'settings.salesHistoryTable', 'required');
      expect(detail.message).toBe('settings.salesHistoryTable is required for the selected capabilities');
      const after = await t.client(org).GET('/integrations/{id}', { params: { path: { id: bigqueryId } } });
      expect(after.data).toEqual(before.data);
    });
  });

  describe('PUT /integrations/{id}/credentials', () => {
    it('validates the credentials against the service’s fields', async () => {
      const org = newOrganization();
      const { id } = await createIntegration(t.client(org), redshiftIntegration());
      const result = await t.client(org).PUT('/integrations/{id}/credentials', {
        params: { path: { id } },
        body: { credentials: { ...redshiftIntegration().credentials, port: '5439' } },
      });
      expectValidationError(result, 'credentials.port', 'type');
    });
  });

  describe('request bodies', () => {
    it('malformed JSON → 400 that does not echo the body', async () => {
      const response = await fetch(`${t.baseUrl}/integrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenFor(newOrganization(), 'admin')}` },
        body: '{"name": "leaked-secret-value", ',
      });
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toContain('leaked-secret-value');
      expect(JSON.parse(text)).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Malformed JSON in request body',
        details: [{ field: 'body', rule: 'isJson', message: 'Malformed JSON in request body' }],
        path: '/integrations',
        timestamp: expect.any(String),
        correlationId: response.headers.get('x-request-id'),
      });
    });

    it('a body over 100kb → 413', async () => {
      const result = await t.client(newOrganization()).POST('/integrations', {
        body: shopifyIntegration({ credentials: { ...shopifyCredentials, accessToken: 'x'.repeat(110 * 1024) } }),
      });
      expect(expectError(result, 413).message).toBe('Request body is too large');
    });
  });

  describe('path and query parameters', () => {
    const notUuid = 'not-a-uuid';

    it('a non-UUID id → 400 naming id, on every route that takes one', async () => {
      const admin = t.client(newOrganization());
      const path = { id: notUuid };
      const results = [
        await admin.GET('/integrations/{id}', { params: { path } }),
        await admin.PATCH('/integrations/{id}', { params: { path }, body: { dryRun: true } }),
        await admin.PUT('/integrations/{id}/credentials', { params: { path }, body: { credentials: shopifyCredentials } }),
        await admin.DELETE('/integrations/{id}', { params: { path } }),
        await admin.GET('/integrations/{id}/schedule-preview', { params: { path } }),
      ];
      for (const result of results) expect(expectValidationError(result, 'id', 'isUuid').message).toBe('id must be a UUID');
    });

    it.each([
      { title: 'limit=0', query: { limit: 0 }, field: 'limit', rule: 'min' },
      { title: 'limit=101', query: { limit: 101 }, field: 'limit', rule: 'max' },
      { title: 'limit=abc', query: { limit: unchecked('abc') }, field: 'limit', rule: 'isInt' },
      { title: 'offset=-1', query: { offset: -1 }, field: 'offset', rule: 'min' },
      { title: 'status=bogus', query: { status: unchecked('bogus') }, field: 'status', rule: 'isIn' },
      { title: 'a service with a NUL character', query: { externalService: 'shop\u0000ify' }, field: 'externalService', rule: 'noNulCharacters' },
      { title: 'an unknown parameter', query: unchecked({ orderBy: 'name' }), field: 'orderBy', rule: 'whitelistValidation' },
    ])('GET /integrations?$title → 400', async ({ query, field, rule }) => {
      const result = await t.client(newOrganization(), 'viewer').GET('/integrations', { params: { query } });
      expectValidationError(result, field, rule);
    });

    it('an offset past any row, however large, is an empty page', async () => {
      const result = await t.client(newOrganization(), 'viewer').GET('/integrations', { params: { query: { offset: 1e20 } } });
      expect(result.response.status).toBe(200);
      expect(result.data).toEqual({ items: [], total: 0, limit: 25, offset: 1e20 });
    });
  });
});
