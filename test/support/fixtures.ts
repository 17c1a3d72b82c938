import type { components } from '../../openapi/schema.js';

export type CreateIntegrationBody = components['schemas']['CreateIntegrationDto'];

/** A valid Shopify integration; override any field. */
export function shopifyIntegration(overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `Shopify ${Math.random().toString(36).slice(2, 8)}`,
    externalService: 'shopify',
    capabilities: ['sales_orders', 'products'],
    credentials: { storeDomain: 'acme.myshopify.com', accessToken: 'shpat_test_token_value' },
    ...overrides,
  };
}
