import type { AddressInfo } from 'node:net';
import type { Type } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { Connector } from '../connectors/connector.js';
import { createApp } from './create-app.js';
import { listeningMessage } from './listening-message.js';
import { loadConfigOrExit } from './load-config-or-exit.js';
import { resolveDatabaseOrExit } from './resolve-database-or-exit.js';

/**
 * Runs the service from the environment until SIGINT or SIGTERM, which stop it
 * gracefully (running syncs finish their page). `extraConnectors`: see AppModule.
 */
export async function serve(extraConnectors: readonly Type<Connector>[] = []): Promise<void> {
  const { config, embedded } = await resolveDatabaseOrExit(loadConfigOrExit());
  const app = await createApp(config, undefined, extraConnectors);
  // After the app exists, so that these lines go through its logger (pino) too.
  const logger = new Logger('Main');
  for (const warning of config.warnings) logger.warn(warning);
  if (embedded !== undefined) {
    logger.warn(`DATABASE_URL is not set: using embedded ${embedded.describe()}`);
    for (const note of embedded.notes) logger.log(note);
  }
  await app.listen(config.port, config.host);
  logger.log(listeningMessage(app.getHttpServer().address() as AddressInfo));

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
