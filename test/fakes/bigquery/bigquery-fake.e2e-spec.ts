import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BigQuery, type BigQueryOptions } from '@google-cloud/bigquery';
import { OAuth2Client } from 'google-auth-library';
import { type FakeBigQuery, type FakeBigQueryOptions, type ServiceAccountKey, signAssertion, startFakeBigQuery } from './index.js';

/**
 * The fake driven by the official client, authenticated the way production will be: a JWT
 * signed with the key file's private key, exchanged at its token_uri, the token handed to
 * the client in an OAuth2Client.
 */

const PROJECT = 'acme-data';
const TABLE = '`acme-data`.`sales`.`orders`';

const ORDER_FIELDS = [
  { name: 'order_id', type: 'STRING', mode: 'REQUIRED' as const },
  { name: 'line_id', type: 'STRING' },
  { name: 'updated_at', type: 'TIMESTAMP' },
  { name: 'amount', type: 'NUMERIC' },
  { name: 'qty', type: 'INT64' },
  { name: 'day', type: 'DATE' },
];

const ORDERS = [
  { order_id: 'A', line_id: '1', updated_at: '2026-01-02T03:04:05.123456Z', amount: '12345678901234567890.123456789', qty: '9007199254740993', day: '2026-01-02' },
  { order_id: 'A', line_id: null, updated_at: '2026-01-02T03:04:05.123456Z', amount: '0.5', qty: '1', day: '2026-01-02' },
  { order_id: 'B', line_id: '1', updated_at: '2026-01-02T03:04:05.123456Z', amount: '-7', qty: '-9223372036854775808', day: null },
  { order_id: 'A', line_id: '2', updated_at: '2026-01-02T03:04:05.123457Z', amount: '1.10', qty: '3', day: '2026-01-03' },
  { order_id: 'C', line_id: '1', updated_at: '2026-01-02T03:04:05.123455Z', amount: '2', qty: '4', day: '2026-01-01' },
  { order_id: 'D', line_id: '1', updated_at: null, amount: null, qty: null, day: null },
];

/** Keyset page after (updated_at, order_id, line_id) with line_id nullable: the connector's query shape. */
const KEYSET = `SELECT \`order_id\`, \`line_id\`, \`updated_at\`, \`amount\`, \`qty\` FROM ${TABLE}
WHERE \`updated_at\` > @since_ts OR (\`updated_at\` = @since_ts AND (\`order_id\` > @k1 OR (\`order_id\` = @k1 AND COALESCE(\`line_id\`, '') > @k2)))
ORDER BY \`updated_at\`, \`order_id\`, COALESCE(\`line_id\`, '') LIMIT @page_size`;

interface ClientError {
  code?: number;
  message: string;
  errors?: { reason?: string; message?: string }[];
}

async function failure(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    return error as ClientError;
  }
  throw new Error('expected the call to fail');
}

async function exchange(fake: FakeBigQuery, assertion: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(fake.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function accessToken(fake: FakeBigQuery, key: ServiceAccountKey): Promise<string> {
  const { status, body } = await exchange(fake, signAssertion(key));
  expect(status).toBe(200);
  return body.access_token as string;
}

function clientWith(fake: FakeBigQuery, token: string, extra: BigQueryOptions = {}): BigQuery {
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: token, expiry_date: Date.now() + 3_500_000 });
  return new BigQuery({ projectId: PROJECT, apiEndpoint: fake.url, location: 'US', authClient, ...extra });
}

async function clientFor(fake: FakeBigQuery, key: ServiceAccountKey, extra: BigQueryOptions = {}): Promise<BigQuery> {
  return clientWith(fake, await accessToken(fake, key), extra);
}

async function withFake(options: FakeBigQueryOptions, run: (fake: FakeBigQuery, key: ServiceAccountKey) => Promise<void>): Promise<void> {
  const fake = await startFakeBigQuery(options);
  try {
    fake.createTable(PROJECT, 'sales', 'orders', ORDER_FIELDS, ORDERS, { key: ['order_id', 'line_id'] });
    await run(fake, fake.serviceAccount('reader', { projectId: PROJECT }));
  } finally {
    await fake.close();
  }
}

/** `[1:c]` of the first occurrence of `fragment` in a one-line query, as BigQuery locates errors. */
const position = (sql: string, fragment: string): string => `at [1:${sql.indexOf(fragment) + 1}]`;

const NO_RETRY: BigQueryOptions = { retryOptions: { autoRetry: false } };

describe('fake BigQuery through @google-cloud/bigquery', () => {
  let fake: FakeBigQuery;
  let key: ServiceAccountKey;
  let bq: BigQuery;

  beforeAll(async () => {
    fake = await startFakeBigQuery({ projectId: PROJECT });
    fake.createTable(PROJECT, 'sales', 'orders', ORDER_FIELDS, ORDERS, { key: ['order_id', 'line_id'] });
    key = fake.serviceAccount('reader');
    bq = await clientFor(fake, key, NO_RETRY);
  });

  afterAll(async () => {
    await fake.close();
  });

  it('answers a keyset page with a composite key and COALESCE over a nullable column, in order, exact', async () => {
    const [rows] = await bq.query({
      query: KEYSET,
      params: { since_ts: bq.timestamp('2026-01-02T03:04:05.123456Z'), k1: 'A', k2: '', page_size: 10 },
      wrapIntegers: true,
    });
    const seen = (rows as Record<string, { value?: string; toFixed?: () => string } | string | null>[]).map((row) => [
      row.order_id,
      row.line_id,
      (row.updated_at as { value: string }).value,
      (row.amount as { toFixed: () => string }).toFixed(),
      (row.qty as { value: string }).value,
    ]);
    // (A, null) sorts as (A, '') and is not after the key; C's instant is 1 µs early; D's is NULL.
    expect(seen).toEqual([
      ['A', '1', '2026-01-02T03:04:05.123456000Z', '12345678901234567890.123456789', '9007199254740993'],
      ['B', '1', '2026-01-02T03:04:05.123456000Z', '-7', '-9223372036854775808'],
      ['A', '2', '2026-01-02T03:04:05.123457000Z', '1.1', '3'],
    ]);
    const sent = fake.sentQueries().at(-1);
    expect(sent?.sql).toBe(KEYSET);
    expect(sent?.parameters.since_ts).toEqual({ type: 'TIMESTAMP', value: '2026-01-02T03:04:05.123456000Z' });
    expect(sent?.parameters.page_size).toEqual({ type: 'INT64', value: 10 });
    const request = fake.requests.filter((entry) => entry.route === 'query').at(-1);
    expect(request?.body).toMatchObject({ useLegacySql: false, parameterMode: 'named', formatOptions: { useInt64Timestamp: true } });
  });

  it('sends TIMESTAMP cells as int64 µs strings and every scalar as a string', async () => {
    const response = await fetch(`${fake.url}/bigquery/v2/projects/${PROJECT}/queries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await accessToken(fake, key)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `SELECT \`updated_at\`, \`qty\`, \`day\`, \`line_id\` FROM ${TABLE} ORDER BY \`updated_at\` LIMIT 2`, useLegacySql: false, formatOptions: { useInt64Timestamp: true } }),
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'bigquery#queryResponse',
      jobComplete: true,
      cacheHit: false,
      totalRows: '2',
      schema: { fields: [{ name: 'updated_at', type: 'TIMESTAMP', mode: 'NULLABLE' }, { name: 'qty', type: 'INTEGER', mode: 'NULLABLE' }, { name: 'day', type: 'DATE' }, { name: 'line_id', type: 'STRING' }] },
      rows: [{ f: [{ v: null }, { v: null }, { v: null }, { v: '1' }] }, { f: [{ v: '1767323045123455' }, { v: '4' }, { v: '2026-01-01' }, { v: '1' }] }],
      jobReference: { projectId: PROJECT, location: 'US' },
    });
    expect(body.pageToken).toBeUndefined();
  });

  it('counts (a progress total) and probes the schema with LIMIT 0', async () => {
    const [count] = await bq.query({ query: `SELECT COUNT(*) AS n FROM ${TABLE} WHERE \`updated_at\` >= @since`, params: { since: bq.timestamp('2026-01-02T03:04:05.123456Z') } });
    expect(count).toEqual([{ n: 4 }]);
    const [rows, , response] = (await bq.query({ query: `SELECT \`order_id\`, \`amount\` FROM ${TABLE} LIMIT 0` }, { autoPaginate: false })) as unknown as [unknown[], unknown, { schema: unknown; totalRows: string }];
    expect(rows).toEqual([]);
    expect(response.totalRows).toBe('0');
    expect(response.schema).toEqual({ fields: [{ name: 'order_id', type: 'STRING', mode: 'REQUIRED' }, { name: 'amount', type: 'NUMERIC', mode: 'NULLABLE' }] });
  });

  it('accepts every TIMESTAMP parameter spelling BigQuery takes, compared at the microsecond', async () => {
    const token = await accessToken(fake, key);
    const count = async (value: string): Promise<unknown> => {
      const response = await fetch(`${fake.url}/bigquery/v2/projects/${PROJECT}/queries`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `SELECT COUNT(*) AS n FROM ${TABLE} WHERE \`updated_at\` = @t`,
          useLegacySql: false,
          parameterMode: 'NAMED',
          queryParameters: [{ name: 't', parameterType: { type: 'TIMESTAMP' }, parameterValue: { value } }],
        }),
      });
      const body = (await response.json()) as { rows?: { f: { v: unknown }[] }[]; error?: { message: string } };
      return body.rows?.[0]?.f[0]?.v ?? body.error?.message;
    };
    const spellings = [
      '2026-01-02T03:04:05.123456Z',
      '2026-01-02T03:04:05.123456000Z',
      '2026-01-02 03:04:05.123456',
      '2026-01-02 03:04:05.123456 UTC',
      '2026-01-02T05:04:05.123456+02:00',
      '2026-01-02 03:04:05.123456+00',
      '2026-1-2 3:4:5.123456',
    ];
    for (const spelling of spellings) expect([spelling, await count(spelling)]).toEqual([spelling, '3']);
    expect(await count('2026-01-02')).toBe('0');
    expect(await count('2026-01-02T03:04:05.1234561Z')).toMatch(/^Invalid TIMESTAMP value/);
  });

  it('serves tables.get with the schema', async () => {
    const [metadata] = (await bq.dataset('sales', { projectId: PROJECT }).table('orders').getMetadata()) as unknown as [Record<string, unknown>];
    expect(metadata).toMatchObject({
      kind: 'bigquery#table',
      id: 'acme-data:sales.orders',
      tableReference: { projectId: PROJECT, datasetId: 'sales', tableId: 'orders' },
      numRows: '6',
      type: 'TABLE',
      location: 'US',
      schema: { fields: [{ name: 'order_id', type: 'STRING', mode: 'REQUIRED' }, { name: 'line_id', type: 'STRING', mode: 'NULLABLE' }, { name: 'updated_at', type: 'TIMESTAMP', mode: 'NULLABLE' }, { name: 'amount', type: 'NUMERIC', mode: 'NULLABLE' }, { name: 'qty', type: 'INTEGER', mode: 'NULLABLE' }, { name: 'day', type: 'DATE', mode: 'NULLABLE' }] },
    });
    const missing = await failure(bq.dataset('sales', { projectId: PROJECT }).table('nope').getMetadata());
    expect([missing.code, missing.errors?.[0]?.reason, missing.message]).toEqual([404, 'notFound', 'Not found: Table acme-data:sales.nope']);
  });

  describe('invalid queries', () => {
    const refused = async (query: string, params: Record<string, unknown> = {}): Promise<ClientError> => failure(bq.query({ query, params }));

    it('an unparseable query: 400 invalidQuery with a syntax error', async () => {
      const cut = `SELECT \`order_id\` FROM ${TABLE} ORDER BY \`order_id\` DESC LIMIT`;
      const error = await refused(cut);
      expect([error.code, error.errors?.[0]?.reason, error.message]).toEqual([400, 'invalidQuery', `Syntax error: Unexpected end of script at [1:${cut.length + 1}]`]);
      const junk = `SELECT \`order_id\` FROM ${TABLE} WHERE \`order_id\` IS NULL`;
      const isNull = await refused(junk);
      expect([isNull.code, isNull.errors?.[0]?.reason, isNull.message]).toEqual([400, 'invalidQuery', `Syntax error: Expected comparison operator but got keyword IS ${position(junk, 'IS')}`]);
    });

    it('a tuple comparison: GoogleSQL has no STRUCT ordering', async () => {
      const sql = `SELECT \`order_id\` FROM ${TABLE} WHERE (\`updated_at\`, \`order_id\`) > (@t, @k) ORDER BY \`order_id\` LIMIT 5`;
      const error = await refused(sql, { t: bq.timestamp('2026-01-01T00:00:00Z'), k: 'A' });
      expect([error.code, error.errors?.[0]?.reason, error.message]).toEqual([
        400,
        'invalidQuery',
        `Greater than is not defined for arguments of type STRUCT<TIMESTAMP, STRING> ${position(sql, '(`updated_at`')}`,
      ]);
    });

    it('an unknown column, a missing parameter, a type mismatch', async () => {
      const column = await refused(`SELECT \`foo\` FROM ${TABLE}`);
      expect([column.code, column.errors?.[0]?.reason, column.message]).toEqual([400, 'invalidQuery', 'Unrecognized name: foo at [1:8]']);
      const missing = `SELECT \`order_id\` FROM ${TABLE} WHERE \`order_id\` > @k1 LIMIT 1`;
      expect((await refused(missing)).message).toBe(`Query parameter 'k1' not found ${position(missing, '@k1')}`);
      const typed = `SELECT \`order_id\` FROM ${TABLE} WHERE \`updated_at\` > @t`;
      expect((await refused(typed, { t: 5 })).message).toBe(
        `No matching signature for operator > for argument types: TIMESTAMP, INT64. Supported signature: ANY > ANY ${position(typed, '`updated_at` >')}`,
      );
    });

    it('an unknown table: 404 notFound', async () => {
      const error = await refused('SELECT `x` FROM `acme-data.sales.nope`');
      expect([error.code, error.errors?.[0]?.reason, error.message]).toEqual([404, 'notFound', 'Not found: Table acme-data:sales.nope was not found in location US']);
    });
  });

  describe('faults', () => {
    it.each([
      ['backendError', 500, undefined],
      ['backendError', 503, 503],
      ['rateLimitExceeded', 403, undefined],
      ['jobRateLimitExceeded', 400, undefined],
      ['accessDenied', 403, undefined],
    ] as const)('%s gives the client code %i and its reason', async (kind, code, status) => {
      fake.failNext(kind, 1, 'query', status);
      const error = await failure(bq.query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` }));
      expect([error.code, error.errors?.[0]?.reason]).toEqual([code, kind]);
      const [rows] = await bq.query({ query: `SELECT \`order_id\` FROM ${TABLE} ORDER BY \`order_id\` LIMIT 1` });
      expect(rows).toEqual([{ order_id: 'A' }]);
    });

    it('on getQueryResults and tables.get too', async () => {
      fake.failNext('backendError', 1, 'getQueryResults');
      const paged = await failure(bq.query({ query: `SELECT \`order_id\` FROM ${TABLE} ORDER BY \`order_id\``, maxResults: 2 }));
      expect([paged.code, paged.errors?.[0]?.reason]).toEqual([500, 'backendError']);
      fake.failNext('accessDenied', 1, 'tables');
      const table = await failure(bq.dataset('sales', { projectId: PROJECT }).table('orders').getMetadata());
      expect([table.code, table.errors?.[0]?.reason, table.message]).toEqual([
        403,
        'accessDenied',
        'Access Denied: Table acme-data:sales.orders: Permission bigquery.tables.get denied on table acme-data:sales.orders (or it may not exist).',
      ]);
    });

    it('the client retries a backendError, and the retried jobs.query (same requestId) finds one job', async () => {
      const retrying = await clientFor(fake, key, { retryOptions: { retryDelayMultiplier: 1.01 } });
      fake.resetRequests();
      fake.failNext('backendError', 1, 'query');
      const [rows] = await retrying.query({ query: `SELECT \`order_id\` FROM ${TABLE} ORDER BY \`order_id\` LIMIT 2` });
      expect(rows).toEqual([{ order_id: 'A' }, { order_id: 'A' }]);
      const posts = fake.requests.filter((entry) => entry.route === 'query');
      expect(posts.map((entry) => entry.status)).toEqual([500, 200]);
      expect((posts[0]?.body as { requestId: string }).requestId).toBe((posts[1]?.body as { requestId: string }).requestId);
    });

    it('a project the account may not use: 403 accessDenied', async () => {
      const other = fake.serviceAccount('outsider', { deniedProjects: [PROJECT] });
      const client = await clientFor(fake, other, NO_RETRY);
      const error = await failure(client.query({ query: `SELECT \`order_id\` FROM ${TABLE}` }));
      expect([error.code, error.errors?.[0]?.reason, error.message]).toEqual([403, 'accessDenied', 'Access Denied: Project acme-data: User does not have bigquery.jobs.create permission in project acme-data.']);
    });
  });

  describe('tokens', () => {
    it('a bad signature, a wrong audience, an unknown account: 400 invalid_grant', async () => {
      const impostor = fake.serviceAccount('impostor');
      const forged = signAssertion({ ...impostor, client_email: key.client_email });
      expect(await exchange(fake, forged)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } });
      expect(await exchange(fake, signAssertion(key, { aud: 'https://oauth2.googleapis.com/token' }))).toEqual({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Invalid JWT: Failed audience check.' },
      });
      expect((await exchange(fake, signAssertion({ ...key, client_email: 'nobody@acme-data.iam.gserviceaccount.com' }))).body).toEqual({
        error: 'invalid_grant',
        error_description: 'Invalid grant: account not found',
      });
      const stale = await exchange(fake, signAssertion(key, { iat: Math.floor(Date.now() / 1000) - 7200 }));
      expect([stale.status, stale.body.error]).toEqual([400, 'invalid_grant']);
      const unscoped = await exchange(fake, signAssertion(key, { scope: '' }));
      expect(unscoped.body).toEqual({ error: 'invalid_scope', error_description: 'Invalid OAuth scope or ID token audience provided.' });
    });

    it('the token response is Google’s', async () => {
      const { status, body } = await exchange(fake, signAssertion(key));
      expect(status).toBe(200);
      expect(body).toEqual({ access_token: expect.stringMatching(/^ya29\./) as unknown, expires_in: 3599, token_type: 'Bearer' });
      expect(key).toMatchObject({ type: 'service_account', project_id: PROJECT, token_uri: fake.tokenUrl, client_email: `reader@${PROJECT}.iam.gserviceaccount.com` });
      expect(key.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    });

    it('no token, a token it never issued: 401', async () => {
      const response = await fetch(`${fake.url}/bigquery/v2/projects/${PROJECT}/queries`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'required' }] } });
      const error = await failure(clientWith(fake, 'ya29.made-up', NO_RETRY).query({ query: `SELECT \`order_id\` FROM ${TABLE}` }));
      expect([error.code, error.errors?.[0]?.reason]).toEqual([401, 'authError']);
    });

    it('a token granted without a BigQuery scope: 403 insufficientPermissions', async () => {
      const { body } = await exchange(fake, signAssertion(key, { scope: 'https://www.googleapis.com/auth/devstorage.read_only' }));
      const error = await failure(clientWith(fake, body.access_token as string, NO_RETRY).query({ query: `SELECT \`order_id\` FROM ${TABLE}` }));
      expect([error.code, error.errors?.[0]?.reason]).toEqual([403, 'insufficientPermissions']);
    });

    it('an expired token: 401 (on the fake’s clock)', async () => {
      let now = Date.now();
      const timed = await startFakeBigQuery({ clock: () => now, tokenLifetimeSeconds: 60 });
      try {
        timed.createTable(PROJECT, 'sales', 'orders', ORDER_FIELDS, ORDERS);
        const client = await clientFor(timed, timed.serviceAccount('clocked'), NO_RETRY);
        await client.query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` });
        now += 61_000;
        const error = await failure(client.query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` }));
        expect([error.code, error.errors?.[0]?.reason]).toEqual([401, 'authError']);
      } finally {
        await timed.close();
      }
    });

    it('a revoked key: its exchanges fail and the tokens it gave get 401', async () => {
      const doomed = fake.serviceAccount('doomed');
      const client = await clientFor(fake, doomed, NO_RETRY);
      await client.query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` });
      fake.revokeKey(doomed.client_email);
      expect(await exchange(fake, signAssertion(doomed))).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } });
      const error = await failure(client.query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` }));
      expect([error.code, error.errors?.[0]?.reason]).toEqual([401, 'authError']);
      const rotated = fake.serviceAccount('doomed');
      await (await clientFor(fake, rotated, NO_RETRY)).query({ query: `SELECT \`order_id\` FROM ${TABLE} LIMIT 1` });
    });
  });
});

describe('fake BigQuery semantics', () => {
  let fake: FakeBigQuery;
  let bq: BigQuery;
  const VALUES = '`acme-data.misc.values`';

  beforeAll(async () => {
    fake = await startFakeBigQuery({ projectId: PROJECT });
    fake.createTable(
      PROJECT,
      'misc',
      'values',
      [
        { name: 'we`ird\\name', type: 'STRING' },
        { name: 'n', type: 'INTEGER' },
        { name: 'price', type: 'BIGNUMERIC' },
        { name: 'd', type: 'DATE' },
      ],
      [
        { 'we`ird\\name': 'a', n: '9007199254740993', price: '0.100000000000000000000000000001', d: '2026-01-02' },
        { 'we`ird\\name': 'B', n: '9007199254740992', price: '0.1', d: '2026-01-01' },
        { 'we`ird\\name': '\u00e9', n: null, price: null, d: null },
        { 'we`ird\\name': '\ufffd', n: '-1', price: '-0.1', d: '2025-12-31' },
        { 'we`ird\\name': '\u{1f600}', n: '0', price: '0', d: '2026-01-03' },
        { 'we`ird\\name': null, n: '1', price: '1', d: '2026-01-02' },
      ],
    );
    bq = await clientFor(fake, fake.serviceAccount('reader', { projectId: PROJECT }), NO_RETRY);
  });

  afterAll(async () => {
    await fake.close();
  });

  const names = async (query: string, params: Record<string, unknown> = {}): Promise<unknown[]> => {
    const [rows] = await bq.query({ query, params });
    return (rows as Record<string, unknown>[]).map((row) => Object.values(row)[0]);
  };

  it('reads backslash escapes in backtick identifiers; orders STRING by code point, NULLs first ascending and last descending', async () => {
    const column = '`we\\`ird\\\\name`';
    expect(await names(`SELECT ${column} FROM ${VALUES} ORDER BY ${column}`)).toEqual([null, 'B', 'a', '\u00e9', '\ufffd', '\u{1f600}']);
    expect(await names(`SELECT ${column} FROM ${VALUES} ORDER BY ${column} DESC`)).toEqual(['\u{1f600}', '\ufffd', '\u00e9', 'a', 'B', null]);
  });

  it('compares INT64 and BIGNUMERIC exactly, DATE as dates, and NULL with anything as not true', async () => {
    const [big] = await bq.query({ query: `SELECT \`n\` FROM ${VALUES} WHERE \`n\` > @n`, params: { n: BigQuery.int('9007199254740992') }, wrapIntegers: true });
    expect((big as { n: { value: string } }[]).map((row) => row.n.value)).toEqual(['9007199254740993']);
    const [prices] = await bq.query({ query: `SELECT \`price\` FROM ${VALUES} WHERE \`price\` > @p ORDER BY \`price\``, params: { p: '0.1' }, types: { p: 'BIGNUMERIC' } });
    expect((prices as { price: { toFixed: () => string } }[]).map((row) => row.price.toFixed())).toEqual(['0.100000000000000000000000000001', '1']);
    const [days] = await bq.query({ query: `SELECT \`d\` FROM ${VALUES} WHERE \`price\` > 0 AND \`d\` >= @day ORDER BY \`d\``, params: { day: bq.date('2026-01-02') } });
    expect((days as { d: { value: string } }[]).map((row) => row.d.value)).toEqual(['2026-01-02', '2026-01-02']);
    const [nulls] = await bq.query({ query: `SELECT \`n\` FROM ${VALUES} WHERE \`n\` = @none OR \`n\` != @none`, params: { none: null }, types: { none: 'INT64' } });
    expect(nulls).toEqual([]);
  });

  it('takes an unquoted project with dashes and a dataset-only path (the job project)', async () => {
    expect(await names('SELECT COUNT(*) AS n FROM acme-data.misc.`values`')).toEqual([6]);
    expect(await names('SELECT COUNT(*) AS n FROM misc.`values` WHERE `d` = \'2026-01-02\'')).toEqual([2]);
  });

  it('a location the table is not in: 404 notFound', async () => {
    const error = await failure(bq.query({ query: `SELECT \`n\` FROM ${VALUES}`, location: 'EU' }));
    expect([error.code, error.errors?.[0]?.reason, error.message]).toEqual([404, 'notFound', 'Not found: Table acme-data:misc.values was not found in location EU']);
  });

  it('fails the token endpoint and slows replies when told', async () => {
    fake.failNext('backendError', 1, 'token');
    const key = fake.serviceAccount('slow');
    expect(await exchange(fake, signAssertion(key))).toEqual({ status: 500, body: { error: 'internal_failure', error_description: 'Backend Error' } });
    const client = await clientFor(fake, key, NO_RETRY);
    fake.delayNext(300, 1, 'query');
    const started = Date.now();
    await client.query({ query: `SELECT \`n\` FROM ${VALUES} LIMIT 1` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('fake BigQuery paging and polling', () => {
  it('cuts results into pages with pageToken, totalRows the full count', async () => {
    await withFake({ pageRows: 2 }, async (fake, key) => {
      const bq = await clientFor(fake, key);
      const [rows] = await bq.query({ query: `SELECT \`order_id\`, \`line_id\` FROM ${TABLE} ORDER BY \`order_id\`, \`line_id\`` });
      expect(rows).toEqual([
        { order_id: 'A', line_id: null },
        { order_id: 'A', line_id: '1' },
        { order_id: 'A', line_id: '2' },
        { order_id: 'B', line_id: '1' },
        { order_id: 'C', line_id: '1' },
        { order_id: 'D', line_id: '1' },
      ]);
      const calls = fake.requests.filter((entry) => entry.route === 'query' || entry.route === 'getQueryResults');
      expect(calls.map((entry) => [entry.route, entry.query.pageToken === undefined])).toEqual([
        ['query', true],
        ['getQueryResults', false],
        ['getQueryResults', false],
      ]);
      expect(calls[1]?.query).toMatchObject({ location: 'US', 'formatOptions.useInt64Timestamp': 'true' });
      expect(fake.rowsServed).toBe(6);
    });
  });

  it('keeps a job’s result as it was made; maxResults caps a page', async () => {
    await withFake({}, async (fake, key) => {
      const bq = await clientFor(fake, key);
      const query = `SELECT \`order_id\`, \`amount\` FROM ${TABLE} WHERE \`order_id\` >= @from ORDER BY \`order_id\`, COALESCE(\`line_id\`, '')`;
      const [first, next, response] = (await bq.query({ query, params: { from: 'B' }, maxResults: 1 }, { autoPaginate: false })) as unknown as [
        { order_id: string }[],
        { pageToken: string },
        { totalRows: string; jobReference: { jobId: string } },
      ];
      expect([first, response.totalRows]).toEqual([[{ order_id: 'B', amount: expect.anything() as unknown }], '3']);
      fake.upsertRows('acme-data.sales.orders', [{ order_id: 'C', line_id: '1', amount: '99' }]);
      fake.deleteRows('acme-data.sales.orders', (row) => row.order_id === 'D');
      const [rest] = await bq.job(response.jobReference.jobId, { location: 'US' }).getQueryResults({ pageToken: next.pageToken });
      expect((rest as { order_id: string; amount: { toFixed: () => string } | null }[]).map((row) => [row.order_id, row.amount?.toFixed() ?? null])).toEqual([
        ['C', '2'],
        ['D', null],
      ]);
      expect(fake.rows('acme-data.sales.orders').find((row) => row.order_id === 'C')).toMatchObject({ amount: '99', updated_at: null });
      const [now] = await bq.query({ query, params: { from: 'B' } });
      expect((now as { order_id: string }[]).map((row) => row.order_id)).toEqual(['B', 'C']);
    });
  });

  it('answers jobComplete: false to the first polls, then the rows', async () => {
    await withFake({ incompletePolls: 2 }, async (fake, key) => {
      const bq = await clientFor(fake, key);
      const [rows] = await bq.query({ query: `SELECT \`order_id\` FROM ${TABLE} WHERE \`order_id\` = @id ORDER BY COALESCE(\`line_id\`, '')`, params: { id: 'A' } });
      expect(rows).toEqual([{ order_id: 'A' }, { order_id: 'A' }, { order_id: 'A' }]);
      const calls = fake.requests.filter((entry) => entry.route !== 'token');
      expect(calls.map((entry) => entry.route)).toEqual(['query', 'getQueryResults', 'getQueryResults']);
    });
  });
});
