import { BigQueryConnector } from '../../../src/connectors/bigquery/bigquery.connector.js';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { type FakeBigQuery, type ServiceAccountKey, startFakeBigQuery } from '../../fakes/bigquery/index.js';
import { BigQueryStandIn } from '../../fakes/warehouse/bigquery-standin.js';
import { WarehouseDataset } from '../../fakes/warehouse/warehouse-dataset.js';
import { runConnectorContract } from '../../support/connector-contract.js';
import { testConfig } from '../../support/test-config.js';
import { TABLE_SETTINGS } from '../../support/warehouse-sync.js';
import { WAREHOUSE_CONTRACT_CAPABILITIES } from './warehouse-contract-capabilities.js';

/** The connector contract against the fake BigQuery: small pages and result pages, so reads resume mid-table and page through tokens; faults on every route. */
const PROJECT = 'acme-contract';
let fake: FakeBigQuery | undefined;
let good: ServiceAccountKey | undefined;
let revoked: ServiceAccountKey | undefined;
const started = (): { fake: FakeBigQuery; good: ServiceAccountKey; revoked: ServiceAccountKey } => {
  if (fake === undefined || good === undefined || revoked === undefined) throw new Error('the fake is not started');
  return { fake, good, revoked };
};
const credentials = (key: ServiceAccountKey): Record<string, unknown> => ({ projectId: PROJECT, dataset: 'contract', location: 'US', serviceAccountKey: key });

runConnectorContract({
  name: 'BigQuery',
  connector: () => new BigQueryConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver)),
  fake: {
    start: async () => {
      fake = await startFakeBigQuery({ projectId: PROJECT, pageRows: 3 });
      new BigQueryStandIn(fake, PROJECT, 'contract').load(new WarehouseDataset());
      good = fake.serviceAccount('contract');
      revoked = fake.serviceAccount('revoked');
      fake.revokeKey(revoked.client_email);
    },
    stop: async () => {
      await fake?.close();
    },
    credentials: () => credentials(started().good),
    badCredentials: () => credentials(started().revoked),
    settings: () => ({ apiEndpoint: started().fake.url, pageSize: 7, ...TABLE_SETTINGS }),
    injectFaults: () => {
      const { fake: bigquery } = started();
      bigquery.failNext('backendError', 1, 'getQueryResults');
      bigquery.failNext('rateLimitExceeded', 1, 'query');
      bigquery.failNext('jobRateLimitExceeded', 1, 'query');
      bigquery.setIncompletePolls(1);
    },
    clearFaults: () => { started().fake.setIncompletePolls(0); },
  },
  capabilities: WAREHOUSE_CONTRACT_CAPABILITIES,
  secrets: () => [started().good.private_key, started().revoked.private_key, started().good.private_key_id],
});
