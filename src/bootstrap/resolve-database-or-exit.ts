import type { AppConfig } from '../config/app-config.js';
import { EmbeddedPostgres } from '../database/embedded/embedded-postgres.js';

/**
 * With no DATABASE_URL, starts the embedded PostgreSQL in the data folder. For entry
 * points: when it cannot start (the folder in use, initdb failed...), prints why and exits 1.
 */
export async function resolveDatabaseOrExit(config: AppConfig): Promise<{ config: AppConfig; embedded?: EmbeddedPostgres }> {
  if (config.databaseUrl !== undefined) return { config };
  try {
    const embedded = await EmbeddedPostgres.start(config.dataDir);
    return { config: config.withEmbeddedDatabase(embedded.url), embedded };
  } catch (error) {
    process.stderr.write(`The embedded PostgreSQL could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
