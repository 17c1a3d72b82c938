import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { shopifyIntegration } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newOrganization } from '../support/tokens.js';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates and reads an integration through the generated client', async () => {
    const org = newOrganization();
    const created = await t.client(org).POST('/integrations', { body: shopifyIntegration({ name: 'Main store' }) });
    expect(created.response.status).toBe(201);
    const id = created.data?.id ?? '';
    const read = await t.client(org, 'viewer').GET('/integrations/{id}', { params: { path: { id } } });
    expect(read.data).toMatchObject({ name: 'Main store', externalService: 'shopify', credentialFields: ['accessToken', 'storeDomain'] });
  });
});
