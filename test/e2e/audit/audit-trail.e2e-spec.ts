import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { components, operations } from '../../../openapi/schema.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import { apiClient, type ApiClient } from '../../support/api-client.js';
import { createChannel, createSku } from '../../support/catalog-fixtures.js';
import { expectError, expectStatus, expectValidationError, ISO_INSTANT, UUID } from '../../support/expectations.js';
import { createScripted, FAST_SYNC, SCRIPTED_TOKEN, waitForSession } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization, tokenFor } from '../../support/tokens.js';

type AuditEvent = components['schemas']['AuditEventDto'];
type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;

/** For values the generated types forbid: the client sends them as given. */
const unchecked = (value: unknown): never => value as never;

const REPLACED_TOKEN = 'replaced-token-canary-7c2e';

describe('audit trail', () => {
  let database: string;
  let t: TestApp;
  const org = newOrganization('audit');
  let admin: ApiClient;
  /** Each action's request id, by the action it should be recorded as (in the order performed). */
  const sent: { action: string; requestId: string }[] = [];
  let integrationId: string;
  let events: AuditEvent[];

  /** A request id for the next call, remembered with the action it should produce. */
  const as = (action: string): { headers: Record<string, string> } => {
    const requestId = `audit-${action}-${randomUUID()}`;
    sent.push({ action, requestId });
    return { headers: { 'x-request-id': requestId } };
  };

  const list = async (client: ApiClient, query: AuditQuery): Promise<{ items: AuditEvent[]; total: number; limit: number; offset: number }> => {
    const result = await client.GET('/audit-events', { params: { query } });
    expectStatus(result, 200);
    return result.data as { items: AuditEvent[]; total: number; limit: number; offset: number };
  };
  const eventOf = (action: string): AuditEvent => {
    const found = events.filter((e) => e.action === action);
    expect({ action, count: found.length }).toEqual({ action, count: 1 });
    return found[0] as AuditEvent;
  };

  beforeAll(async () => {
    // Its own database: the worker here runs the scripted connector's sessions, and no other suite's.
    database = await createDatabase('tether_audit');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC }), [ScriptedConnector]);
    admin = t.client(org, 'admin');

    // Every action an admin can take on an integration, through the API, each with its own request id.
    const created = await admin.POST('/integrations', {
      body: {
        name: 'Audited store',
        externalService: 'scripted',
        capabilities: ['products', 'channels'],
        credentials: { token: SCRIPTED_TOKEN },
        settings: { records: 1000, pageSize: 1, pageDelayMs: 50 },
      },
      ...as('integration.created'),
    });
    expectStatus(created, 201);
    integrationId = (created.data as { id: string }).id;
    const path = { params: { path: { id: integrationId } } };

    expectStatus(await admin.PATCH('/integrations/{id}', { ...path, body: { name: 'Audited store EU', dryRun: true }, ...as('integration.updated') }), 200);
    expectStatus(await admin.PATCH('/integrations/{id}', { ...path, body: { enabled: false }, ...as('integration.disabled') }), 200);
    expectStatus(await admin.PATCH('/integrations/{id}', { ...path, body: { enabled: true }, ...as('integration.enabled') }), 200);
    // An edit that changes nothing is no event.
    expectStatus(await admin.PATCH('/integrations/{id}', { ...path, body: { name: 'Audited store EU' } }), 200);

    const triggered = await admin.POST('/integrations/{id}/sync', { ...path, body: { dryRun: false, capabilities: ['products'] }, ...as('sync.triggered') });
    expectStatus(triggered, 202);
    const sessionId = (triggered.data as { id: string }).id;
    expectStatus(await admin.POST('/sync-sessions/{id}/cancel', { params: { path: { id: sessionId } }, ...as('sync.cancelled') }), 202);
    await waitForSession(admin, sessionId);
    expectStatus(await admin.POST('/integrations/{id}/reset-sync-state', { ...path, body: {}, ...as('sync_state.reset') }), 200);

    const [sku, otherSku, channel] = [await createSku(admin, 'AUD-1'), await createSku(admin, 'AUD-2'), await createChannel(admin, 'aud-web')];
    // External ids the cancelled sync never wrote (it maps variant-N itself).
    const skuBody = { integrationId, externalId: 'audit-variant' };
    expectStatus(await admin.POST('/sku-mappings', { body: { ...skuBody, skuId: sku.id }, ...as('sku_mapping.created') }), 201);
    // Mapped again to the same SKU: nothing changed, no event.
    expectStatus(await admin.POST('/sku-mappings', { body: { ...skuBody, skuId: sku.id } }), 201);
    expectStatus(await admin.POST('/sku-mappings', { body: { ...skuBody, skuId: otherSku.id }, ...as('sku_mapping.updated') }), 201);
    const skuKey = { params: { path: { integrationId, externalId: 'audit-variant' } } };
    expectStatus(await admin.DELETE('/sku-mappings/{integrationId}/{externalId}', { ...skuKey, ...as('sku_mapping.deleted') }), 204);
    const channelBody = { integrationId, externalId: 'audit-store', channelId: channel.id };
    expectStatus(await admin.POST('/channel-mappings', { body: channelBody, ...as('channel_mapping.created') }), 201);
    const channelKey = { params: { path: { integrationId, externalId: 'audit-store' } } };
    expectStatus(await admin.DELETE('/channel-mappings/{integrationId}/{externalId}', { ...channelKey, ...as('channel_mapping.deleted') }), 204);
    expectStatus(await admin.PUT('/integrations/{id}/default-channel', { ...path, body: { channelId: channel.id }, ...as('default_channel.set') }), 200);
    expectStatus(await admin.DELETE('/integrations/{id}/default-channel', { ...path, ...as('default_channel.cleared') }), 204);

    const replaced = await admin.PUT('/integrations/{id}/credentials', { ...path, body: { credentials: { token: REPLACED_TOKEN } }, ...as('integration.credentials_replaced') });
    expectStatus(replaced, 200);
    expectStatus(await admin.DELETE('/integrations/{id}', { ...path, ...as('integration.deleted') }), 204);

    events = (await list(admin, { targetType: 'integration', targetId: integrationId, limit: 100 })).items;
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  it('records each action once, newest first, with actor, organization, target and the request id sent — after the integration is deleted too', () => {
    expect(events.map((e) => e.action)).toEqual(sent.map((s) => s.action).reverse());
    for (const { action, requestId } of sent) {
      expect(eventOf(action)).toEqual({
        id: expect.stringMatching(UUID),
        occurredAt: expect.stringMatching(ISO_INSTANT),
        organizationId: org,
        actor: `user:${org}:admin`,
        action,
        target: { type: 'integration', id: integrationId, label: action === 'integration.created' ? 'Audited store' : 'Audited store EU' },
        changes: action === 'integration.credentials_replaced' ? null : expect.any(Object),
        correlationId: requestId,
      });
    }
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('says what changed: before and after for an edit, the configuration at creation and deletion, the details of syncs and mappings', () => {
    expect(eventOf('integration.created').changes?.after).toMatchObject({
      name: 'Audited store',
      externalService: 'scripted',
      capabilities: ['products', 'channels'],
      settings: { records: 1000, pageSize: 1, pageDelayMs: 50 },
      enabled: true,
      dryRun: false,
    });
    expect(eventOf('integration.updated').changes).toEqual({
      before: { name: 'Audited store', dryRun: false },
      after: { name: 'Audited store EU', dryRun: true },
    });
    expect(eventOf('integration.disabled').changes).toEqual({ before: { enabled: true }, after: { enabled: false } });
    expect(eventOf('integration.enabled').changes).toEqual({ before: { enabled: false }, after: { enabled: true } });
    expect(eventOf('sync.triggered').changes?.after).toEqual({ sessionId: expect.stringMatching(UUID), capabilities: ['products'], dryRun: false });
    expect(eventOf('sync.cancelled').changes?.after).toMatchObject({ sessionId: eventOf('sync.triggered').changes?.after?.sessionId });
    expect(eventOf('sync_state.reset').changes?.after).toEqual({ capabilities: null, cleared: expect.any(Array) });
    expect(eventOf('sku_mapping.created').changes).toEqual({ after: { externalId: 'audit-variant', skuId: expect.stringMatching(UUID) } });
    const moved = eventOf('sku_mapping.updated').changes;
    expect(moved?.before?.skuId).toBe(eventOf('sku_mapping.created').changes?.after?.skuId);
    expect(moved?.after?.skuId).not.toBe(moved?.before?.skuId);
    expect(eventOf('sku_mapping.deleted').changes).toEqual({ before: moved?.after });
    expect(eventOf('channel_mapping.deleted').changes).toEqual({ before: eventOf('channel_mapping.created').changes?.after });
    expect(eventOf('default_channel.cleared').changes).toEqual({ before: eventOf('default_channel.set').changes?.after });
    expect(eventOf('integration.deleted').changes?.before).toMatchObject({ name: 'Audited store EU', enabled: true, dryRun: true });
  });

  it('holds no credential value anywhere, in the API or the table', async () => {
    const rows: unknown[] = await t.dataSource.query('SELECT * FROM audit_events WHERE organization_id = $1', [org]);
    expect(rows).toHaveLength(sent.length);
    for (const text of [JSON.stringify(events), JSON.stringify(rows)]) {
      expect(text).not.toContain(SCRIPTED_TOKEN);
      expect(text).not.toContain(REPLACED_TOKEN);
      expect(text).not.toContain('"token"');
    }
  });

  it('is for admins only: a viewer gets 403', async () => {
    const result = await t.client(org, 'viewer').GET('/audit-events');
    expect(expectError(result, 403).message).toBe('This action requires the admin role');
  });

  it('shows each organization only its own events', async () => {
    const other = t.client(newOrganization('audit-other'), 'admin');
    const foreign = await createScripted(other, {}, { name: 'Other store' });
    expect((await list(other, { targetId: integrationId })).total).toBe(0);
    const theirs = await list(other, {});
    expect(theirs.items.map((e) => [e.action, e.target.id])).toEqual([['integration.created', foreign]]);
    expect((await list(admin, { targetId: foreign })).total).toBe(0);
  });

  it('filters by actor, action, target and time', async () => {
    const second = apiClient(t.baseUrl, tokenFor(org, 'admin', { subject: 'second-admin' }));
    const secondId = await createScripted(second, {}, { name: 'Second admin store' });

    const bySecond = await list(admin, { actor: 'second-admin' });
    expect(bySecond.items.map((e) => [e.action, e.actor, e.target.id])).toEqual([['integration.created', 'second-admin', secondId]]);
    const created = await list(admin, { action: 'integration.created' });
    expect(created.items.map((e) => e.target.id)).toEqual([secondId, integrationId]);
    expect((await list(admin, { targetId: secondId })).total).toBe(1);

    const first = eventOf('integration.created').occurredAt;
    const last = eventOf('integration.deleted').occurredAt;
    const within = await list(admin, { targetId: integrationId, from: first, to: last, limit: 100 });
    expect(within.total).toBe(sent.length);
    const afterUpdate = await list(admin, { targetId: integrationId, from: eventOf('integration.updated').occurredAt, to: eventOf('integration.enabled').occurredAt });
    expect(afterUpdate.items.map((e) => e.action)).toEqual(['integration.enabled', 'integration.disabled', 'integration.updated']);
    expect((await list(admin, { to: '2000-01-01' })).total).toBe(0);
  });

  it('pages newest first with a total, every event on exactly one page', async () => {
    const pages = [0, 5, 10, 15].map((offset) => list(admin, { targetId: integrationId, limit: 5, offset }));
    const results = await Promise.all(pages);
    for (const page of results) expect({ total: page.total, limit: page.limit }).toEqual({ total: sent.length, limit: 5 });
    expect(results.flatMap((page) => page.items.map((e) => e.id))).toEqual(events.map((e) => e.id));
    expect(results[0]?.offset).toBe(0);
    expect(results[1]?.items[0]?.id).toBe(events[5]?.id);
  });

  it('answers 400 naming the field for a bad filter', async () => {
    const bad = (query: Record<string, unknown>) => admin.GET('/audit-events', { params: { query: unchecked(query) } });
    expectValidationError(await bad({ targetType: 'sku' }), 'targetType', 'isIn');
    expectValidationError(await bad({ targetId: 'not-a-uuid' }), 'targetId', 'isUuid');
    expectValidationError(await bad({ action: 'integration.renamed' }), 'action', 'isIn');
    expectValidationError(await bad({ actor: 'x'.repeat(256) }), 'actor', 'maxLength');
    expectValidationError(await bad({ from: 'yesterday' }), 'from', 'isInstant');
    expectValidationError(await bad({ from: '2026-11-02', to: '2026-11-01' }), 'to', 'notBefore');
    expectValidationError(await bad({ limit: 0 }), 'limit', 'min');
  });
});
