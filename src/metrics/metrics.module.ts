import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { Registry } from 'prom-client';
import { OUTBOUND_OBSERVER } from '../connectors/kit/observe/outbound-observer.js';
import { ExecutionsModule } from '../executions/executions.module.js';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsScrape } from './metrics-scrape.service.js';
import { OutboundMetrics } from './outbound-metrics.service.js';
import { SyncMetricsListener } from './sync-metrics.listener.js';
import { TetherMetrics } from './tether-metrics.js';

/**
 * Prometheus metrics: a registry of this app's own, the sync events counted, the
 * connectors' outbound traffic (global: the connectors take OUTBOUND_OBSERVER from here,
 * without importing this module), every HTTP request timed, and GET /metrics.
 */
@Global()
@Module({
  imports: [ExecutionsModule],
  controllers: [MetricsController],
  providers: [
    { provide: Registry, useFactory: () => new Registry() },
    { provide: TetherMetrics, inject: [Registry], useFactory: (registry: Registry) => new TetherMetrics(registry) },
    OutboundMetrics,
    { provide: OUTBOUND_OBSERVER, useExisting: OutboundMetrics },
    SyncMetricsListener,
    MetricsScrape,
    HttpMetricsMiddleware,
  ],
  exports: [OUTBOUND_OBSERVER],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
