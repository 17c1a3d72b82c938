import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from '../database/embedded-postgres.js';

/** With no DATABASE_URL, starts the embedded database in the data folder. */
export async function resolveDatabase(config: AppConfig): Promise<{ config: AppConfig; embedded?: EmbeddedPostgres }> {
  if (config.databaseUrl !== undefined) return { config };
  const embedded = await EmbeddedPostgres.start(config.dataDir);
  return { config: config.withDatabaseUrl(embedded.url), embedded };
}
