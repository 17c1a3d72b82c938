import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { components } from '../../../openapi/schema.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectError, expectStatus, expectValidationError, UUID } from '../../support/expectations.js';
import { createScripted, FAST_SYNC, SCRIPTED_TOKEN, syncToEnd } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { testResolver } from '../../support/test-resolver.js';
import { newOrganization } from '../../support/tokens.js';
import { eventually, FAST_WEBHOOKS, verifySignature, WebhookReceiver } from '../../support/webhook-receiver.js';

type Delivery = components['schemas']['WebhookDeliveryDto'];

const FAILING = { records: 2, pageSize: 1, failAtPage: 0, failTimes: 0 };

describe('failure alerts by signed webhook', () => {
  let database: string;
  let t: TestApp;
  let admin: ApiClient;
  let endpointId: string;
  const org = newOrganization('hooks');
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    database = await createDatabase('tether_webhooks');
    const { resolver } = testResolver({ 'hooks.example.com': ['93.184.216.34'], 'intranet.example.com': ['10.0.0.5'] });
    t = await startTestApp(
      testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, ...FAST_WEBHOOKS, OUTBOUND_ALLOW_LOOPBACK: 'true' }),
      [ScriptedConnector],
      { outboundResolver: resolver },
    );
    admin = t.client(org, 'admin');
    await receiver.start();
  });

  afterAll(async () => {
    await receiver.stop();
    await t.close();
    await dropDatabase(database);
  });

  const deliveries = async (id: string): Promise<Delivery[]> => {
    const result = await admin.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id }, query: { limit: 100 } } });
    expectStatus(result, 200);
    return (result.data as { items: Delivery[] }).items;
  };

  it('creates an endpoint with its secret shown once, and refuses destinations the outbound policy refuses, naming url', async () => {
    const created = await admin.POST('/webhook-endpoints', { body: { url: receiver.url, description: 'test receiver' } });
    expectStatus(created, 201);
    const body = created.data as components['schemas']['CreatedWebhookEndpointDto'];
    expect(body.id).toMatch(UUID);
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(body.eventTypes).toEqual(['sync.failed', 'sync.recovered', 'integration.auto_disable_warning', 'integration.auto_disabled', 'credentials.invalid']);
    endpointId = body.id;
    receiver.secret = body.secret;

    const read = await admin.GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } });
    expectStatus(read, 200);
    expect(JSON.stringify(read.data)).not.toContain(body.secret);
    const listed = await t.client(org, 'viewer').GET('/webhook-endpoints');
    expectStatus(listed, 200);
    expect(JSON.stringify(listed.data)).not.toContain(body.secret);
    // The database holds ciphertext only.
    const rows = await t.dataSource.query<{ row: string }[]>(`SELECT row_to_json(e)::text AS row FROM webhook_endpoints e WHERE id = $1`, [endpointId]);
    expect(rows[0]?.row).not.toContain(body.secret.slice(6));

    for (const url of ['http://hooks.example.com/x', 'ftp://hooks.example.com/x', 'https://10.0.0.1/x', 'https://intranet.example.com/x', 'https://user:pw@hooks.example.com/', 'not a url']) {
      expectValidationError(await admin.POST('/webhook-endpoints', { body: { url } }), 'url', 'outboundPolicy');
    }
    expectValidationError(await admin.PATCH('/webhook-endpoints/{id}', { params: { path: { id: endpointId } }, body: { url: 'https://169.254.169.254/' } }), 'url', 'outboundPolicy');
    expectStatus(await admin.POST('/webhook-endpoints', { body: { url: 'https://hooks.example.com/tether', eventTypes: ['sync.failed'] } }), 201);
    expectValidationError(await admin.POST('/webhook-endpoints', { body: { url: receiver.url, eventTypes: ['sync.exploded' as 'sync.failed'] } }), 'eventTypes', 'isIn');
    expectValidationError(await admin.POST('/webhook-endpoints', { body: { url: receiver.url, eventTypes: [] } }), 'eventTypes', 'arrayNotEmpty');
    expectError(await t.client(org, 'viewer').POST('/webhook-endpoints', { body: { url: receiver.url } }), 403);
    expectError(await t.client(newOrganization('other')).GET('/webhook-endpoints/{id}', { params: { path: { id: endpointId } } }), 404);
    expectValidationError(await admin.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: 'nope' } } }), 'id', 'isUuid');
  });

  it('sends sync.failed once with a valid signature, credentials.invalid for an auth failure, and sync.recovered on the next success', async () => {
    const id = await createScripted(admin, FAILING, { capabilities: ['products'] });
    expect((await syncToEnd(admin, id)).status).toBe('failed');
    await eventually(() => receiver.of('sync.failed', id).length === 1, 10_000, 'sync.failed delivered');
    const [failed] = receiver.of('sync.failed', id);
    expect(failed?.headers['x-tether-event']).toBe('sync.failed');
    expect(failed?.headers['x-tether-delivery']).toMatch(UUID);
    expect(failed?.headers['x-tether-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(failed?.payload).toMatchObject({ type: 'sync.failed', organizationId: org, data: { integrationId: id, trigger: 'manual', status: 'failed', errorKinds: ['transient'] } });
    expect(failed?.body).not.toContain(SCRIPTED_TOKEN);
    expect(receiver.of('credentials.invalid', id)).toEqual([]);

    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { ...FAILING, failKind: 'auth' } } }), 200);
    expect((await syncToEnd(admin, id)).status).toBe('failed');
    await eventually(() => receiver.of('credentials.invalid', id).length === 1 && receiver.of('sync.failed', id).length === 2, 10_000, 'auth failure delivered');
    expect(receiver.of('credentials.invalid', id)[0]?.payload.data).toMatchObject({ errorKinds: ['auth'] });

    expect(receiver.of('sync.recovered', id)).toEqual([]);
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { records: 2, pageSize: 1 } } }), 200);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    await eventually(() => receiver.of('sync.recovered', id).length === 1, 10_000, 'sync.recovered delivered');
    // A second success is no recovery.
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(receiver.of('sync.recovered', id)).toHaveLength(1);
    expect(receiver.refused).toEqual([]);

    const log = (await deliveries(endpointId)).filter((d) => d.payload.data !== undefined && (d.payload.data as { integrationId?: string }).integrationId === id);
    expect(log.map((d) => d.eventType).sort()).toEqual(['credentials.invalid', 'sync.failed', 'sync.failed', 'sync.recovered']);
    for (const d of log) {
      expect(d).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
      expect(d.lastLatencyMs).toBeGreaterThanOrEqual(0);
    }
    // Every delivery landed once: no delivery id twice.
    const ids = receiver.accepted.map((d) => d.headers['x-tether-delivery']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('retries while the receiver is down and delivers once it is back', async () => {
    const id = await createScripted(admin, FAILING, { capabilities: ['products'] });
    await receiver.stop();
    try {
      expect((await syncToEnd(admin, id)).status).toBe('failed');
      let pending: Delivery | undefined;
      await eventually(async () => {
        pending = (await deliveries(endpointId)).find((d) => (d.payload.data as { integrationId?: string }).integrationId === id);
        return pending !== undefined && pending.attempts >= 2;
      }, 10_000, 'two failed attempts');
      expect(pending).toMatchObject({ status: 'pending', lastStatusCode: null, deliveredAt: null });
      expect(pending?.lastError).toMatch(/ECONNREFUSED/);
      expect(pending?.nextAttemptAt).not.toBeNull();
    } finally {
      await receiver.start();
    }
    await eventually(() => receiver.of('sync.failed', id).length === 1, 15_000, 'delivered after the receiver came back');
    await eventually(async () => (await deliveries(endpointId)).some((d) => (d.payload.data as { integrationId?: string }).integrationId === id && d.status === 'delivered'));
    const [delivered] = (await deliveries(endpointId)).filter((d) => (d.payload.data as { integrationId?: string }).integrationId === id);
    expect(delivered?.attempts).toBeGreaterThanOrEqual(3);
    expect(delivered?.lastStatusCode).toBe(204);
    expect(receiver.of('sync.failed', id)).toHaveLength(1);
  });

  it('signs the timestamp: a delivery re-sent later is rejected by the receiver as a replay, a tampered one at once', async () => {
    const [original] = receiver.accepted;
    if (original === undefined) throw new Error('no delivery received yet');
    const signature = original.headers['x-tether-signature'] as string;
    const sentAt = Number(/t=(\d+)/.exec(signature)?.[1]) * 1000;
    expect(verifySignature(receiver.secret, signature, original.body, sentAt)).toBe(true);
    expect(verifySignature(receiver.secret, signature, original.body.replace('failed', 'succeeded'), sentAt)).toBe(false);
    expect(verifySignature('whsec_another', signature, original.body, sentAt)).toBe(false);

    // An attacker replays the captured request six minutes later.
    receiver.clockOffsetMs = 6 * 60_000;
    try {
      const replay = await fetch(receiver.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tether-signature': signature, 'x-tether-event': String(original.headers['x-tether-event']) },
        body: original.body,
      });
      expect(replay.status).toBe(400);
      expect(receiver.refused).toHaveLength(1);
    } finally {
      receiver.clockOffsetMs = 0;
    }
  });

  it('queues nothing for a disabled or unsubscribed endpoint, and deletes an endpoint with its log', async () => {
    const other = newOrganization('quiet');
    const client = t.client(other, 'admin');
    const created = await client.POST('/webhook-endpoints', { body: { url: receiver.url, eventTypes: ['sync.recovered'] } });
    expectStatus(created, 201);
    const quietId = (created.data as { id: string }).id;
    const id = await createScripted(client, FAILING, { capabilities: ['products'] });
    expect((await syncToEnd(client, id)).status).toBe('failed');
    expectStatus(await client.PATCH('/webhook-endpoints/{id}', { params: { path: { id: quietId } }, body: { enabled: false, eventTypes: ['sync.failed'] } }), 200);
    expect((await syncToEnd(client, id)).status).toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const log = await client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id: quietId } } });
    expectStatus(log, 200);
    expect((log.data as { total: number }).total).toBe(0);
    expect(receiver.of('sync.failed', id)).toEqual([]);
    expectStatus(await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: quietId } } }), 204);
    expectError(await client.GET('/webhook-endpoints/{id}', { params: { path: { id: quietId } } }), 404);
    expectError(await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id: quietId } } }), 404);
  });
});
