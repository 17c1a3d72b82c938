// A fake TrackStar outside the test suite, for the built service to be pointed at:
//   npm run pretest && node dist-test/test/fakes/trackstar/serve.js [port] [items]
// Prints the base URL, the API key and each connection's id and access token; runs until stopped.
import { startFakeTrackStar } from './index.js';

const fake = await startFakeTrackStar({ port: Number(process.argv[2] ?? 0), items: Number(process.argv[3] ?? 5000) });
console.log(JSON.stringify({ baseUrl: fake.url, apiKey: fake.apiKey, connections: fake.connections() }));
const stop = (): void => void fake.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
