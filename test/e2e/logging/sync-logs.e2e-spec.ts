import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import { apiClient } from '../../support/api-client.js';
import { expectStatus, UUID } from '../../support/expectations.js';
import { JsonLogLines } from '../../support/json-log-lines.js';
import { FAST_SYNC, type SessionDetail, syncToEnd } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

/**
 * The service's own log lines (pino, as in production) over a full Shopify sync through
 * faults, then one refused for a revoked token: every line JSON, requests with their
 * correlation id and bounded route, a line per sync transition, and the canary access
 * token (nor the caller's bearer token) in none.
 */

const CANARY = `shpat_cnry${randomBytes(12).toString('hex')}yrnc`;
const CORRELATION_ID = `logs-${randomBytes(6).toString('hex')}`;

type LogRecord = Record<string, unknown> & { req?: { id?: unknown; method?: unknown }; res?: { statusCode?: unknown } };

describe('structured JSON logs of a full Shopify sync with faults', () => {
  let database = '';
  let t: TestApp;
  let shop: FakeShopify;
  let logs: JsonLogLines;
  const organization = newOrganization('jsonlogs');
  let integrationId = '';
  let succeeded: SessionDetail;
  let failed: SessionDetail;

  beforeAll(async () => {
    database = await createDatabase('tether_logs');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, OUTBOUND_ALLOW_LOOPBACK: 'true', LOG_LEVEL: 'debug' }), [], {}, 'json');
    if (!(t.logger instanceof JsonLogLines)) throw new Error('the app logs through pino');
    logs = t.logger;
    shop = await startFakeShopify({
      orders: 60, variants: 10, linesPerOrder: 2, seed: 11, bucketSize: 2000, restoreRate: 1000, accessToken: CANARY,
      // Orders from yesterday on: paged reads (many requests for the faults to hit), not one bulk export.
      startDate: new Date(Date.now() - 86_400_000).toISOString(),
      fiveHundredRate: 0.2, throttleRate: 0.1, tooManyRequestsRate: 0.05, retryAfterSeconds: 0, slowRate: 0.05, slowMs: 200,
    });
    shop.malformNext();
    const admin = t.client(organization, 'admin');
    const created = await admin.POST('/integrations', {
      body: { name: 'Logged shop', externalService: 'shopify', capabilities: ['channels', 'products', 'sales_orders'], credentials: { storeDomain: `http://${shop.shopDomain}`, accessToken: CANARY } },
    });
    expectStatus(created, 201);
    integrationId = (created.data as { id: string }).id;
    succeeded = await syncToEnd(admin, integrationId);
    shop.revokeToken();
    failed = await syncToEnd(admin, integrationId, { capabilities: ['products'] });
    // A request naming its own correlation id.
    const response = await fetch(`${t.baseUrl}/integrations/${integrationId}`, {
      headers: { authorization: `Bearer ${tokenFor(organization, 'admin')}`, 'x-request-id': CORRELATION_ID },
    });
    expect(response.status).toBe(200);
    expectStatus(await apiClient(t.baseUrl).GET('/integrations/{id}', { params: { path: { id: integrationId } } }), 401);
    expect((await fetch(`${t.baseUrl}/no-such-route/${integrationId}`)).status).toBe(404);
    // A component that misbehaves quotes the token, in a message and under a name no redact path knows.
    new Logger('Misbehaving').warn(`calling the store with ${CANARY}`);
    new Logger('Misbehaving').warn({ msg: 'sent headers', sent: { 'x-shopify-access-token': CANARY } });
    // The request line is written once the response is sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }, 120_000);

  afterAll(async () => {
    await shop.close();
    await t.close();
    await dropDatabase(database);
  });

  const records = (): LogRecord[] => logs.records();
  const requestLines = (): LogRecord[] => records().filter((r) => typeof r.route === 'string' && r.res !== undefined);

  it('ran the sync through the faults, and the revoked token failed the next', () => {
    expect(succeeded.status).toBe('succeeded');
    expect(failed.status).toBe('failed');
    expect(shop.stats().serverErrors).toBeGreaterThan(0);
    expect(shop.stats().malformed).toBe(1);
  });

  it('writes every line as one JSON object with a level, a time and a message', () => {
    expect(logs.lines.length).toBeGreaterThan(20);
    for (const record of records()) {
      expect(record).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
    }
  });

  it('writes one line per request: method, matched route, status, duration, correlation id', () => {
    const lines = requestLines();
    const mine = lines.filter((r) => r.req?.id === CORRELATION_ID);
    expect(mine).toEqual([
      expect.objectContaining({ req: { id: CORRELATION_ID, method: 'GET' }, route: '/integrations/:id', res: { statusCode: 200 }, durationMs: expect.any(Number), msg: 'GET /integrations/:id 200' }),
    ]);
    // Every request has a line, each with its own generated id otherwise.
    const triggers = lines.filter((r) => r.route === '/integrations/:id/sync');
    expect(triggers).toHaveLength(2);
    for (const line of triggers) expect(line).toMatchObject({ req: { id: expect.stringMatching(UUID), method: 'POST' }, res: { statusCode: 202 } });
    // The sessions those requests caused log under the same id.
    const sessionLines = (session: SessionDetail) => records().filter((r) => r.context === 'Sync' && r.sessionId === session.id);
    triggers.forEach((line, i) => {
      const lines = sessionLines([succeeded, failed][i] as SessionDetail);
      expect(lines.length).toBeGreaterThan(2);
      expect(new Set(lines.map((r) => r.correlationId))).toEqual(new Set([line.req?.id]));
    });
    expect(lines.find((r) => r.res?.statusCode === 401)).toMatchObject({ route: '/integrations/:id', level: 40 });
    // Routes are the bounded templates, never the URL with its ids.
    const routes = new Set(lines.map((r) => r.route));
    expect([...routes].filter((route) => /[0-9a-f]{8}-/.test(String(route)))).toEqual([]);
    expect(routes).toEqual(new Set(['/integrations', '/integrations/:id', '/integrations/:id/sync', '/sync-sessions/:id', '(no route)']));
    expect(lines.find((r) => r.route === '(no route)')).toMatchObject({ req: { method: 'GET' }, res: { statusCode: 404 } });
  });

  it('writes a line per session and execution transition, with ids, status and counts', () => {
    const sync = records().filter((r) => r.context === 'Sync');
    const of = (session: SessionDetail, event: string) => sync.filter((r) => r.sessionId === session.id && r.event === event);
    const common = { integrationId, organizationId: organization, service: 'shopify', trigger: 'manual', dryRun: false };
    expect(of(succeeded, 'sync.session.started')).toEqual([expect.objectContaining({ ...common, level: 30, workerId: expect.any(String) })]);
    expect(of(succeeded, 'sync.session.finished')).toEqual([expect.objectContaining({ ...common, status: 'succeeded', durationMs: expect.any(Number), reaped: false })]);
    expect(of(succeeded, 'sync.execution.started')).toHaveLength(3);
    for (const execution of succeeded.executions) {
      const [finished, ...more] = of(succeeded, 'sync.execution.finished').filter((r) => r.executionId === execution.id);
      expect(more).toEqual([]);
      expect(finished).toMatchObject({
        ...common,
        capability: execution.capability,
        status: 'succeeded',
        fetched: execution.recordsFetched,
        created: execution.created,
        updated: execution.updated,
        unchanged: execution.unchanged,
        skipped: execution.skipped,
        attempts: execution.attempts,
        durationMs: expect.any(Number),
      });
    }
    expect(of(succeeded, 'sync.execution.page').length).toBeGreaterThan(0);
    expect(of(failed, 'sync.execution.finished')).toEqual([
      expect.objectContaining({ capability: 'products', status: 'failed', level: 40, error: expect.objectContaining({ kind: 'auth', retryable: false }) }),
    ]);
    expect(of(failed, 'sync.session.finished')).toEqual([expect.objectContaining({ status: 'failed', level: 40 })]);
  });

  it('has the canary access token, or the bearer token, in no line', () => {
    const token = tokenFor(organization, 'admin');
    const pieces = [CANARY, CANARY.slice(4, 20), CANARY.slice(-16), 'cnry', 'yrnc', Buffer.from(CANARY).toString('base64').slice(4, -4), token, token.split('.')[2] ?? token];
    const leaks = logs.lines.flatMap((line) => pieces.filter((piece) => line.includes(piece)).map((piece) => `${piece} in ${line.slice(0, 200)}`));
    expect(leaks).toEqual([]);
    // The store accepted only this token, so the sync that succeeded carried it.
    // The misbehaving lines were written, with the token cut out.
    const misbehaving = records().filter((r) => r.context === 'Misbehaving');
    expect(misbehaving).toEqual([
      expect.objectContaining({ msg: 'calling the store with [redacted]' }),
      expect.objectContaining({ msg: 'sent headers', sent: { 'x-shopify-access-token': '[redacted]' } }),
    ]);
    expect(logs.lines.some((line) => /authorization/i.test(line))).toBe(false);
  });

  it('keeps credentials typed into a connection check out of the lines written while it runs', async () => {
    const typed = `shpat_chck${randomBytes(12).toString('hex')}kchc`;
    // A store that, while it answers the check, has a component quote the token the check sent.
    const store = createServer((request, response) => {
      new Logger('Misbehaving').warn(`checking with ${String(request.headers['x-shopify-access-token'])}`);
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }));
    });
    await new Promise<void>((resolve) => store.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = store.address() as AddressInfo;
      const check = await t.client(organization, 'admin').POST('/external-services/{key}/check', {
        params: { path: { key: 'shopify' } },
        body: { credentials: { storeDomain: `http://127.0.0.1:${port}`, accessToken: typed } },
      });
      expectStatus(check, 200);
      expect(check.data).toMatchObject({ ok: false, error: { kind: 'auth' } });
    } finally {
      await new Promise((resolve) => store.close(resolve));
    }
    expect(records().filter((r) => r.context === 'Misbehaving' && String(r.msg).startsWith('checking'))).toEqual([
      expect.objectContaining({ msg: 'checking with [redacted]' }),
    ]);
    expect(logs.lines.filter((line) => line.includes(typed) || line.includes(typed.slice(4, 20)))).toEqual([]);
  });
});
