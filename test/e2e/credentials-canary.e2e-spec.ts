import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '../../src/auth/role.js';
import { CredentialCipher } from '../../src/credentials/credential-cipher.service.js';
import type { ApiClient } from '../support/api-client.js';
import { PROJECT_ROOT } from '../support/dist-script.js';
import type { CreateIntegrationBody } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { newOrganization, tokenFor } from '../support/tokens.js';

/**
 * Canary values go into credentials through every route, valid and invalid; then every
 * response (body and headers), every log line and every database row is searched for
 * them. A credential value must never come back out, in any form.
 */

interface Recorded {
  request: string;
  status: number;
  headers: string;
  body: string;
}

interface Canary {
  value: string;
  /** Pieces that would show a truncated quote (the start and the end of the random part). */
  fragments: string[];
}

const canaries: Canary[] = [];

/** Every canary starts and ends with these: any piece of one that shows its start or its end has one. */
const MARKERS = ['cnry', 'yrnc'];

/** A unique value, lowercase letters and digits only, so it fits any text field (and a subdomain). */
function canary(label: string): string {
  const random = randomBytes(12).toString('hex');
  const value = `cnry${label}${random}yrnc`;
  canaries.push({ value, fragments: [random.slice(0, 12), random.slice(-12)] });
  return value;
}

/** Where any canary (or a piece of one, or its hex or base64 encoding) appears in the text. */
function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  const found = MARKERS.filter((marker) => lower.includes(marker)).map((marker) => `a canary piece (marker "${marker}")`);
  for (const { value, fragments } of canaries) {
    const needles = [value, Buffer.from(value).toString('hex'), Buffer.from(value).toString('base64').slice(4, -4), ...fragments];
    for (const needle of needles) if (text.includes(needle)) found.push(`${value} (as "${needle}")`);
  }
  return found;
}

function leaksInBytes(bytes: Buffer): string[] {
  return canaries
    .filter(({ value, fragments }) => [value, ...MARKERS, ...fragments].some((needle) => bytes.includes(Buffer.from(needle, 'utf8'))))
    .map(({ value }) => value);
}

/** The credentials of one valid integration per service, all canaries. */
function validIntegrations(generation: string): CreateIntegrationBody[] {
  return [
    {
      name: `Canary Shopify ${generation}`,
      externalService: 'shopify',
      capabilities: ['sales_orders', 'products'],
      credentials: {
        storeDomain: `${canary(`shopdomain${generation}`)}.myshopify.com`,
        accessToken: `shpat_${canary(`shoptoken${generation}`)}`,
      },
    },
    {
      name: `Canary BigQuery ${generation}`,
      externalService: 'bigquery',
      capabilities: ['products'],
      credentials: bigQueryCredentials(generation),
      settings: { productsTable: 'products' },
    },
    {
      name: `Canary BigQuery string key ${generation}`,
      externalService: 'bigquery',
      capabilities: ['products'],
      // The JSON key may come as a string holding it.
      credentials: {
        ...bigQueryCredentials(`${generation}str`),
        serviceAccountKey: JSON.stringify(bigQueryCredentials(`${generation}json`).serviceAccountKey),
      },
      settings: { productsTable: 'products' },
    },
    {
      name: `Canary Redshift ${generation}`,
      externalService: 'redshift',
      capabilities: ['products'],
      credentials: {
        host: 'cluster.example.redshift.amazonaws.com',
        port: 5439,
        database: 'analytics',
        user: 'tether_reader',
        password: canary(`rspassword${generation}`),
      },
      settings: { productsTable: 'products' },
    },
    {
      name: `Canary TrackStar ${generation}`,
      externalService: 'trackstar',
      capabilities: ['warehouse_inventory'],
      credentials: { apiKey: canary(`tsapikey${generation}`), accessToken: canary(`tsaccess${generation}`) },
    },
    {
      name: `Canary Brewman ${generation}`,
      externalService: 'brewman',
      capabilities: ['products'],
      credentials: { baseUrl: 'https://brewery.brewman.example', apiToken: canary(`bmtoken${generation}`), tenantId: '0b6c5a2e-3f41-4c8e-9d7a-5e2f1c0a9b33' },
    },
  ];
}

function bigQueryCredentials(generation: string): { projectId: string; dataset: string; serviceAccountKey: Record<string, string> } {
  return {
    projectId: 'tether-canary',
    dataset: 'tether_export',
    serviceAccountKey: {
      type: 'service_account',
      project_id: 'tether-canary',
      private_key_id: canary(`bqkeyid${generation}`),
      private_key: `-----BEGIN PRIVATE KEY-----\n${canary(`bqprivatekey${generation}`)}\n-----END PRIVATE KEY-----\n`,
      client_email: `${canary(`bqemail${generation}`)}@tether-canary.iam.gserviceaccount.com`,
    },
  };
}

/** Credentials for `service` after a replacement (every value a new canary). */
function replacementCredentials(service: string, generation: string): Record<string, unknown> {
  const body = validIntegrations(generation).find((i) => i.externalService === service);
  if (body === undefined) throw new Error(`no fixture for ${service}`);
  return body.credentials;
}

describe('credential values never leave the service (canaries)', () => {
  let t: TestApp;
  const organization = newOrganization('canary');
  const otherOrganization = newOrganization('canary-other');
  const recorded: Recorded[] = [];
  /** id -> service, for every integration created here. */
  const integrations = new Map<string, string>();
  /** id -> ciphertext after the last successful replacement. */
  const replaced = new Map<string, Buffer>();

  /** The generated client, recording every response (organization `null`: no token). */
  const api = (org: string | null = organization, role: Role = 'admin'): ApiClient => {
    const client = t.client(org ?? undefined, role);
    client.use({
      async onResponse({ request, response }) {
        recorded.push({
          request: `${request.method} ${new URL(request.url).pathname}`,
          status: response.status,
          headers: [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n'),
          body: await response.clone().text(),
        });
        return undefined;
      },
    });
    return client;
  };

  /** A request the generated client cannot make (malformed or oversize body), recorded the same way. */
  async function raw(
    method: string,
    path: string,
    body: string | Buffer,
    headers: Record<string, string> = { 'Content-Type': 'application/json' },
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${t.baseUrl}${path}`, {
      method,
      body,
      headers: { Authorization: `Bearer ${tokenFor(organization, 'admin')}`, ...headers },
    });
    const text = await response.text();
    recorded.push({
      request: `${method} ${path} (raw)`,
      status: response.status,
      headers: [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n'),
      body: text,
    });
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  }

  const credentialsRow = async (id: string): Promise<{ ciphertext: Buffer; field_names: string[] } | undefined> =>
    (
      await t.dataSource.query<{ ciphertext: Buffer; field_names: string[] }[]>(
        'SELECT ciphertext, field_names FROM integration_credentials WHERE integration_id = $1',
        [id],
      )
    )[0];

  const idOf = (service: string): string => {
    const entry = [...integrations].find(([, s]) => s === service);
    if (entry === undefined) throw new Error(`no ${service} integration`);
    return entry[0];
  };

  beforeAll(async () => {
    // The service's own JSON lines (pino), as in production, are what 'in no log line' searches.
    t = await startTestApp(testConfig(), [], {}, 'json');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('valid requests', () => {
    it('creates an integration of every service, returning only the field names', async () => {
      for (const body of validIntegrations('a')) {
        const { data, response } = await api().POST('/integrations', { body });
        expect(response.status).toBe(201);
        expect(data?.credentialFields).toEqual(Object.keys(body.credentials).sort());
        integrations.set(data?.id ?? '', body.externalService);
      }
      expect(integrations.size).toBe(6);
    });

    it('lists them (admin and viewer, with filters and pages)', async () => {
      const all = await api().GET('/integrations', {});
      expect(all.data?.total).toBe(6);
      await api(organization, 'viewer').GET('/integrations', { params: { query: { externalService: 'bigquery', status: 'enabled' } } });
      await api().GET('/integrations', { params: { query: { limit: 2, offset: 2 } } });
      const other = await api(otherOrganization).GET('/integrations', {});
      expect(other.data?.total).toBe(0);
    });

    it('reads each one (admin and viewer)', async () => {
      for (const id of integrations.keys()) {
        expect((await api().GET('/integrations/{id}', { params: { path: { id } } })).response.status).toBe(200);
        expect((await api(organization, 'viewer').GET('/integrations/{id}', { params: { path: { id } } })).response.status).toBe(200);
      }
    });

    it('patches each one', async () => {
      for (const [id, service] of integrations) {
        const { response } = await api().PATCH('/integrations/{id}', {
          params: { path: { id } },
          body: {
            name: `Canary ${service} ${id.slice(0, 8)} renamed`,
            cronExpression: '0 30 2 * * *',
            timezone: 'America/New_York',
            dryRun: true,
          },
        });
        expect(response.status).toBe(200);
      }
      const { response } = await api().PATCH('/integrations/{id}', { params: { path: { id: idOf('shopify') } }, body: { enabled: false } });
      expect(response.status).toBe(200);
    });

    it('replaces the credentials of each one with new canaries', async () => {
      for (const [id, service] of integrations) {
        const before = await credentialsRow(id);
        const credentials = replacementCredentials(service, 'b');
        const { data, response } = await api().PUT('/integrations/{id}/credentials', { params: { path: { id } }, body: { credentials } });
        expect(response.status).toBe(200);
        expect(data?.credentialFields).toEqual(Object.keys(credentials).sort());
        const after = await credentialsRow(id);
        expect(after?.ciphertext.equals(before?.ciphertext ?? Buffer.alloc(0))).toBe(false);
        replaced.set(id, after?.ciphertext ?? Buffer.alloc(0));
      }
    });

    it('previews the schedule of each one', async () => {
      for (const id of integrations.keys()) {
        const { response } = await api(organization, 'viewer').GET('/integrations/{id}/schedule-preview', {
          params: { path: { id }, query: { count: 3, from: '2027-03-13T00:00:00Z' } },
        });
        expect(response.status).toBe(200);
      }
    });

    it('serves the external services and the OpenAPI document', async () => {
      const list = await api().GET('/external-services', {});
      expect(list.data?.map((s) => s.key)).toEqual(['bigquery', 'brewman', 'redshift', 'shopify', 'trackstar']);
      for (const key of list.data?.map((s) => s.key) ?? []) {
        const one = await api(organization, 'viewer').GET('/external-services/{key}', { params: { path: { key } } });
        expect(one.response.status).toBe(200);
      }
      const docs = await fetch(`${t.baseUrl}/docs/openapi.json`);
      recorded.push({ request: 'GET /docs/openapi.json', status: docs.status, headers: '', body: await docs.text() });
      expect(docs.status).toBe(200);
    });
  });

  describe('invalid requests carrying canaries', () => {
    const expectError = (
      result: { response: Response; error?: unknown },
      status: number,
      details?: { field: string; rule: string }[],
    ): void => {
      expect(result.response.status).toBe(status);
      if (details !== undefined) {
        const { details: actual } = result.error as { details?: { field: string; rule: string }[] };
        expect(actual?.map(({ field, rule }) => ({ field, rule }))).toEqual(expect.arrayContaining(details));
      }
    };

    it('refuses a canary in a field of the wrong type', async () => {
      const redshift = validIntegrations('wt').find((i) => i.externalService === 'redshift');
      if (redshift === undefined) throw new Error('fixture');
      expectError(
        await api().POST('/integrations', {
          body: { ...redshift, credentials: { ...redshift.credentials, port: canary('wrongtypeport') } },
        }),
        400,
        [{ field: 'credentials.port', rule: 'type' }],
      );
      expectError(
        await api().POST('/integrations', {
          body: {
            name: 'Canary wrong types',
            externalService: 'trackstar',
            capabilities: ['products'],
            credentials: { apiKey: { nested: canary('wrongtypeobject') }, accessToken: [canary('wrongtypearray')] },
          },
        }),
        400,
        [
          { field: 'credentials.apiKey', rule: 'type' },
          { field: 'credentials.accessToken', rule: 'type' },
        ],
      );
      expectError(
        await api().POST('/integrations', {
          body: {
            name: 'Canary bad JSON key',
            externalService: 'bigquery',
            capabilities: ['products'],
            settings: { productsTable: 'products' },
            credentials: { projectId: 'tether-canary', dataset: 'ds', serviceAccountKey: `{"private_key": "${canary('notjsonkey')}"` },
          },
        }),
        400,
        [{ field: 'credentials.serviceAccountKey', rule: 'type' }],
      );
      expectError(
        await api().POST('/integrations', {
          body: {
            name: 'Canary key missing keys',
            externalService: 'bigquery',
            capabilities: ['products'],
            settings: { productsTable: 'products' },
            credentials: { projectId: 'tether-canary', dataset: 'ds', serviceAccountKey: { private_key: canary('missingemail') } },
          },
        }),
        400,
        [{ field: 'credentials.serviceAccountKey', rule: 'requiredKeys' }],
      );
      expectError(
        await api().PUT('/integrations/{id}/credentials', {
          params: { path: { id: idOf('brewman') } },
          body: { credentials: { baseUrl: 'https://b.example', apiToken: 12345, tenantId: { id: canary('puttenant') } } },
        }),
        400,
        [
          { field: 'credentials.apiToken', rule: 'type' },
          { field: 'credentials.tenantId', rule: 'type' },
        ],
      );
    });

    it('refuses a canary under an unknown field name', async () => {
      const shopify = validIntegrations('uf').find((i) => i.externalService === 'shopify');
      if (shopify === undefined) throw new Error('fixture');
      expectError(
        await api().POST('/integrations', {
          body: {
            ...shopify,
            credentials: { ...shopify.credentials, password: canary('unknownpassword'), apiSecret: canary('unknownsecret') },
          },
        }),
        400,
        [
          { field: 'credentials.password', rule: 'unknown' },
          { field: 'credentials.apiSecret', rule: 'unknown' },
        ],
      );
      expectError(
        await api().PUT('/integrations/{id}/credentials', {
          params: { path: { id: idOf('trackstar') } },
          body: { credentials: { ...replacementCredentials('trackstar', 'ufput'), clientSecret: canary('unknownput') } },
        }),
        400,
        [{ field: 'credentials.clientSecret', rule: 'unknown' }],
      );
    });

    it('refuses a canary in a field that fails its pattern', async () => {
      expectError(
        await api().POST('/integrations', {
          body: {
            name: 'Canary pattern',
            externalService: 'shopify',
            capabilities: ['products'],
            credentials: { storeDomain: `${canary('patterndomain')}.example.com`, accessToken: `shpat_${canary('patterntoken')}` },
          },
        }),
        400,
        [{ field: 'credentials.storeDomain', rule: 'pattern' }],
      );
      expectError(
        await api().PUT('/integrations/{id}/credentials', {
          params: { path: { id: idOf('brewman') } },
          body: { credentials: { baseUrl: `ftp://${canary('patternurl')}.example`, apiToken: canary('patternbmtoken'), tenantId: '0b6c5a2e-3f41-4c8e-9d7a-5e2f1c0a9b33' } },
        }),
        400,
        [{ field: 'credentials.baseUrl', rule: 'pattern' }],
      );
      expectError(
        await api().PUT('/integrations/{id}/credentials', {
          params: { path: { id: idOf('shopify') } },
          body: { credentials: { storeDomain: `${canary('toolong')}${'x'.repeat(5000)}.myshopify.com`, accessToken: 'shpat_x' } },
        }),
        400,
        [{ field: 'credentials.storeDomain', rule: 'maxLength' }],
      );
    });

    it('refuses canaries beside other invalid input', async () => {
      const body = (overrides: Partial<CreateIntegrationBody>): CreateIntegrationBody => ({
        name: `Canary other ${randomBytes(3).toString('hex')}`,
        externalService: 'shopify',
        capabilities: ['products'],
        credentials: { storeDomain: `${canary('otherdomain')}.myshopify.com`, accessToken: canary('othertoken') },
        ...overrides,
      });
      expectError(await api().POST('/integrations', { body: body({ externalService: 'salesforce' }) }), 400, [
        { field: 'externalService', rule: 'isSupported' },
      ]);
      expectError(await api().POST('/integrations', { body: body({ capabilities: ['sales_forecast'] }) }), 400, [
        { field: 'capabilities', rule: 'isSupported' },
      ]);
      expectError(await api().POST('/integrations', { body: body({ cronExpression: '* * * * *' }) }), 400);
      const notAnObject = canary('notanobject') as unknown as Record<string, unknown>;
      expectError(await api().POST('/integrations', { body: body({ credentials: notAnObject }) }), 400, [
        { field: 'credentials', rule: 'isObject' },
      ]);
      const extraField = { ...body({}), apiKey: canary('toplevelfield') };
      expectError(await api().POST('/integrations', { body: extraField }), 400, [{ field: 'apiKey', rule: 'whitelistValidation' }]);
      // Credentials are not editable through PATCH.
      const patch = { name: 'x', credentials: { accessToken: canary('patchcredentials') } };
      expectError(await api().PATCH('/integrations/{id}', { params: { path: { id: idOf('shopify') } }, body: patch }), 400, [
        { field: 'credentials', rule: 'whitelistValidation' },
      ]);
      // A duplicate name.
      const existing = await api().GET('/integrations/{id}', { params: { path: { id: idOf('redshift') } } });
      expectError(await api().POST('/integrations', { body: body({ name: existing.data?.name ?? '' }) }), 409);
    });

    it('refuses canaries from callers who may not write them', async () => {
      const credentials = { storeDomain: `${canary('authdomain')}.myshopify.com`, accessToken: canary('authtoken') };
      const body: CreateIntegrationBody = { name: 'Canary auth', externalService: 'shopify', capabilities: ['products'], credentials };
      const id = idOf('shopify');
      expectError(await api(organization, 'viewer').POST('/integrations', { body }), 403);
      const put = { params: { path: { id } }, body: { credentials } };
      expectError(await api(organization, 'viewer').PUT('/integrations/{id}/credentials', put), 403);
      expectError(await api(null).POST('/integrations', { body }), 401);
      expectError(await api(null).PUT('/integrations/{id}/credentials', put), 401);
      expectError(await api(otherOrganization).PUT('/integrations/{id}/credentials', put), 404);
    });

    it('replaces the body parser’s message for malformed JSON (which quotes the body)', async () => {
      const bodies = [
        `{"name":"x","externalService":"shopify","capabilities":["products"],"credentials":{"accessToken":"${canary('truncated')}`,
        `{"credentials":{"accessToken":"${canary('trailingcomma')}",}}`,
        `{'credentials': {'accessToken': '${canary('singlequotes')}'}}`,
        `{"credentials":{"accessToken":${canary('unquoted')}}}`,
        `"${canary('strictstring')}"`,
        canary('bareword'),
        // V8 quotes about ten characters either side of the error: here, the end of the canary.
        `{"credentials":{"accessToken":"${canary('tailquote')}" "x"}}`,
        `{"credentials":{"accessToken":"${canary('controlchar')}\u0001"}}`,
      ];
      for (const body of bodies) {
        for (const [method, path] of [
          ['POST', '/integrations'],
          ['PUT', `/integrations/${idOf('trackstar')}/credentials`],
          ['PATCH', `/integrations/${idOf('trackstar')}`],
        ] as const) {
          const response = await raw(method, path, body);
          expect({ body, method, status: response.status, message: response.body.message }).toEqual({
            body,
            method,
            status: 400,
            message: 'Malformed JSON in request body',
          });
        }
      }
    });

    it('refuses an oversize body without quoting it', async () => {
      const padding = 'x'.repeat(120 * 1024);
      const valid = JSON.stringify({
        name: 'Canary oversize',
        externalService: 'trackstar',
        capabilities: ['products'],
        credentials: { apiKey: canary('oversizekey'), accessToken: `${canary('oversizehead')}${padding}${canary('oversizetail')}` },
      });
      const malformed = `{"credentials":{"apiKey":"${canary('oversizemalformed')}${padding}`;
      for (const body of [valid, malformed]) {
        const response = await raw('POST', '/integrations', body);
        expect(response.status).toBe(413);
        expect(response.body.message).toBe('Request body is too large');
      }
      const oversizePut = JSON.stringify({ credentials: { apiKey: `${canary('oversizeput')}${padding}` } });
      const put = await raw('PUT', `/integrations/${idOf('trackstar')}/credentials`, oversizePut);
      expect(put.status).toBe(413);
    });

    it('refuses bodies it cannot decode without quoting them', async () => {
      const body = JSON.stringify({ credentials: { accessToken: canary('charset') } });
      const charset = await raw('POST', '/integrations', body, { 'Content-Type': 'application/json; charset=latin1' });
      expect(charset.status).toBe(400);
      expect(charset.body.message).toBe('body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8)');

      const encoding = await raw('POST', '/integrations', body, { 'Content-Type': 'application/json', 'Content-Encoding': 'br-unknown' });
      expect(encoding.status).toBe(400);
      expect(encoding.body.message).toBe('body Content-Encoding must be identity, gzip or deflate');

      const gzip = await raw('POST', '/integrations', body, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      expect(gzip.status).toBe(400);

      // Not JSON at all: not parsed, so the input is simply missing.
      const text = await raw('POST', '/integrations', body, { 'Content-Type': 'text/plain' });
      expect(text.status).toBe(400);

      // JSON, but an array.
      const array = await raw('POST', '/integrations', `[${body}]`);
      expect(array.status).toBe(400);
    });

    it('left the stored credentials as they were after every refused request', async () => {
      expect(replaced.size).toBe(integrations.size);
      for (const [id, ciphertext] of replaced) expect((await credentialsRow(id))?.ciphertext.equals(ciphertext)).toBe(true);
    });
  });

  describe('deleting', () => {
    it('deletes an integration and its credentials', async () => {
      const id = idOf('trackstar');
      expect((await api().DELETE('/integrations/{id}', { params: { path: { id } } })).response.status).toBe(204);
      expect((await api().GET('/integrations/{id}', { params: { path: { id } } })).response.status).toBe(404);
      expect((await api().DELETE('/integrations/{id}', { params: { path: { id } } })).response.status).toBe(404);
      expect(await credentialsRow(id)).toBeUndefined();
      integrations.delete(id);
    });
  });

  describe('afterwards, no canary appears anywhere', () => {
    it('has planted enough canaries, and the search finds one where it is', async () => {
      expect(canaries.length).toBeGreaterThan(60);
      const value = canaries[0]?.value ?? '';
      const middle = canaries[0]?.fragments ?? [];
      expect(middle).toHaveLength(2);
      for (const piece of [value, value.slice(0, 8), value.slice(-8), ...middle, value.toUpperCase(), Buffer.from(value).toString('hex')]) {
        expect(leaksIn(`..."${piece}"...`)).not.toEqual([]);
      }
      expect(leaksInBytes(Buffer.from(`\u0000${value.slice(-10)}\u0000`))).not.toEqual([]);
      expect(leaksIn('Canary Shopify a, cnr, ry, yrn')).toEqual([]);
      // And the current credentials really are stored: decrypting them finds generation "b".
      const cipher = t.app.get(CredentialCipher);
      const rows = await t.dataSource.query<{ integration_id: string; key_id: string; iv: Buffer; auth_tag: Buffer; ciphertext: Buffer }[]>(
        'SELECT integration_id, key_id, iv, auth_tag, ciphertext FROM integration_credentials WHERE integration_id = ANY($1::uuid[])',
        [[...integrations.keys()]],
      );
      expect(rows).toHaveLength(integrations.size);
      for (const row of rows) {
        const encrypted = { keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext };
        const plaintext = cipher.decrypt(encrypted, `integration:${row.integration_id}`).toString('utf8');
        expect(leaksIn(plaintext).length).toBeGreaterThan(0);
        expect(plaintext).toMatch(/cnry[a-z]+b[0-9a-f]{24}yrnc/);
      }
    });

    it('in no response body or header', () => {
      expect(recorded.length).toBeGreaterThan(80);
      const leaks = recorded.flatMap((r) => leaksIn(`${r.headers}\n${r.body}`).map((leak) => `${r.request} -> ${r.status}: ${leak}`));
      expect(leaks).toEqual([]);
    });

    it('in no log line', () => {
      expect(t.logger.lines.length).toBeGreaterThan(0);
      const leaks = t.logger.lines.flatMap((line) => leaksIn(line).map((leak) => `${leak} in: ${line.slice(0, 200)}`));
      expect(leaks).toEqual([]);
    });

    it('in no database row, as text or as bytes', async () => {
      for (const table of ['integrations', 'integration_credentials']) {
        const rows = await t.dataSource.query<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
        expect(rows.length).toBeGreaterThan(0);
        const leaks = rows.flatMap(({ row }) => leaksIn(row).map((leak) => `${table}: ${leak}`));
        expect(leaks).toEqual([]);
      }
      const credentials = await t.dataSource.query<{ iv: Buffer; auth_tag: Buffer; ciphertext: Buffer; field_names: string[] }[]>(
        'SELECT iv, auth_tag, ciphertext, field_names FROM integration_credentials',
      );
      for (const row of credentials) {
        expect(leaksInBytes(Buffer.concat([row.iv, row.auth_tag, row.ciphertext]))).toEqual([]);
        expect(leaksIn(row.field_names.join(','))).toEqual([]);
      }
    });
  });
});

describe('the committed OpenAPI document', () => {
  const text = readFileSync(join(PROJECT_ROOT, 'openapi', 'openapi.json'), 'utf8');
  const document = JSON.parse(text) as unknown;

  it('holds none of the canaries', () => {
    expect(leaksIn(text)).toEqual([]);
  });

  it('holds nothing that looks like a real secret', () => {
    expect(text).not.toMatch(/shpat_[A-Za-z0-9_]{20,}/);
    expect(text).not.toMatch(/-----BEGIN/);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    expect(text).not.toMatch(/AKIA[0-9A-Z]{16}/);
    // No long random-looking token (base64 or hex: letters and digits mixed, unlike a $ref path).
    // Example ids (UUIDs, also inside example paths) are not secrets: taken out first.
    const withoutIds = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    const tokens = withoutIds.match(/[A-Za-z0-9+/=_-]{32,}/g) ?? [];
    expect(tokens.filter((token) => /\d/.test(token) && /[a-z]/i.test(token) && !token.startsWith('#/'))).toEqual([]);
  });

  it('gives only placeholders as examples of secret fields', () => {
    const secretName = /token|secret|password|private|api_?key|access_?key|serviceaccountkey/i;
    const offending: string[] = [];
    // `name` is the property the value belongs to: the key inside an example object, or the schema property.
    const inspectExample = (value: unknown, path: string, name: string): void => {
      if (typeof value === 'string') {
        if (secretName.test(name) && !/^<[^>]+>$|\.\.\./.test(value)) offending.push(`${path} = ${value}`);
        return;
      }
      if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) inspectExample(item, `${path}.${key}`, Array.isArray(value) ? name : key);
      }
    };
    const walk = (node: unknown, path: string, owner: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'example' || key === 'examples' || key === 'default') inspectExample(value, `${path}.${key}`, owner);
        else walk(value, `${path}.${key}`, key);
      }
    };
    walk(document, '$', '');
    expect(offending).toEqual([]);
  });
});
