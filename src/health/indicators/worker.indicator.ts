import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '../../config/app-config.js';
import { SyncWorker } from '../../executions/sync-worker.service.js';

/** The sync worker runs; a full pool is reported, not a failure (queued sessions wait their turn). */
@Injectable()
export class WorkerIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly worker: SyncWorker,
    private readonly config: AppConfig,
  ) {}

  check() {
    const indicator = this.indicators.check('worker');
    const pool = { active: this.worker.active, concurrency: this.config.sync.concurrency };
    return this.worker.isRunning ? indicator.up(pool) : indicator.down({ message: 'stopped', ...pool });
  }
}
