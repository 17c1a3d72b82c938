import { afterAll, beforeAll } from '@jest/globals';
import { FAST_SYNC } from './sync-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import { testConfig } from './test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from './test-database.js';

/**
 * The app for a suite that syncs from local fakes and stand-ins: its own database (its
 * workers run syncs), the sync engine at test speed, loopback destinations allowed. Started before the
 * suite's tests and closed after them; `t` is there once they run. `environment`: more
 * variables for the app (or other values for these).
 */
export function syncSuiteApp(databaseName: string, environment: Record<string, string> = {}): { readonly t: TestApp } {
  let database = '';
  let app: TestApp | undefined;
  beforeAll(async () => {
    database = await createDatabase(databaseName);
    app = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, OUTBOUND_ALLOW_LOOPBACK: 'true', ...environment }));
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(database);
  });
  return {
    get t(): TestApp {
      if (app === undefined) throw new Error('the suite app is not started yet');
      return app;
    },
  };
}
