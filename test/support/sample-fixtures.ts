import type { components } from '../../openapi/schema.js';
import { CAPABILITIES } from '../../src/sync-contract/capability.js';
import type { ApiClient } from './api-client.js';
import { expectStatus } from './expectations.js';
import type { CreateIntegrationBody } from './fixtures.js';

/** An integration of the sample store syncing everything; no credentials. */
export function sampleIntegration(settings: Record<string, unknown> = {}, overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `Sample ${Math.random().toString(36).slice(2, 8)}`,
    externalService: 'sample',
    capabilities: [...CAPABILITIES],
    credentials: {},
    settings,
    ...overrides,
  };
}

export async function createSample(client: ApiClient, settings: Record<string, unknown> = {}, overrides: Partial<CreateIntegrationBody> = {}): Promise<string> {
  const result = await client.POST('/integrations', { body: sampleIntegration(settings, overrides) });
  expectStatus(result, 201);
  return (result.data as components['schemas']['IntegrationDto']).id;
}
