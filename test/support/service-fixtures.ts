import { expect } from '@jest/globals';
import type { components } from '../../openapi/schema.js';
import type { ApiClient } from './api-client.js';
import type { CreateIntegrationBody } from './fixtures.js';

export type IntegrationBody = components['schemas']['IntegrationDto'];
export type UpdateIntegrationBody = components['schemas']['UpdateIntegrationDto'];

const suffix = (): string => Math.random().toString(36).slice(2, 8);

/** Valid bodies for the other services (Shopify's is in fixtures.ts); override any field. */
export function redshiftIntegration(overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `Redshift ${suffix()}`,
    externalService: 'redshift',
    capabilities: ['sales_history'],
    credentials: { host: 'cluster.example.com', database: 'analytics', user: 'tether_reader', password: 'redshift-password' },
    settings: { salesHistoryTable: 'sales_history' },
    ...overrides,
  };
}

export function bigqueryIntegration(overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `BigQuery ${suffix()}`,
    externalService: 'bigquery',
    capabilities: ['sales_orders'],
    credentials: {
      projectId: 'acme-analytics',
      dataset: 'tether_export',
      serviceAccountKey: { type: 'service_account', client_email: 'reader@acme.iam.example', private_key: 'bigquery-private-key' },
    },
    settings: { salesOrdersTable: 'sales_orders' },
    ...overrides,
  };
}

export function trackstarIntegration(overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `TrackStar ${suffix()}`,
    externalService: 'trackstar',
    capabilities: ['warehouse_inventory'],
    credentials: { apiKey: 'trackstar-api-key', accessToken: 'trackstar-access-token' },
    ...overrides,
  };
}

export function brewmanIntegration(overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `Brewman ${suffix()}`,
    externalService: 'brewman',
    capabilities: ['pricing'],
    credentials: { baseUrl: 'https://brewery.brewman.example', apiToken: 'brewman-api-token', tenantId: '0b6c5a2e-3f41-4c8e-9d7a-5e2f1c0a9b33' },
    settings: { priceListId: '5d0e8c1b-7a92-4f63-b1e4-2c9a8f7d6e50' },
    ...overrides,
  };
}

/** Creates an integration, asserting the 201, and returns it. */
export async function createIntegration(client: ApiClient, body: CreateIntegrationBody): Promise<IntegrationBody> {
  const { data, error, response } = await client.POST('/integrations', { body });
  expect({ status: response.status, error }).toEqual({ status: 201, error: undefined });
  if (data === undefined) throw new Error('201 without a body');
  return data;
}
