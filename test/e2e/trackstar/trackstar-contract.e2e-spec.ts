import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { TrackStarConnector } from '../../../src/connectors/trackstar/trackstar.connector.js';
import { type FakeTrackStar, startFakeTrackStar } from '../../fakes/trackstar/index.js';
import { contractCapability, runConnectorContract } from '../../support/connector-contract.js';
import { testConfig } from '../../support/test-config.js';

/** The connector contract against the fake TrackStar: several pages (some short), faults on demand. */
let fake: FakeTrackStar | undefined;
const started = (): FakeTrackStar => {
  if (fake === undefined) throw new Error('the fake is not started');
  return fake;
};
const BAD_KEY = 'ts_not_the_api_key_0000';

runConnectorContract({
  name: 'TrackStar',
  connector: () => new TrackStarConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver)),
  fake: {
    start: async () => {
      fake = await startFakeTrackStar({ items: 2500, connections: 1, seed: 5, nullSkuRate: 0 });
    },
    stop: async () => {
      await fake?.close();
    },
    credentials: () => ({ apiKey: started().apiKey, accessToken: started().connections()[0]?.accessToken }),
    badCredentials: () => ({ apiKey: BAD_KEY, accessToken: started().connections()[0]?.accessToken }),
    settings: () => ({ baseUrl: started().url }),
    injectFaults: () => {
      started().failNext(429, 2, 'inventory');
      started().failNext(500, 1, 'inventory');
      started().failNext('malformed', 1, 'inventory');
    },
    clearFaults: () => undefined,
  },
  capabilities: [
    contractCapability('products', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
    contractCapability('warehouse_inventory', (r) => `${r.skuExternalId}@${r.location}`, (r) => ({ ...r, onHand: 'lots' })),
  ],
  secrets: () => [started().apiKey, BAD_KEY, ...started().connections().map((c) => c.accessToken)],
});
