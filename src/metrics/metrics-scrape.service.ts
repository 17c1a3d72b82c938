import { Injectable } from '@nestjs/common';
import { Registry } from 'prom-client';
import { SessionQueue } from '../executions/session-queue.service.js';
import { TetherMetrics } from './tether-metrics.js';

/** One scrape: the gauges read from the database now (the queue is every replica's), then the whole registry as text. */
@Injectable()
export class MetricsScrape {
  constructor(
    private readonly registry: Registry,
    private readonly metrics: TetherMetrics,
    private readonly queue: SessionQueue,
  ) {}

  async text(): Promise<string> {
    const { depth, oldestAgeSeconds } = await this.queue.queued();
    this.metrics.queueDepth.set(depth);
    this.metrics.queueOldestAge.set(oldestAgeSeconds);
    return this.registry.metrics();
  }
}
