// A fake Brewman outside the test suite, for the built service to be pointed at:
//   npm run pretest && node dist-test/test/fakes/brewman/serve.js [port]
// Prints the base URL, the API token and the tenant id; runs until stopped.
import { startFakeBrewman } from './index.js';

const fake = await startFakeBrewman({ port: Number(process.argv[2] ?? 0) });
console.log(JSON.stringify({ baseUrl: fake.url, apiToken: fake.apiToken, tenantId: fake.tenantId }));
const stop = (): void => void fake.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
