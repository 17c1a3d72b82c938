import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ScriptedConnector } from '../fakes/scripted/scripted.connector.js';
import { expectStatus } from '../support/expectations.js';
import { createScripted, FAST_SYNC, syncToEnd } from '../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testConfig } from '../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../support/test-database.js';
import { newOrganization } from '../support/tokens.js';

const RETIRED_MATERIAL = randomBytes(32).toString('base64');
const RETIRED_RING = `retired:${RETIRED_MATERIAL}`;
const CURRENT_RING = `current:${randomBytes(32).toString('base64')}`;

/** Credentials the service can no longer decrypt: a clear `config` reason, never a 500. */
describe('stored credentials that cannot be decrypted', () => {
  let database: string;
  let before: TestApp;
  let after: TestApp;
  const org = newOrganization('unreadable');
  let underRetiredKey: string;
  let damaged: string;

  const config = (ring: string) => testConfig({ DATABASE_URL: databaseUrl(database), CREDENTIAL_KEYS: ring, ...FAST_SYNC });

  beforeAll(async () => {
    database = await createDatabase('tether_unreadable');
    before = await startTestApp(config(RETIRED_RING), [ScriptedConnector]);
    underRetiredKey = await createScripted(before.client(org), { records: 2 });
    await before.close();
    // The operator dropped the key these were encrypted under.
    after = await startTestApp(config(CURRENT_RING), [ScriptedConnector]);
    damaged = await createScripted(after.client(org), { records: 2 });
    await after.dataSource.query(`UPDATE integration_credentials SET ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) WHERE integration_id = $1`, [damaged]);
  });
  afterAll(async () => {
    await after.close();
    await dropDatabase(database);
  });

  it('fails every execution of a sync as kind config, naming the missing key id (and no secret)', async () => {
    const session = await syncToEnd(after.client(org), underRetiredKey);
    expect(session.status).toBe('failed');
    expect(session.executions).toHaveLength(3);
    for (const execution of session.executions) {
      expect(execution).toMatchObject({ status: 'failed', recordsFetched: 0 });
      expect(execution.error).toEqual({
        kind: 'config',
        retryable: false,
        message: 'the stored credentials are encrypted under key "retired", which is not in CREDENTIAL_KEYS: put that key back in CREDENTIAL_KEYS or replace the credentials',
      });
    }
    expect(JSON.stringify(session)).not.toContain(RETIRED_MATERIAL);
    const listed = await after.client(org).GET('/integrations/{id}', { params: { path: { id: underRetiredKey } } });
    expect(listed.data?.lastSync).toMatchObject({ sessionId: session.id, status: 'failed' });
  });

  it('answers the connection check with the same reason', async () => {
    const check = await after.client(org).POST('/integrations/{id}/check', { params: { path: { id: underRetiredKey } } });
    expectStatus(check, 200);
    expect(check.data).toMatchObject({ ok: false, error: { kind: 'config', retryable: false, message: expect.stringContaining('key "retired", which is not in CREDENTIAL_KEYS') } });
  });

  it('says a damaged row cannot be decrypted, on sync and on check', async () => {
    const session = await syncToEnd(after.client(org), damaged);
    expect(session.executions.map((e) => e.error?.message)).toEqual(
      Array(3).fill('the stored credentials (key "current") cannot be decrypted: replace the credentials'),
    );
    const check = await after.client(org).POST('/integrations/{id}/check', { params: { path: { id: damaged } } });
    expect(check.data).toMatchObject({ ok: false, error: { kind: 'config' } });
  });

  it('works again once the credentials are replaced', async () => {
    const replaced = await after.client(org).PUT('/integrations/{id}/credentials', {
      params: { path: { id: underRetiredKey } },
      body: { credentials: { token: 'a-new-token-after-the-key-was-dropped' } },
    });
    expectStatus(replaced, 200);
    const session = await syncToEnd(after.client(org), underRetiredKey);
    expect(session.status).toBe('succeeded');
  });
});
