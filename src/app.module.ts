import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AlertsModule } from './alerts/alerts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import type { Connector } from './connectors/connector.js';
import { ConnectorsModule, type ConnectorsOptions } from './connectors/connectors.module.js';
import { SampleConnector } from './connectors/sample/sample.connector.js';
import { DatabaseModule } from './database/database.module.js';
import { ExecutionsModule } from './executions/executions.module.js';
import { HealthModule } from './health/health.module.js';
import { IntegrationsModule } from './integrations/integrations.module.js';
import type { LogOutput } from './logging/log-output.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { TetherModule } from './tether/tether.module.js';

@Module({})
export class AppModule {
  /** The whole service, given an already validated configuration (and connectors beside the built-in ones). */
  static forRoot(config: AppConfig, extraConnectors: readonly Type<Connector>[] = [], connectorsOptions: ConnectorsOptions = {}, logOutput: LogOutput = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // The sync engine's events (sync-events.ts) for metrics, logs and alerts.
        EventEmitterModule.forRoot(),
        DatabaseModule,
        // Not registered at all when off: the catalog does not list it and nothing can use it.
        ConnectorsModule.forRoot(config.sampleSourceEnabled ? [SampleConnector, ...extraConnectors] : extraConnectors, connectorsOptions),
        AuthModule,
        AuditModule,
        HealthModule,
        LoggingModule.forRoot(config, logOutput),
        IntegrationsModule,
        TetherModule,
        ExecutionsModule,
        SchedulingModule,
        MetricsModule,
        AlertsModule,
      ],
    };
  }
}
