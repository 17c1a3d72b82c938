import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_INPUT_DEPTH } from '../../src/common/input-shape.js';
import { ScriptedConnector } from '../fakes/scripted/scripted.connector.js';
import type { ApiResult } from '../support/expectations.js';
import { expectError, expectStatus, expectValidationError } from '../support/expectations.js';
import { shopifyIntegration } from '../support/fixtures.js';
import { epochSeconds, signRawPayload, signToken } from '../support/raw-tokens.js';
import { redshiftIntegration } from '../support/service-fixtures.js';
import { createScripted, FAST_SYNC, triggerSync, waitForSession } from '../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../support/test-database.js';
import { newOrganization, tokenFor } from '../support/tokens.js';

/** For values the generated types forbid: the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

/**
 * Inputs that used to answer 500 or were accepted looser than documented; each answers a
 * 4xx in the envelope, naming the field. One class per describe.
 */
describe('input the API refuses, or takes as documented', () => {
  let database: string;
  let t: TestApp;
  const org = newOrganization('strict');

  beforeAll(async () => {
    database = await createDatabase('tether_strict');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC }), [ScriptedConnector]);
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  /** A raw request, for bodies and paths the generated client cannot send. */
  async function raw(method: string, path: string, body?: string, token: string | null = tokenFor(org, 'admin')): Promise<ApiResult> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(`${t.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    const parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
    return response.ok ? { response, data: parsed } : { response, error: parsed };
  }

  const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

  describe('deeply nested bodies', () => {
    it.each([
      ['POST', '/integrations', (deep: string) => `{"name":"x","externalService":"shopify","capabilities":["products"],"credentials":${deep}}`, 'credentials'],
      ['POST', '/skus', (deep: string) => `{"code":"X","name":${deep}}`, 'name'],
      ['POST', '/external-services/shopify/check', (deep: string) => `{"credentials":{},"settings":${deep}}`, 'settings'],
    ])('%s %s: 3,000 levels (~15 KB) is a 400 naming where, before validation', async (method, path, body, field) => {
      const text = body(nested(3_000));
      expect(text.length).toBeLessThan(100 * 1024);
      const result = await raw(method, path, text);
      const detail = expectValidationError(result, `${field}${'.a'.repeat(MAX_INPUT_DEPTH - 1)}`, 'maxDepth');
      expect(detail.message).toContain(`at most ${MAX_INPUT_DEPTH} levels`);
    });

    it('arrays count as levels too, and a body just within the limit is validated as usual', async () => {
      const arrays = await raw('POST', '/integrations', `{"capabilities":${'['.repeat(3_000)}${']'.repeat(3_000)}}`);
      expectError(arrays, 400);
      expect(arrays.error).toMatchObject({ details: [expect.objectContaining({ rule: 'maxDepth', field: expect.stringMatching(/^capabilities\.0\.0/) })] });
      const shallow = await raw('POST', '/external-services/shopify/check', `{"credentials":{},"settings":${nested(MAX_INPUT_DEPTH - 2)}}`);
      expectValidationError(shallow, 'settings.a', 'unknown');
    });
  });

  describe('reserved keys', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('%s is refused like any unknown field, at the top and inside objects', async (key) => {
      const top = await raw('POST', '/skus', `{"code":"RESERVED","name":"n","${key}":{"admin":true}}`);
      expectValidationError(top, key, 'whitelistValidation');
      const inside = await raw('POST', '/integrations', JSON.stringify({ ...shopifyIntegration(), settings: {} }).replace('"settings":{}', `"settings":{"${key}":{"x":1}}`));
      expectValidationError(inside, `settings.${key}`, 'whitelistValidation');
    });
  });

  describe('explicit null in optional fields means absent', () => {
    it('sync and reset with capabilities: null take all capabilities', async () => {
      const id = await createScripted(t.client(org), { records: 2 });
      const triggered = await raw('POST', `/integrations/${id}/sync`, '{"capabilities":null,"dryRun":null}');
      expectStatus(triggered, 202);
      const session = await waitForSession(t.client(org), (triggered.data as { id: string }).id);
      expect(session.executions.map((e) => e.capability).sort()).toEqual(['channels', 'products', 'sales_orders']);
      expect(session.dryRun).toBe(false);
      const reset = await raw('POST', `/integrations/${id}/reset-sync-state`, '{"capabilities":null}');
      expectStatus(reset, 200);
      expect((reset.data as { cleared: string[] }).cleared.sort()).toEqual(['channels', 'products', 'sales_orders']);
    });

    it('create takes the defaults for null optional fields; a null required field is a 400 naming it', async () => {
      const created = await raw('POST', '/integrations', JSON.stringify({ ...shopifyIntegration(), cronExpression: null, timezone: null, settings: null, enabled: null, dryRun: null }));
      expectStatus(created, 201);
      expect(created.data).toMatchObject({ cronExpression: '0 0 0 * * *', timezone: 'UTC', enabled: true, dryRun: false });
      expectValidationError(await raw('POST', '/integrations', JSON.stringify({ ...shopifyIntegration(), name: null })), 'name', 'isString');
      expectValidationError(await raw('POST', '/integrations', JSON.stringify({ ...shopifyIntegration(), capabilities: null })), 'capabilities', 'isArray');
    });

    it('null in query filters is no filter; a whole body of null is a 400', async () => {
      const listed = await t.client(org).GET('/integrations', { params: { query: unchecked({ limit: 'null' }) } });
      expectValidationError(listed, 'limit', 'isInt');
      const body = await raw('POST', '/skus', 'null');
      expectError(body, 400);
      expectValidationError(await raw('POST', '/skus', '[{"code":"A","name":"B"}]'), 'body', 'isObject');
    });
  });

  describe('tokens', () => {
    it.each([
      ['a null payload', signRawPayload('null')],
      ['a string payload', signRawPayload('"admin"')],
      ['an array payload', signRawPayload('[1,2]')],
      ['a NUL byte in the organization', signToken({ org: 'acme\u0000evil', roles: ['admin'], exp: epochSeconds(600) })],
      ['a NUL byte in the subject', signToken({ org: 'acme', sub: 'alice\u0000', roles: ['admin'], exp: epochSeconds(600) })],
      ['a subject that is not a string', signToken({ org: 'acme', sub: 42, roles: ['admin'], exp: epochSeconds(600) })],
      ['an organization of 201 characters', signToken({ org: 'o'.repeat(201), roles: ['admin'], exp: epochSeconds(600) })],
    ])('validly signed with %s: 401', async (_label, token) => {
      const result = await raw('GET', '/integrations', undefined, token);
      const body = expectError(result, 401);
      expect(body.message).toMatch(/^Authentication required|token/);
    });
  });

  describe('path parameters that do not decode', () => {
    it.each([
      ['/integrations/%zz', 'id'],
      ['/integrations/%E0%A4%A/sessions', 'id'],
      ['/sync-sessions/%/cancel', 'id'],
      ['/sku-mappings/0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11/%ff', 'externalId'],
      ['/external-services/%C0', 'key'],
    ])('%s is a 400 naming %s', async (path, field) => {
      const method = path.endsWith('/cancel') ? 'POST' : 'GET';
      expectValidationError(await raw(method, path), field, 'uriEncoding');
    });
  });

  describe('numbers, dates and zones as strictly as documented', () => {
    it.each(['0x10', '0b11', '+1', ' 1', '1e1', '1.0', ''])('limit=%j is a 400', async (limit) => {
      const result = await t.client(org).GET('/integrations', { params: { query: unchecked({ limit }) } });
      expectValidationError(result, 'limit', 'isInt');
    });

    it('plain digits are taken', async () => {
      const result = await t.client(org).GET('/integrations', { params: { query: unchecked({ limit: '10', offset: '0' }) } });
      expectStatus(result, 200);
      expect(result.data).toMatchObject({ limit: 10, offset: 0 });
    });

    it.each(['2026-02-30', '2026-02-30T00:00:00Z', '2026-13-01', '2026-02-28T24:00:00Z', '2026-02-28T10:00:00', '2026-02-28 10:00Z', 'Feb 3 2026', '1700000000'])(
      'from=%j is a 400 on instant and calendar filters',
      async (from) => {
        expectValidationError(await t.client(org).GET('/sales-orders', { params: { query: unchecked({ from }) } }), 'from', 'isInstant');
        const id = await createScripted(t.client(org));
        const preview = await t.client(org).GET('/integrations/{id}/schedule-preview', { params: { path: { id }, query: unchecked({ from }) } });
        expectValidationError(preview, 'from', 'isDate');
        if (/^\d{4}-\d{2}-\d{2}$/.test(from)) {
          expectValidationError(await t.client(org).GET('/sales-history', { params: { query: unchecked({ from }) } }), 'from', 'isCalendarDate');
        }
      },
    );

    it.each(['2026-02-28', '2026-02-28T10:00Z', '2026-02-28T10:00:00.123456+05:30', '2028-02-29T00:00:00Z'])('from=%j is taken', async (from) => {
      expectStatus(await t.client(org).GET('/sales-orders', { params: { query: unchecked({ from }) } }), 200);
    });

    it.each(['UTC+25', 'UTC+5', '+05:00', 'GMT+3', 'Mars/Olympus'])('timezone %j is a 400', async (timezone) => {
      const result = await t.client(org).POST('/integrations', { body: shopifyIntegration({ timezone }) });
      expectValidationError(result, 'timezone', 'isTimeZone');
    });

    it('integer credential and setting fields refuse fractions', async () => {
      const body = redshiftIntegration();
      const fractional = await t.client(org).POST('/integrations', { body: { ...body, credentials: { ...body.credentials, port: 5439.5 } } });
      const detail = expectValidationError(fractional, 'credentials.port', 'integer');
      expect(detail.message).toBe('credentials.port must be a whole number');
      const scripted = await t.client(org).POST('/integrations', {
        body: { name: 'Fractional pages', externalService: 'scripted', capabilities: ['products'], credentials: { token: 'x-token' }, settings: { pageSize: 2.5 } },
      });
      expectValidationError(scripted, 'settings.pageSize', 'integer');
      const catalog = await t.client(org).GET('/external-services/{key}', { params: { path: { key: 'redshift' } } });
      expect(catalog.data?.credentialFields.find((f) => f.name === 'port')).toMatchObject({ type: 'number', integer: true });
      const whole = await t.client(org).POST('/integrations', { body: { ...body, credentials: { ...body.credentials, port: 5439 } } });
      expectStatus(whole, 201);
    });
  });

  it('tokens sent as HTTP headers must be printable ASCII: refused naming the field, not retried until a timeout', async () => {
    for (const accessToken of ['shpat_\u200fabc', 'shpat_\ud800', 'shpat abc', 'shpat_\u00e9']) {
      const created = await t.client(org).POST('/integrations', { body: shopifyIntegration({ credentials: { storeDomain: 'acme.myshopify.com', accessToken } }) });
      expectValidationError(created, 'credentials.accessToken', 'pattern');
      const started = Date.now();
      const check = await t.client(org).POST('/external-services/{key}/check', { params: { path: { key: 'shopify' } }, body: { credentials: { storeDomain: 'acme.myshopify.com', accessToken } } });
      expectValidationError(check, 'credentials.accessToken', 'pattern');
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('a sync queued with a null body field still runs to the end (no 500 in the log)', async () => {
    const id = await createScripted(t.client(org), { records: 1 });
    const session = await triggerSync(t.client(org), id, unchecked({ capabilities: null }));
    expect((await waitForSession(t.client(org), session.id)).status).toBe('succeeded');
    expect(t.logger.lines.filter((line) => line.startsWith('error'))).toEqual([]);
  });
});
