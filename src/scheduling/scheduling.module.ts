import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ExecutionsModule } from '../executions/executions.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { CronScheduleModule } from './cron-schedule.module.js';
import { SyncScheduler } from './sync-scheduler.service.js';

/** One cron job per enabled integration in SchedulerRegistry, each tick claimed in PostgreSQL. */
@Module({
  imports: [ScheduleModule.forRoot(), CronScheduleModule, IntegrationsModule, ExecutionsModule],
  providers: [SyncScheduler],
  exports: [SyncScheduler],
})
export class SchedulingModule {}
