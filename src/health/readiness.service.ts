import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { ReadinessChecksDto, ReadinessDto } from './health.dto.js';
import { DatabaseIndicator } from './indicators/database.indicator.js';
import { MigrationsIndicator } from './indicators/migrations.indicator.js';
import { SchedulerIndicator } from './indicators/scheduler.indicator.js';
import { WorkerIndicator } from './indicators/worker.indicator.js';

/** Runs every readiness check; when one fails, a 503 whose message names each failed check and why. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseIndicator,
    private readonly migrations: MigrationsIndicator,
    private readonly scheduler: SchedulerIndicator,
    private readonly worker: WorkerIndicator,
  ) {}

  async check(): Promise<ReadinessDto> {
    try {
      const result = await this.health.check([
        () => this.database.check(),
        () => this.migrations.check(),
        () => this.scheduler.check(),
        () => this.worker.check(),
      ]);
      return { status: 'ok', checks: result.details as unknown as ReadinessChecksDto };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const failed = (error.getResponse() as { error?: HealthIndicatorResult }).error ?? {};
      const reasons = Object.entries(failed).map(([check, outcome]) => `${check} (${String(outcome.message ?? 'down')})`);
      throw new ServiceUnavailableException(`not ready: ${reasons.join(', ')}`);
    }
  }
}
