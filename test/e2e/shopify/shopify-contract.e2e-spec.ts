import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { ShopifyConnector } from '../../../src/connectors/shopify/shopify.connector.js';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import { contractCapability, runConnectorContract } from '../../support/connector-contract.js';
import { testConfig } from '../../support/test-config.js';

/** The connector contract against the fake store: small, with a quick bucket, faults on demand. */
let shop: FakeShopify | undefined;
const store = (): FakeShopify => {
  if (shop === undefined) throw new Error('the fake store is not started');
  return shop;
};
const connector = new ShopifyConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver));
const BAD_TOKEN = 'shpat_not_the_right_token_0000';

runConnectorContract({
  name: 'Shopify',
  connector: () => connector,
  fake: {
    start: async () => {
      // Over 250 orders: the export yields two pages, so there is a cursor mid-read to resume from.
      shop = await startFakeShopify({ orders: 300, variants: 30, linesPerOrder: 2, seed: 11, bucketSize: 2000, restoreRate: 1000 });
    },
    stop: async () => {
      await shop?.close();
    },
    credentials: () => ({ storeDomain: store().shopDomain, accessToken: store().accessToken }),
    badCredentials: () => ({ storeDomain: store().shopDomain, accessToken: BAD_TOKEN }),
    injectFaults: () => {
      store().setFaults({ fiveHundredRate: 0.15, throttleRate: 0.1, tooManyRequestsRate: 0.1, retryAfterSeconds: 0 });
      store().malformNext();
    },
    clearFaults: () => {
      store().setFaults({ fiveHundredRate: 0, throttleRate: 0, tooManyRequestsRate: 0 });
    },
  },
  capabilities: [
    contractCapability('sales_orders', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
    contractCapability('pending_sales', (r) => r.lineExternalId, (r) => ({ ...r, lineExternalId: null })),
    contractCapability('products', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
    contractCapability('pricing', (r) => `${r.skuExternalId} ${r.channelExternalId ?? ''}`, (r) => ({ ...r, skuExternalId: 42 })),
    contractCapability('channels', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
  ],
  secrets: () => [store().accessToken, BAD_TOKEN],
});
