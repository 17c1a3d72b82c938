import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { SyncScheduler } from '../../scheduling/sync-scheduler.service.js';

/** The cron jobs are in step with the integrations table (the boot reconcile is done). */
@Injectable()
export class SchedulerIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly scheduler: SyncScheduler,
  ) {}

  check() {
    const indicator = this.indicators.check('scheduler');
    const scheduled = this.scheduler.scheduledIds().length;
    return this.scheduler.ready ? indicator.up({ scheduled }) : indicator.down({ message: 'cron jobs not registered', scheduled });
  }
}
