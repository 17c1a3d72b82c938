import { Injectable } from '@nestjs/common';
import type { OutboundObserver, OutboundOutcome } from '../connectors/kit/observe/outbound-observer.js';
import { TetherMetrics } from './tether-metrics.js';

/** The connector kit's outbound observer, counted into the metrics. */
@Injectable()
export class OutboundMetrics implements OutboundObserver {
  constructor(private readonly metrics: TetherMetrics) {}

  requested(service: string, outcome: OutboundOutcome): void {
    this.metrics.connectorRequests.inc({ service, status_class: outcome });
  }

  retried(service: string): void {
    this.metrics.connectorRetries.inc({ service });
  }

  bucketObserved(service: string, available: number, maximum: number): void {
    this.metrics.bucketAvailable.set({ service }, available);
    this.metrics.bucketMaximum.set({ service }, maximum);
  }
}
