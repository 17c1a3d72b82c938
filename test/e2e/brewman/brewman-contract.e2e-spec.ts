import { BrewmanConnector } from '../../../src/connectors/brewman/brewman.connector.js';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { type FakeBrewman, startFakeBrewman } from '../../fakes/brewman/index.js';
import { contractCapability, runConnectorContract } from '../../support/connector-contract.js';
import { testConfig } from '../../support/test-config.js';
import { daysAgo } from './brewman-fixtures.js';

/** The connector contract against the fake Brewman: orders of the last 20 days in windows that must split, faults on demand. */
let fake: FakeBrewman | undefined;
const started = (): FakeBrewman => {
  if (fake === undefined) throw new Error('the fake is not started');
  return fake;
};
const BAD_TOKEN = 'V1T00000000000000000000000000000BAD';

runConnectorContract({
  name: 'Brewman',
  connector: () => new BrewmanConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver)),
  fake: {
    start: async () => {
      fake = await startFakeBrewman({ seed: 11, startDate: daysAgo(20), days: 20, ordersPerDay: 5, clock: Date.now });
    },
    stop: async () => {
      await fake?.close();
    },
    credentials: () => ({ baseUrl: started().url, apiToken: started().apiToken, tenantId: started().tenantId }),
    badCredentials: () => ({ baseUrl: started().url, apiToken: BAD_TOKEN, tenantId: started().tenantId }),
    settings: () => ({ orderHistoryDays: 30, orderLookbackDays: 3, ordersPerRequest: 20, priceListId: started().priceLists()[0]?.id }),
    injectFaults: () => {
      started().failNext(429, 1, { retryAfterSeconds: 1 });
      started().failNext(500, 1);
      started().failNext('malformed', 1);
      started().failNext('reset', 1);
    },
    clearFaults: () => undefined,
  },
  capabilities: [
    contractCapability('sales_orders', (r) => r.externalId, (r) => ({ ...r, orderedAt: 'yesterday' }), { rereads: true }),
    contractCapability('products', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
    contractCapability('warehouse_inventory', (r) => `${r.skuExternalId}@${r.location}`, (r) => ({ ...r, onHand: 'lots' }), { readTimeFields: ['asOf'] }),
    contractCapability('channels', (r) => r.externalId, (r) => ({ ...r, code: 42 })),
    contractCapability('pricing', (r) => r.skuExternalId, (r) => ({ ...r, amount: 'free' })),
  ],
  secrets: () => [started().apiToken, started().tenantId, BAD_TOKEN],
});
