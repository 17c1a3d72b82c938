import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { expectStatus, expectValidationError } from '../../support/expectations.js';
import { type CreateIntegrationBody, shopifyIntegration } from '../../support/fixtures.js';
import { bigqueryIntegration, brewmanIntegration, createIntegration, redshiftIntegration, trackstarIntegration } from '../../support/service-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { executionOf, FAST_SYNC, syncToEnd } from '../../support/sync-fixtures.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { testResolver } from '../../support/test-resolver.js';
import { newOrganization } from '../../support/tokens.js';

/*
 * Every field that names a host or URL, of all five services, goes through the outbound
 * policy: at create, at credential replacement (and settings changes), and at connect time.
 * Names resolve through a test resolver, never the network.
 */
const PUBLIC = '52.1.2.3';
const { resolver, answers } = testResolver();
const resetAnswers = (): void => {
  answers.clear();
  for (const name of ['cluster.example.com', 'brewery.brewman.example', 'production.trackstarhq.com', 'oauth2.googleapis.com', 'moved.test'])
    answers.set(name, [PUBLIC]);
  answers.set('private.test', ['10.0.0.5']);
  answers.set('mixed.test', [PUBLIC, '10.0.0.5']);
  answers.set('metadata.google.internal', ['169.254.169.254']);
  answers.set('acme.myshopify.com', ['10.0.0.5']);
};

const key = (tokenUri: string): Record<string, unknown> => ({
  type: 'service_account',
  client_email: 'reader@acme.iam.example',
  private_key: 'bigquery-private-key',
  token_uri: tokenUri,
});

interface Refused {
  value: string;
  why: string;
  rule?: string;
}

/** Bad values of a URL field, and what the 400 says about each. */
const BAD_URLS: Refused[] = [
  { value: 'https://127.0.0.1/', why: 'is a loopback address' },
  { value: 'https://localhost/', why: 'is a loopback address' },
  { value: 'https://169.254.169.254/latest/meta-data/', why: 'is the cloud metadata address' },
  { value: 'https://2130706433/', why: 'is a loopback address' },
  { value: 'https://0x7f000001/', why: 'is a loopback address' },
  { value: 'https://0177.1/', why: 'is a loopback address' },
  { value: 'https://167772165/', why: 'is a private address' },
  { value: 'https://[::1]/', why: 'is a loopback address' },
  { value: 'https://[::ffff:10.0.0.5]/', why: 'is a private address' },
  { value: 'https://[fd00:ec2::254]/', why: 'is the cloud metadata address' },
  { value: 'https://[fe80::1]/', why: 'is a link-local address' },
  { value: 'https://100.64.0.1/', why: 'is a carrier-grade NAT address' },
  { value: 'https://brewery.brewman.example@10.0.0.5/', why: 'must not contain a user name or password' },
  { value: 'https://private.test/', why: 'resolves to a private address' },
  { value: 'https://mixed.test/', why: 'resolves to a private address' },
];

const BAD_HOSTS: Refused[] = [
  { value: '127.0.0.1', why: 'is a loopback address' },
  { value: 'localhost', why: 'is a loopback address' },
  { value: '169.254.169.254', why: 'is the cloud metadata address' },
  { value: '2130706433', why: 'is a loopback address' },
  { value: '0x7f000001', why: 'is a loopback address' },
  { value: '0xa9fea9fe', why: 'is the cloud metadata address' },
  { value: '127.1', why: 'is a loopback address' },
  { value: '::1', why: 'is a loopback address' },
  { value: '[::1]', why: 'is a loopback address' },
  { value: 'fd00:ec2::254', why: 'is the cloud metadata address' },
  { value: '10.0.0.5', why: 'is a private address' },
  { value: '192.168.1.10', why: 'is a private address' },
  { value: 'a@cluster.example.com', why: 'must be a host name or IP address (no scheme, port, path or user name)' },
  { value: 'cluster.example.com:5439', why: 'must be a host name or IP address (no scheme, port, path or user name)' },
  { value: 'private.test', why: 'resolves to a private address' },
  { value: 'mixed.test', why: 'resolves to a private address' },
];

/** Each destination field: where it is, and a valid body with a given value in it. */
const FIELDS: { field: string; bad: Refused[]; body: (value: string) => CreateIntegrationBody }[] = [
  {
    field: 'credentials.host',
    bad: BAD_HOSTS,
    body: (host) => redshiftIntegration({ credentials: { ...redshiftIntegration().credentials, host } }),
  },
  {
    field: 'credentials.baseUrl',
    // Plain http is the field's pattern's business (rule `pattern`), before the policy's.
    bad: [...BAD_URLS, { value: 'http://brewery.brewman.example/', why: 'must be an https:// URL' }],
    body: (baseUrl) => brewmanIntegration({ credentials: { ...brewmanIntegration().credentials, baseUrl } }),
  },
  {
    field: 'settings.baseUrl',
    // http is the policy's to refuse here (it allows http only to loopback, under the test policy).
    bad: [...BAD_URLS, { value: 'http://production.trackstarhq.com/', why: 'must be an https:// URL' }],
    body: (baseUrl) => trackstarIntegration({ settings: { baseUrl } }),
  },
  {
    field: 'credentials.serviceAccountKey.token_uri',
    bad: [
      ...BAD_URLS,
      { value: 'http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token', why: 'must be an https:// URL' },
      { value: 'https://metadata.google.internal/computeMetadata/v1/', why: 'resolves to the cloud metadata address' },
    ],
    body: (tokenUri) => bigqueryIntegration({ credentials: { ...bigqueryIntegration().credentials, serviceAccountKey: key(tokenUri) } }),
  },
];

describe('host and URL fields through the outbound policy', () => {
  let t: TestApp;
  const org = newOrganization('outbound');
  const api = (): ReturnType<TestApp['client']> => t.client(org);

  beforeAll(async () => {
    t = await startTestApp(testConfig(), [], { outboundResolver: resolver });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(resetAnswers);

  describe.each(FIELDS)('$field', ({ field, bad, body }) => {
    it.each(bad)('refuses $value at create: $why', async ({ value, why, rule }) => {
      const detail = expectValidationError(await api().POST('/integrations', { body: body(value) }), field, rule ?? 'outboundPolicy');
      if (rule === undefined) expect(detail.message).toBe(`${field} ${why}`);
      else expect(detail.message).toContain(why);
    });

    it('accepts a public value, and a name that does not resolve yet (refused when connecting)', async () => {
      const good = body(field === 'credentials.host' ? 'cluster.example.com' : 'https://moved.test/api');
      await createIntegration(api(), good);
      const later = await createIntegration(api(), body(field === 'credentials.host' ? 'later.test' : 'https://later.test/'));
      const check = await api().POST('/integrations/{id}/check', { params: { path: { id: later.id } } });
      expectStatus(check, 200);
      expect(check.data).toMatchObject({ ok: false, error: { kind: 'config', retryable: false, message: `${field} does not resolve (no such host)` } });
    });

    it('refuses, at connect time, a saved name that now resolves to a private address', async () => {
      const saved = await createIntegration(api(), body(field === 'credentials.host' ? 'moved.test' : 'https://moved.test/'));
      // Saved while public (no check now: a connector that connects would reach for 52.1.2.3).
      expect(saved.id).toBeDefined();
      answers.set('moved.test', ['10.0.0.5']);
      const after = await api().POST('/integrations/{id}/check', { params: { path: { id: saved.id } } });
      expectStatus(after, 200);
      expect(after.data).toMatchObject({ ok: false, error: { kind: 'config', retryable: false, message: `${field} resolves to a private address` } });
      answers.set('moved.test', ['169.254.169.254']);
      const metadata = await api().POST('/integrations/{id}/check', { params: { path: { id: saved.id } } });
      expect(metadata.data).toMatchObject({ ok: false, error: { kind: 'config', message: `${field} resolves to the cloud metadata address` } });
    });

    it('refuses the same values in a connection check before saving', async () => {
      const { credentials, settings, externalService } = body(field === 'credentials.host' ? '169.254.169.254' : 'https://169.254.169.254/');
      const check = await api().POST('/external-services/{key}/check', { params: { path: { key: externalService } }, body: { credentials, settings } });
      expectStatus(check, 200);
      expect(check.data).toMatchObject({ ok: false, error: { kind: 'config', message: `${field} is the cloud metadata address` } });
    });
  });

  it.each([
    ['credentials.host', redshiftIntegration(), (v: string) => ({ ...redshiftIntegration().credentials, host: v }), '169.254.169.254', 'is the cloud metadata address'],
    ['credentials.host', redshiftIntegration(), (v: string) => ({ ...redshiftIntegration().credentials, host: v }), 'private.test', 'resolves to a private address'],
    ['credentials.baseUrl', brewmanIntegration(), (v: string) => ({ ...brewmanIntegration().credentials, baseUrl: v }), 'https://0x7f.1/', 'is a loopback address'],
    ['credentials.baseUrl', brewmanIntegration(), (v: string) => ({ ...brewmanIntegration().credentials, baseUrl: v }), 'https://a@b.example@10.0.0.5/', 'must not contain a user name or password'],
    [
      'credentials.serviceAccountKey.token_uri',
      bigqueryIntegration(),
      (v: string) => ({ ...bigqueryIntegration().credentials, serviceAccountKey: key(v) }),
      'https://[::ffff:169.254.169.254]/token',
      'is the cloud metadata address',
    ],
  ])('refuses %s = %s when credentials are replaced', async (field, create, credentials, value, why) => {
    const saved = await createIntegration(api(), create);
    const replaced = await api().PUT('/integrations/{id}/credentials', { params: { path: { id: saved.id } }, body: { credentials: credentials(value) } });
    expect(expectValidationError(replaced, field, 'outboundPolicy').message).toBe(`${field} ${why}`);
    const good = await api().PUT('/integrations/{id}/credentials', { params: { path: { id: saved.id } }, body: { credentials: credentials(field === 'credentials.host' ? 'cluster.example.com' : 'https://moved.test/') } });
    expectStatus(good, 200);
  });

  it('refuses a TrackStar base URL changed to a private address (PATCH settings)', async () => {
    const saved = await createIntegration(api(), trackstarIntegration());
    expect(saved.settings).toEqual({ baseUrl: 'https://production.trackstarhq.com', fullInventoryHours: 24 });
    const patched = await api().PATCH('/integrations/{id}', { params: { path: { id: saved.id } }, body: { settings: { baseUrl: 'https://[::ffff:7f00:1]/' } } });
    expect(expectValidationError(patched, 'settings.baseUrl', 'outboundPolicy').message).toBe('settings.baseUrl is a loopback address');
  });

  it('Shopify: a store domain that resolves to a private address is refused at connect time', async () => {
    const saved = await createIntegration(api(), shopifyIntegration());
    const check = await api().POST('/integrations/{id}/check', { params: { path: { id: saved.id } } });
    expectStatus(check, 200);
    expect(check.data).toMatchObject({ ok: false, error: { kind: 'config', retryable: false, message: 'the store domain [redacted] does not resolve to a public address' } });
  });

  it.each(['127.0.0.1:8080', 'http://localhost:3000', '169.254.169.254', '2130706433', 'https://a@acme.myshopify.com'])(
    'Shopify: refuses the store domain %s at create (no loopback without OUTBOUND_ALLOW_LOOPBACK)',
    async (storeDomain) => {
      const created = await api().POST('/integrations', { body: shopifyIntegration({ credentials: { ...shopifyIntegration().credentials, storeDomain } }) });
      expectValidationError(created, 'credentials.storeDomain', 'pattern');
    },
  );
});

describe('host and URL fields when a sync connects', () => {
  let database: string;
  let t: TestApp;
  beforeAll(async () => {
    database = await createDatabase('tether_outbound_sync');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC }), [], { outboundResolver: resolver });
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });
  beforeEach(resetAnswers);

  it('refuses, before the connector connects, a saved URL that now resolves to a private address', async () => {
    const admin = t.client(newOrganization('outboundsync'), 'admin');
    const saved = await createIntegration(admin, brewmanIntegration({ credentials: { ...brewmanIntegration().credentials, baseUrl: 'https://moved.test/' } }));
    // Checked again before each read: first the name does not resolve, then it resolves to a private address.
    answers.delete('moved.test');
    const before = executionOf(await syncToEnd(admin, saved.id, { capabilities: ['pricing'] }), 'pricing');
    expect(before.error).toMatchObject({ kind: 'config', message: 'credentials.baseUrl does not resolve (no such host)' });
    answers.set('moved.test', ['10.0.0.5']);
    const after = executionOf(await syncToEnd(admin, saved.id, { capabilities: ['pricing'] }), 'pricing');
    expect(after).toMatchObject({ status: 'failed', attempts: 1, error: { kind: 'config', retryable: false, message: 'credentials.baseUrl resolves to a private address' } });
  });
});
