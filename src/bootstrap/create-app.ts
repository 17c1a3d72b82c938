import type { LoggerService, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { Connector } from '../connectors/connector.js';
import type { ConnectorsOptions } from '../connectors/connectors.module.js';
import { isLogOutput, type LogOutput } from '../logging/log-output.js';
import { configureApp } from './configure-app.js';

/**
 * The HTTP application, fully configured but not yet listening. `logger`: unset, pino's
 * JSON (or pretty) lines on stdout; a LogOutput, pino's lines there; a Nest logger (or
 * levels, or false), that instead of pino, which then writes nothing.
 */
export async function createApp(
  config: AppConfig,
  logger?: LoggerService | LogLevel[] | false | LogOutput,
  extraConnectors: readonly Type<Connector>[] = [],
  connectorsOptions: ConnectorsOptions = {},
): Promise<NestExpressApplication> {
  const pino = logger === undefined || isLogOutput(logger);
  const output: LogOutput = pino ? (logger ?? {}) : { quiet: true };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, extraConnectors, connectorsOptions, output), {
    bodyParser: false,
    // Lines logged while the app is built wait for pino, so they too are JSON.
    ...(pino ? { bufferLogs: true } : { logger }),
  });
  if (pino) app.useLogger(app.get(Logger));
  configureApp(app, config);
  return app;
}
