import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import { RedshiftConnector } from '../../../src/connectors/redshift/redshift.connector.js';
import { PostgresStandIn, READER } from '../../fakes/warehouse/postgres-standin.js';
import { WarehouseDataset } from '../../fakes/warehouse/warehouse-dataset.js';
import { runConnectorContract } from '../../support/connector-contract.js';
import { testConfig } from '../../support/test-config.js';
import { TABLE_SETTINGS } from '../../support/warehouse-sync.js';
import { WAREHOUSE_CONTRACT_CAPABILITIES } from './warehouse-contract-capabilities.js';

/** The connector contract against the PostgreSQL stand-in: small pages, so reads resume mid-table; faults drop the connection. */
let standIn: PostgresStandIn | undefined;
const database = (): string => {
  if (standIn === undefined) throw new Error('the stand-in is not started');
  return standIn.database;
};
const BAD_PASSWORD = 'not-the-reader-password-0000';

runConnectorContract({
  name: 'Redshift',
  connector: () => new RedshiftConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver)),
  fake: {
    start: async () => {
      standIn = await PostgresStandIn.start('rs_contract');
      await standIn.load(new WarehouseDataset());
    },
    stop: async () => {
      await standIn?.setReaderLogin(true);
      await standIn?.stop();
    },
    credentials: () => ({ host: '127.0.0.1', port: 5432, database: database(), user: READER.user, password: READER.password, sslMode: 'disable' }),
    // Trust authentication here checks no password: a login the server refuses stands for a wrong one.
    badCredentials: () => ({ host: '127.0.0.1', port: 5432, database: database(), user: 'no_such_reader', password: BAD_PASSWORD, sslMode: 'disable' }),
    settings: () => ({ schema: 'sales', pageSize: 7, ...TABLE_SETTINGS, salesHistoryTable: 'flaky_history' }),
    injectFaults: () => standIn?.failNextReads(2),
    clearFaults: () => standIn?.failNextReads(0),
  },
  capabilities: WAREHOUSE_CONTRACT_CAPABILITIES,
  secrets: () => [READER.password, BAD_PASSWORD],
});
