import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiClient } from '../support/api-client.js';
import { expectError, expectStatus, ISO_INSTANT, UUID, expectValidationError } from '../support/expectations.js';
import { shopifyIntegration } from '../support/fixtures.js';
import { epochSeconds, signToken } from '../support/raw-tokens.js';
import {
  bigqueryIntegration,
  createIntegration,
  redshiftIntegration,
  trackstarIntegration,
  type UpdateIntegrationBody,
} from '../support/service-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

/** The first midnight (UTC) strictly after the given instant. */
const nextMidnightUtc = (at: Date): string =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1)).toISOString();

const SUMMARY_FIELDS = [
  'capabilities',
  'cronExpression',
  'disabledAt',
  'disabledReason',
  'dryRun',
  'enabled',
  'externalService',
  'externalServiceName',
  'id',
  'lastSync',
  'name',
  'nextSync',
  'status',
  'timezone',
];

interface CredentialsRow {
  field_names: string[];
  updated_by: string;
  ciphertext: Buffer;
}

describe('integrations CRUD', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const credentialsRows = (id: string): Promise<CredentialsRow[]> =>
    t.dataSource.query('SELECT field_names, updated_by, ciphertext FROM integration_credentials WHERE integration_id = $1', [id]);

  describe('POST /integrations', () => {
    it('creates an integration with every default applied and no credential values returned', async () => {
      const org = newOrganization();
      const before = new Date();
      const { data, response } = await t.client(org).POST('/integrations', { body: shopifyIntegration({ name: 'Main store' }) });
      const after = new Date();

      expect(response.status).toBe(201);
      expect(data).toEqual({
        id: expect.stringMatching(UUID),
        name: 'Main store',
        externalService: 'shopify',
        externalServiceName: 'Shopify',
        enabled: true,
        status: 'enabled',
        dryRun: false,
        disabledReason: null,
        disabledAt: null,
        cronExpression: '0 0 0 * * *',
        timezone: 'UTC',
        capabilities: ['sales_orders', 'products'],
        lastSync: null,
        nextSync: expect.any(String),
        settings: { apiVersion: '2026-10' },
        credentialFields: ['accessToken', 'storeDomain'],
        createdAt: expect.stringMatching(ISO_INSTANT),
        createdBy: `user:${org}:admin`,
        updatedAt: expect.stringMatching(ISO_INSTANT),
        updatedBy: `user:${org}:admin`,
      });
      // The next midnight UTC (computed on both sides of the request, in case it straddles one).
      expect([nextMidnightUtc(before), nextMidnightUtc(after)]).toContain(data?.nextSync);
      const text = JSON.stringify(data);
      expect(text).not.toContain('shpat_test_token_value');
      expect(text).not.toContain('acme.myshopify.com');
    });

    it('stores the schedule, switches and settings it is given', async () => {
      const org = newOrganization();
      const created = await createIntegration(
        t.client(org),
        shopifyIntegration({
          cronExpression: '0 15 3 * * 1-5',
          timezone: 'Europe/Berlin',
          enabled: false,
          dryRun: true,
          settings: { apiVersion: '2026-07' },
        }),
      );
      expect(created).toMatchObject({
        cronExpression: '0 15 3 * * 1-5',
        timezone: 'Europe/Berlin',
        enabled: false,
        status: 'disabled',
        dryRun: true,
        nextSync: null,
        settings: { apiVersion: '2026-07' },
      });
    });

    it('stores the credentials encrypted, in their own table', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      const rows = await credentialsRows(created.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.field_names).toEqual(['accessToken', 'storeDomain']);
      expect(rows[0]?.ciphertext.toString('latin1')).not.toContain('shpat_test_token_value');
    });
  });

  describe('GET /integrations', () => {
    const org = newOrganization('list');
    // Mixed case on purpose: by byte order "Bravo" and "Delta" would come before "alpha".
    const expectedOrder = ['alpha', 'Bravo', 'charlie', 'Delta', 'echo'];
    beforeAll(async () => {
      const admin = t.client(org);
      await createIntegration(admin, shopifyIntegration({ name: 'charlie', enabled: false }));
      await createIntegration(admin, shopifyIntegration({ name: 'echo', enabled: false }));
      await createIntegration(admin, trackstarIntegration({ name: 'Bravo' }));
      await createIntegration(admin, shopifyIntegration({ name: 'alpha' }));
      await createIntegration(admin, redshiftIntegration({ name: 'Delta' }));
    });

    const list = async (query: { externalService?: string; status?: 'enabled' | 'disabled'; limit?: number; offset?: number } = {}) => {
      const result = await t.client(org, 'viewer').GET('/integrations', { params: { query } });
      expectStatus(result, 200);
      if (result.data === undefined) throw new Error('no body');
      return result.data;
    };
    const names = (page: { items: { name: string }[] }): string[] => page.items.map((item) => item.name);

    it('lists the organization’s integrations by name ignoring case, with the total and default page', async () => {
      const page = await list();
      expect(names(page)).toEqual(expectedOrder);
      expect(page).toMatchObject({ total: 5, limit: 25, offset: 0 });
      for (const item of page.items) expect(Object.keys(item).sort()).toEqual(SUMMARY_FIELDS);
      expect(page.items[0]).toMatchObject({
        name: 'alpha',
        externalService: 'shopify',
        externalServiceName: 'Shopify',
        status: 'enabled',
        enabled: true,
        lastSync: null,
        nextSync: expect.stringMatching(ISO_INSTANT),
      });
    });

    it('filters by external service', async () => {
      const page = await list({ externalService: 'shopify' });
      expect(names(page)).toEqual(['alpha', 'charlie', 'echo']);
      expect(page.total).toBe(3);
      expect(names(await list({ externalService: 'redshift' }))).toEqual(['Delta']);
      expect(await list({ externalService: 'brewman' })).toEqual({ items: [], total: 0, limit: 25, offset: 0 });
    });

    it('filters by status', async () => {
      const enabled = await list({ status: 'enabled' });
      expect(names(enabled)).toEqual(['alpha', 'Bravo', 'Delta']);
      expect(enabled.items.every((item) => item.status === 'enabled' && item.nextSync !== null)).toBe(true);
      const disabled = await list({ status: 'disabled' });
      expect(names(disabled)).toEqual(['charlie', 'echo']);
      expect(disabled.items.map((item) => [item.status, item.enabled, item.nextSync])).toEqual([
        ['disabled', false, null],
        ['disabled', false, null],
      ]);
      expect(names(await list({ externalService: 'shopify', status: 'enabled' }))).toEqual(['alpha']);
    });

    it('pages with limit and offset over a stable order, the total counting every match', async () => {
      expect(await list({ limit: 2, offset: 0 })).toMatchObject({ total: 5, limit: 2, offset: 0 });
      const pages = await Promise.all([0, 2, 4].map((offset) => list({ limit: 2, offset })));
      expect(pages.map(names)).toEqual([
        ['alpha', 'Bravo'],
        ['charlie', 'Delta'],
        ['echo'],
      ]);
      expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
      const beyond = await list({ limit: 2, offset: 10 });
      expect(beyond).toEqual({ items: [], total: 5, limit: 2, offset: 10 });
      const filtered = await list({ status: 'disabled', limit: 1, offset: 1 });
      expect(filtered).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(names(filtered)).toEqual(['echo']);
    });
  });

  describe('GET /integrations/{id}', () => {
    it('returns the integration as it was created', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), redshiftIntegration());
      const read = await t.client(org, 'viewer').GET('/integrations/{id}', { params: { path: { id: created.id } } });
      expectStatus(read, 200);
      expect(read.data).toEqual(created);
      expect(read.data?.settings).toEqual({ schema: 'public', pageSize: 10_000, salesHistoryTable: 'sales_history' });
      expect(read.data?.credentialFields).toEqual(['database', 'host', 'password', 'user']);
    });
  });

  describe('PATCH /integrations/{id}', () => {
    const patch = async (org: string, id: string, body: UpdateIntegrationBody) => {
      const result = await t.client(org).PATCH('/integrations/{id}', { params: { path: { id } }, body });
      expectStatus(result, 200);
      if (result.data === undefined) throw new Error('no body');
      return result.data;
    };

    it('renames and reschedules, keeping everything else, and the change persists', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      const updated = await patch(org, created.id, {
        name: '  Renamed store  ',
        cronExpression: '0 30 6 * * *',
        timezone: 'America/New_York',
      });
      expect(updated).toEqual({
        ...created,
        name: 'Renamed store',
        cronExpression: '0 30 6 * * *',
        timezone: 'America/New_York',
        nextSync: expect.stringMatching(ISO_INSTANT),
        updatedAt: expect.stringMatching(ISO_INSTANT),
      });
      expect(updated.updatedAt > created.updatedAt).toBe(true);
      const preview = await t.client(org).GET('/integrations/{id}/schedule-preview', {
        params: { path: { id: created.id }, query: { count: 1 } },
      });
      expect(updated.nextSync).toBe(preview.data?.runs[0]?.utc);
      const read = await t.client(org).GET('/integrations/{id}', { params: { path: { id: created.id } } });
      expect(read.data).toEqual(updated);
    });

    it('replaces the capabilities', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      expect((await patch(org, created.id, { capabilities: ['pricing', 'channels'] })).capabilities).toEqual(['pricing', 'channels']);
    });

    it('replaces the whole settings object: omitted settings fall back to their defaults', async () => {
      const org = newOrganization();
      const created = await createIntegration(
        t.client(org),
        redshiftIntegration({ settings: { schema: 'analytics', salesHistoryTable: 'sales_history' } }),
      );
      expect(created.settings).toEqual({ schema: 'analytics', pageSize: 10_000, salesHistoryTable: 'sales_history' });
      const updated = await patch(org, created.id, { settings: { salesHistoryTable: 'sales_history_v2' } });
      expect(updated.settings).toEqual({ schema: 'public', pageSize: 10_000, salesHistoryTable: 'sales_history_v2' });
    });

    it('disabling clears nextSync and shows as disabled; enabling brings it back', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      const disabled = await patch(org, created.id, { enabled: false });
      expect(disabled).toMatchObject({ enabled: false, status: 'disabled', nextSync: null });
      const list = await t.client(org).GET('/integrations', { params: { query: { status: 'disabled' } } });
      expect(list.data?.items.map((item) => item.id)).toEqual([created.id]);
      const enabled = await patch(org, created.id, { enabled: true });
      expect(enabled).toMatchObject({ enabled: true, status: 'enabled', nextSync: created.nextSync });
    });

    it('switches dry run on and off', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      expect((await patch(org, created.id, { dryRun: true })).dryRun).toBe(true);
      expect((await patch(org, created.id, { dryRun: false })).dryRun).toBe(false);
    });

    it('accepts a change of case in the integration’s own name', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration({ name: 'main store' }));
      expect((await patch(org, created.id, { name: 'MAIN STORE' })).name).toBe('MAIN STORE');
    });
  });

  describe('PUT /integrations/{id}/credentials', () => {
    it('rotates the credentials: new field names, new ciphertext, the rotating admin recorded', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), redshiftIntegration());
      const [before] = await credentialsRows(created.id);
      const rotator = apiClient(t.baseUrl, signToken({ sub: 'auth0|rotator', org, roles: ['admin'], exp: epochSeconds(600) }));

      const credentials = { host: 'new-cluster.example.com', port: 5439, database: 'analytics', user: 'tether_reader', password: 'rotated' };
      const result = await rotator.PUT('/integrations/{id}/credentials', { params: { path: { id: created.id } }, body: { credentials } });

      expectStatus(result, 200);
      expect(result.data).toEqual({
        ...created,
        credentialFields: ['database', 'host', 'password', 'port', 'user'],
        updatedAt: expect.stringMatching(ISO_INSTANT),
        updatedBy: 'auth0|rotator',
      });
      expect(JSON.stringify(result.data)).not.toContain('rotated');
      expect((result.data?.updatedAt ?? '') > created.updatedAt).toBe(true);
      const [after] = await credentialsRows(created.id);
      expect(after?.field_names).toEqual(['database', 'host', 'password', 'port', 'user']);
      expect(after?.updated_by).toBe('auth0|rotator');
      expect(after?.ciphertext.equals(before?.ciphertext ?? Buffer.alloc(0))).toBe(false);
    });

    it('drops fields the new credentials leave out', async () => {
      const org = newOrganization();
      const created = await createIntegration(
        t.client(org),
        bigqueryIntegration({
          credentials: { ...bigqueryIntegration().credentials, location: 'EU' },
        }),
      );
      expect(created.credentialFields).toEqual(['dataset', 'location', 'projectId', 'serviceAccountKey']);
      const result = await t.client(org).PUT('/integrations/{id}/credentials', {
        params: { path: { id: created.id } },
        body: { credentials: bigqueryIntegration().credentials },
      });
      expectStatus(result, 200);
      expect(result.data?.credentialFields).toEqual(['dataset', 'projectId', 'serviceAccountKey']);
    });
  });

  describe('DELETE /integrations/{id}', () => {
    it('deletes the integration and its credentials: 204, then 404', async () => {
      const org = newOrganization();
      const created = await createIntegration(t.client(org), shopifyIntegration());
      expect(await credentialsRows(created.id)).toHaveLength(1);

      const deleted = await t.client(org).DELETE('/integrations/{id}', { params: { path: { id: created.id } } });
      expect(deleted.response.status).toBe(204);
      expect(await deleted.response.text()).toBe('');

      const read = await t.client(org).GET('/integrations/{id}', { params: { path: { id: created.id } } });
      expect(expectError(read, 404).message).toBe(`Integration ${created.id} not found`);
      expectError(await t.client(org).DELETE('/integrations/{id}', { params: { path: { id: created.id } } }), 404);
      expect(await credentialsRows(created.id)).toEqual([]);
      expect(await t.dataSource.query('SELECT id FROM integrations WHERE id = $1', [created.id])).toEqual([]);
    });
  });

  describe('names', () => {
    it('are unique in an organization ignoring case (and surrounding spaces): 409 naming the field', async () => {
      const org = newOrganization();
      await createIntegration(t.client(org), shopifyIntegration({ name: 'Main Store' }));
      for (const name of ['main store', '  MAIN STORE ']) {
        const duplicate = await t.client(org).POST('/integrations', { body: shopifyIntegration({ name }) });
        const body = expectError(duplicate, 409);
        expect(body.message).toMatch(/^name: /);
        expect(body.message).toContain('already exists');
      }
      const list = await t.client(org).GET('/integrations');
      expect(list.data?.total).toBe(1);
    });

    it('may repeat across organizations', async () => {
      await createIntegration(t.client(newOrganization()), shopifyIntegration({ name: 'Shared name' }));
      const other = await createIntegration(t.client(newOrganization()), shopifyIntegration({ name: 'shared NAME' }));
      expect(other.name).toBe('shared NAME');
    });

    it('cannot be taken by a rename: 409, and the integration keeps its name', async () => {
      const org = newOrganization();
      await createIntegration(t.client(org), shopifyIntegration({ name: 'Taken' }));
      const other = await createIntegration(t.client(org), shopifyIntegration({ name: 'Other' }));
      const rename = await t.client(org).PATCH('/integrations/{id}', { params: { path: { id: other.id } }, body: { name: 'TAKEN' } });
      expect(expectError(rename, 409).message).toMatch(/^name: /);
      const read = await t.client(org).GET('/integrations/{id}', { params: { path: { id: other.id } } });
      expect(read.data).toEqual(other);
    });
  });

  describe('GET /external-services', () => {
    it('lists the five services with their capabilities and fields', async () => {
      const result = await t.client(newOrganization(), 'viewer').GET('/external-services');
      expectStatus(result, 200);
      const services = result.data ?? [];
      expect(services.map((s) => s.key)).toEqual(['bigquery', 'brewman', 'redshift', 'shopify', 'trackstar']);
      for (const service of services) {
        expect(Object.keys(service).sort()).toEqual(['capabilities', 'credentialFields', 'description', 'displayName', 'key', 'settingFields']);
        expect(service.capabilities.length).toBeGreaterThan(0);
        expect(service.credentialFields.length).toBeGreaterThan(0);
        const warehouse = service.key === 'bigquery' || service.key === 'redshift';
        for (const capability of service.capabilities) {
          const columns = warehouse ? { columns: expect.objectContaining({ key: expect.any(Array), defaultMode: expect.any(String) }) } : {};
          expect(capability).toEqual({ key: expect.any(String), displayName: expect.any(String), description: expect.any(String), ...columns });
        }
        for (const field of [...service.credentialFields, ...service.settingFields]) {
          expect(field).toMatchObject({ name: expect.any(String), label: expect.any(String), required: expect.any(Boolean), secret: expect.any(Boolean) });
          expect(['text', 'number', 'secret', 'json']).toContain(field.type);
        }
      }
      const trackstar = services.find((s) => s.key === 'trackstar');
      expect(trackstar?.capabilities.map((c) => c.key)).toEqual(['warehouse_inventory', 'products']);
      expect(trackstar?.credentialFields.map((f) => [f.name, f.type, f.required, f.secret])).toEqual([
        ['apiKey', 'secret', true, true],
        ['accessToken', 'secret', true, true],
      ]);
      expect(trackstar?.settingFields.map((f) => [f.name, f.type, f.required, f.default])).toEqual([
        ['baseUrl', 'text', false, 'https://production.trackstarhq.com'],
        ['fullInventoryHours', 'number', false, 24],
      ]);
    });
  });

  describe('the column contract of warehouse sources', () => {
    it('gives each BigQuery and Redshift capability its columns, natural key, updated_at and read mode', async () => {
      for (const key of ['bigquery', 'redshift']) {
        const result = await t.client(newOrganization(), 'viewer').GET('/external-services/{key}', { params: { path: { key } } });
        expectStatus(result, 200);
        const capabilities = result.data?.capabilities ?? [];
        expect(capabilities).toHaveLength(9);
        for (const { key: capability, columns } of capabilities) {
          const names = (columns?.columns ?? []).map((c) => c.name);
          expect({ capability, unique: new Set(names).size === names.length }).toEqual({ capability, unique: true });
          // The key and updated_at are columns; the key's columns (but a channel, which may fall back to the default one) are required.
          expect(columns?.key.every((k) => names.includes(k))).toBe(true);
          expect(columns?.columns.find((c) => c.name === 'updated_at')).toMatchObject({ type: 'timestamp', required: true });
          for (const keyColumn of columns?.key ?? []) {
            if (keyColumn !== 'channel_id') expect({ capability, keyColumn, required: columns?.columns.find((c) => c.name === keyColumn)?.required }).toMatchObject({ required: true });
          }
        }
        const byKey = new Map(capabilities.map((c) => [c.key, c.columns]));
        expect(byKey.get('sales_orders')?.key).toEqual(['order_id', 'line_id']);
        expect(byKey.get('sales_orders')?.defaultMode).toBe('incremental');
        expect(byKey.get('warehouse_inventory')?.defaultMode).toBe('snapshot');
        expect(byKey.get('sales_history')?.columns.find((c) => c.name === 'quantity')).toMatchObject({ type: 'decimal', required: true });
      }
    });
  });

  describe('the read mode of a warehouse capability', () => {
    it('takes incremental or snapshot per capability, leaves it unset otherwise, and refuses anything else naming the field', async () => {
      const client = t.client(newOrganization());
      const chosen = await client.POST('/integrations', { body: redshiftIntegration({ settings: { salesHistoryTable: 'sales_history', salesHistoryMode: 'snapshot' } }) });
      expectStatus(chosen, 201);
      expect(chosen.data?.settings).toEqual({ schema: 'public', pageSize: 10_000, salesHistoryTable: 'sales_history', salesHistoryMode: 'snapshot' });
      const refused = await client.POST('/integrations', { body: redshiftIntegration({ settings: { salesHistoryTable: 'sales_history', salesHistoryMode: 'full' } }) });
      expect(expectValidationError(refused, 'settings.salesHistoryMode', 'pattern').message).toContain('one of incremental, snapshot');
    });
  });

  describe('GET /external-services/{key}', () => {
    it('returns one service’s metadata', async () => {
      const result = await t.client(newOrganization(), 'viewer').GET('/external-services/{key}', { params: { path: { key: 'shopify' } } });
      expectStatus(result, 200);
      expect(result.data).toMatchObject({ key: 'shopify', displayName: 'Shopify' });
      expect(result.data?.capabilities.map((c) => c.key)).toEqual(['sales_orders', 'pending_sales', 'products', 'channels', 'pricing']);
      expect(result.data?.credentialFields.map((f) => [f.name, f.type, f.required, f.secret])).toEqual([
        ['storeDomain', 'text', true, false],
        ['accessToken', 'secret', true, true],
      ]);
      expect(result.data?.settingFields).toEqual([
        expect.objectContaining({ name: 'apiVersion', type: 'text', required: false, default: '2026-10', pattern: '^(2025-(07|10)|20(2[6-9]|[3-9]\\d)-(01|04|07|10))$' }),
      ]);
      const all = await t.client(newOrganization(), 'viewer').GET('/external-services');
      expect(all.data?.find((s) => s.key === 'shopify')).toEqual(result.data);
    });

    it('gives 404 for an unknown service, listing the supported ones', async () => {
      const result = await t.client(newOrganization()).GET('/external-services/{key}', { params: { path: { key: 'salesforce' } } });
      expect(expectError(result, 404).message).toBe(
        'External service "salesforce" is not supported (supported: bigquery, brewman, redshift, shopify, trackstar)',
      );
    });
  });

  describe('GET /health', () => {
    it('answers without a token', async () => {
      const result = await t.client().GET('/health');
      expectStatus(result, 200);
      expect(result.data).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, migrations: { status: 'up' } } });
    });
  });
});
