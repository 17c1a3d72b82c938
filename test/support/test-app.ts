import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import type { Role } from '../../src/auth/role.js';
import { createApp } from '../../src/bootstrap/create-app.js';
import type { AppConfig } from '../../src/config/app-config.js';
import type { Connector } from '../../src/connectors/connector.js';
import type { ConnectorsOptions } from '../../src/connectors/connectors.module.js';
import { type ApiClient, apiClient } from './api-client.js';
import { CapturedLogger } from './captured-logger.js';
import { JsonLogLines } from './json-log-lines.js';
import { testConfig } from './test-config.js';
import { tokenFor } from './tokens.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  /** The lines logged: the Nest logger's (the default), or pino's JSON lines (`logs: 'json'`). */
  logger: CapturedLogger | JsonLogLines;
  dataSource: DataSource;
  /** The generated client with a token for this organization and role (none: anonymous). */
  client(organizationId?: string, role?: Role): ApiClient;
  close(): Promise<void>;
}

/**
 * The real app (real module graph, real PostgreSQL) listening on a random loopback port;
 * `connectors`: fakes of external services beside the built-in connectors; `options`: the
 * outbound policy's resolver, to point names at test answers; `logs`: 'json' for the
 * service's own pino lines (as in production) instead of the quiet captured Nest logger.
 */
export async function startTestApp(
  config: AppConfig = testConfig(),
  connectors: readonly Type<Connector>[] = [],
  options: ConnectorsOptions = {},
  logs: 'captured' | 'json' = 'captured',
): Promise<TestApp> {
  const logger = logs === 'json' ? new JsonLogLines() : new CapturedLogger();
  const app = await createApp(config, logger instanceof JsonLogLines ? { destination: logger } : logger, connectors, options);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    baseUrl,
    logger,
    dataSource: app.get(DataSource),
    client: (organizationId, role = 'admin') =>
      apiClient(baseUrl, organizationId === undefined ? undefined : tokenFor(organizationId, role)),
    close: () => app.close(),
  };
}
