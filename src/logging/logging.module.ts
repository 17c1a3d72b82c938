import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pretty from 'pino-pretty';
import type { AppConfig } from '../config/app-config.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import type { LogOutput } from './log-output.js';
import { LogSecrets } from './log-secrets.service.js';
import { LogSecretsModule } from './log-secrets.module.js';
import { pinoHttpOptions } from './pino-http-options.js';
import { SyncLogListener } from './sync-log.listener.js';

/** Structured logs (pino): a line per request, per sync transition, and every Nest logger call. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig, output: LogOutput = {}): DynamicModule {
    const logging = output.quiet === true ? { ...config.logging, level: 'silent' as const } : config.logging;
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          imports: [LogSecretsModule],
          inject: [ConnectorRegistry, LogSecrets],
          useFactory: (registry: ConnectorRegistry, secrets: LogSecrets) => {
            const credentialFields = registry.list().flatMap((connector) => connector.metadata.credentialFields.map((field) => field.name));
            const options = { ...pinoHttpOptions(logging, credentialFields), hooks: { streamWrite: (line: string) => secrets.redact(line) } };
            const destination = output.destination ?? (logging.format === 'pretty' ? pretty({ colorize: process.stdout.isTTY }) : undefined);
            return { pinoHttp: destination === undefined ? options : [options, destination] };
          },
        }),
      ],
      providers: [SyncLogListener],
    };
  }
}
