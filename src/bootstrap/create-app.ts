import type { LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { Connector } from '../connectors/connector.js';
import type { ConnectorsOptions } from '../connectors/connectors.module.js';
import { configureApp } from './configure-app.js';

/** The HTTP application, fully configured but not yet listening. */
export async function createApp(
  config: AppConfig,
  logger?: LoggerService | LogLevel[] | false,
  extraConnectors: readonly Type<Connector>[] = [],
  connectorsOptions: ConnectorsOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, extraConnectors, connectorsOptions), {
    bodyParser: false,
    ...(logger === undefined ? {} : { logger }),
  });
  configureApp(app, config);
  return app;
}
