// A fake BigQuery outside the test suite, seeded with the warehouse test dataset, for the
// built service to be pointed at (README, "Warehouse sources"):
//   npm run pretest && node dist-test/test/fakes/bigquery/serve.js [port]
// Prints the API endpoint and a service-account key (JSON, its token_uri the fake's); runs until stopped.
import { BigQueryStandIn } from '../warehouse/bigquery-standin.js';
import { WarehouseDataset } from '../warehouse/warehouse-dataset.js';
import { startFakeBigQuery } from './index.js';

const PROJECT = 'demo-project';
const DATASET = 'tether_export';

const fake = await startFakeBigQuery({ projectId: PROJECT, port: Number(process.argv[2] ?? 0) });
new BigQueryStandIn(fake, PROJECT, DATASET).load(new WarehouseDataset());
console.log(JSON.stringify({ apiEndpoint: fake.url, projectId: PROJECT, dataset: DATASET, serviceAccountKey: fake.serviceAccount('demo') }));
const stop = (): void => void fake.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
