import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

/** What the app, the CLIs and the tests share about the connection. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations,
    uuidExtension: 'pgcrypto',
    applicationName: 'tether-integrations',
  };
}
