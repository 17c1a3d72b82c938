import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ExecutionsModule } from '../executions/executions.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { HealthController } from './health.controller.js';
import { DatabaseIndicator } from './indicators/database.indicator.js';
import { MigrationsIndicator } from './indicators/migrations.indicator.js';
import { SchedulerIndicator } from './indicators/scheduler.indicator.js';
import { WorkerIndicator } from './indicators/worker.indicator.js';
import { ReadinessService } from './readiness.service.js';

/** Liveness and readiness probes (terminus), one indicator per check. */
@Module({
  // The 503 names the failed checks; terminus's own log line would repeat it on every probe.
  imports: [TerminusModule.forRoot({ logger: false }), ExecutionsModule, SchedulingModule],
  controllers: [HealthController],
  providers: [ReadinessService, DatabaseIndicator, MigrationsIndicator, SchedulerIndicator, WorkerIndicator],
})
export class HealthModule {}
