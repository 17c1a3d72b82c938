import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** Every migration this build knows has run: a replica of a newer build is not ready before them. */
@Injectable()
export class MigrationsIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async check() {
    const indicator = this.indicators.check('migrations');
    const pending = await this.dataSource.showMigrations().catch(() => undefined);
    if (pending === undefined) return indicator.down({ message: 'could not be read' });
    return pending ? indicator.down({ message: 'pending migrations' }) : indicator.up();
  }
}
