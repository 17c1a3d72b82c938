import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap/create-app.js';
import { loadConfigOrExit } from './bootstrap/load-config-or-exit.js';
import { resolveDatabase } from './bootstrap/resolve-database.js';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  const { config, embedded } = await resolveDatabase(loadConfigOrExit());
  for (const warning of config.warnings) logger.warn(warning);
  if (embedded !== undefined) logger.warn(`DATABASE_URL is not set: using embedded PostgreSQL (PGlite) in ${config.dataDir}`);

  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  logger.log(`Tether Integrations listening on ${url} (Swagger UI: ${url}/docs)`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(signal));
}

await main();
