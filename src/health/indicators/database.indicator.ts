import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** Long enough for a loaded server, short enough for an orchestrator's probe. */
const TIMEOUT_MS = 2_000;

/** The database answers a query. */
@Injectable()
export class DatabaseIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  check() {
    return this.indicators
      .check('database')
      .attempt(async () => {
        // The driver's message names the server's address: the probe says only what failed.
        await this.dataSource.query('SELECT 1').catch(() => {
          throw new Error('unreachable');
        });
      })
      .withTimeout(TIMEOUT_MS);
  }
}
