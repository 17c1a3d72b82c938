import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import { configureApp } from './configure-app.js';

/** The HTTP application, fully configured but not yet listening. */
export async function createApp(
  config: AppConfig,
  logger?: LoggerService | LogLevel[] | false,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    ...(logger === undefined ? {} : { logger }),
  });
  configureApp(app, config);
  return app;
}
