import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { apiClient } from '../support/api-client.js';
import { shopifyIntegration } from '../support/fixtures.js';
import { startServiceProcess } from '../support/service-process.js';
import { testConfig } from '../support/test-config.js';
import { startTestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

describe('restarting the service keeps integrations and credentials', () => {
  it('on PostgreSQL', async () => {
    const config = testConfig();
    const org = newOrganization('restart');
    const first = await startTestApp(config);
    const created = await first.client(org).POST('/integrations', { body: shopifyIntegration({ name: 'Survives restarts' }) });
    const id = created.data?.id ?? '';
    await first.close();

    const second = await startTestApp(config);
    const { data } = await second.client(org).GET('/integrations/{id}', { params: { path: { id } } });
    await second.close();
    expect(data).toMatchObject({ id, name: 'Survives restarts', credentialFields: ['accessToken', 'storeDomain'] });
  });

  it('on embedded PGlite, as `npm start` runs with no DATABASE_URL (Swagger UI served)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tether-pglite-'));
    const env = { NODE_ENV: 'development', DATA_DIR: dataDir };
    const first = await startServiceProcess(env);
    expect(first.output()).toContain('embedded PostgreSQL (PGlite)');
    const docs = await fetch(`${first.baseUrl}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');

    // The development secret the service generated is the one `npm run token` signs with.
    const secret = readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8').trim();
    const token = jwt.sign({ org: 'acme', roles: ['admin'] }, secret, { algorithm: 'HS256', expiresIn: '5m', subject: 'dev' });
    const created = await apiClient(first.baseUrl, token).POST('/integrations', {
      body: shopifyIntegration({ name: 'Embedded' }),
    });
    expect(created.response.status).toBe(201);
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startServiceProcess(env);
    const { data } = await apiClient(second.baseUrl, token).GET('/integrations');
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(data?.items.map((item) => item.name)).toEqual(['Embedded']);
  }, 120_000);

  it('refuses a second process on the same embedded data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tether-pglite-'));
    const env = { NODE_ENV: 'development', DATA_DIR: dataDir };
    const first = await startServiceProcess(env);
    try {
      await expect(startServiceProcess(env)).rejects.toThrow(/in use by process/);
    } finally {
      await first.stop();
    }
  }, 120_000);
});
