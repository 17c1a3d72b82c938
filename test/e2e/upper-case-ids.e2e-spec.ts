import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CredentialsService } from '../../src/credentials/credentials.service.js';
import { syncJobName } from '../../src/scheduling/sync-scheduler.service.js';
import { ScriptedConnector } from '../fakes/scripted/scripted.connector.js';
import { expectStatus } from '../support/expectations.js';
import { createScripted, FAST_SYNC, SCRIPTED_TOKEN, syncToEnd } from '../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../support/test-database.js';
import { newOrganization } from '../support/tokens.js';

const OLD_RING = `old:${randomBytes(32).toString('base64')}`;
const ROTATED_RING = `new:${randomBytes(32).toString('base64')},${OLD_RING}`;

/**
 * An id spelled in upper case names the same integration, and must behave as the same one
 * everywhere: the credentials it stores stay readable, and the schedule follows it. Its own
 * database, because rotation rewrites every row.
 */
describe('an integration addressed by its id in upper case', () => {
  let database: string;
  let t: TestApp;
  const org = newOrganization('upper');

  beforeAll(async () => {
    database = await createDatabase('tether_upper_ids');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), CREDENTIAL_KEYS: OLD_RING, ...FAST_SYNC }), [ScriptedConnector]);
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(database);
  });

  it('stores credentials readable by checks, syncs and rotation; disable and delete stop its cron job', async () => {
    const admin = t.client(org);
    const id = await createScripted(admin, { records: 4, pageSize: 2 }, { cronExpression: '0 0 3 * * *' });
    const ID = id.toUpperCase();
    expect(ID).not.toBe(id);
    const registry = t.app.get(SchedulerRegistry);
    expect(registry.doesExist('cron', syncJobName(id))).toBe(true);

    const got = await admin.GET('/integrations/{id}', { params: { path: { id: ID } } });
    expectStatus(got, 200);
    expect(got.data?.id).toBe(id);

    const newToken = `${SCRIPTED_TOKEN}-rotated`;
    const replaced = await admin.PUT('/integrations/{id}/credentials', { params: { path: { id: ID } }, body: { credentials: { token: newToken } } });
    expectStatus(replaced, 200);
    expect(replaced.data?.id).toBe(id);

    // The saved credentials decrypt, by either spelling.
    for (const spelling of [ID, id]) {
      const check = await admin.POST('/integrations/{id}/check', { params: { path: { id: spelling } } });
      expectStatus(check, 200);
      expect(check.data).toMatchObject({ ok: true, details: { tokenLength: String(newToken.length) } });
    }
    const session = await syncToEnd(admin, ID);
    expect(session.integrationId).toBe(id);
    expect(session.status).toBe('succeeded');

    // Key rotation reads and rewrites the row like any other.
    const rotated = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), CREDENTIAL_KEYS: ROTATED_RING, ...FAST_SYNC, SYNC_CONCURRENCY: '0' }), [ScriptedConnector]);
    try {
      expect(await rotated.app.get(CredentialsService).reencryptAll()).toEqual({ reencrypted: 1, total: 1, unreadable: [] });
      const check = await rotated.client(org).POST('/integrations/{id}/check', { params: { path: { id: ID } } });
      expect(check.data).toMatchObject({ ok: true });
    } finally {
      await rotated.close();
    }

    const disabled = await admin.PATCH('/integrations/{id}', { params: { path: { id: ID } }, body: { enabled: false } });
    expectStatus(disabled, 200);
    expect(registry.doesExist('cron', syncJobName(id))).toBe(false);
    const enabled = await admin.PATCH('/integrations/{id}', { params: { path: { id: ID } }, body: { enabled: true } });
    expectStatus(enabled, 200);
    expect(registry.doesExist('cron', syncJobName(id))).toBe(true);

    const deleted = await admin.DELETE('/integrations/{id}', { params: { path: { id: ID } } });
    expectStatus(deleted, 204);
    expect(registry.doesExist('cron', syncJobName(id))).toBe(false);
    expectStatus(await admin.GET('/integrations/{id}', { params: { path: { id } } }), 404);
  });

  it('canonicalises ids in bodies and queries too (mappings, filters)', async () => {
    const admin = t.client(org);
    const id = await createScripted(admin);
    const sku = await admin.POST('/skus', { body: { code: `UP-${randomBytes(3).toString('hex')}`, name: 'Upper' } });
    expectStatus(sku, 201);
    const skuId = sku.data?.id ?? '';
    const mapped = await admin.POST('/sku-mappings', { body: { integrationId: id.toUpperCase(), externalId: 'variant-up', skuId: skuId.toUpperCase() } });
    expectStatus(mapped, 201);
    expect(mapped.data).toMatchObject({ integrationId: id, skuId });
    const listed = await admin.GET('/sku-mappings', { params: { query: { integrationId: id.toUpperCase(), skuId: skuId.toUpperCase() } } });
    expect(listed.data?.items.map((m) => m.externalId)).toEqual(['variant-up']);
    const removed = await admin.DELETE('/sku-mappings/{integrationId}/{externalId}', { params: { path: { integrationId: id.toUpperCase(), externalId: 'variant-up' } } });
    expectStatus(removed, 204);
  });
});
