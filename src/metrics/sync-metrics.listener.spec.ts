import { describe, expect, it } from '@jest/globals';
import { Registry } from 'prom-client';
import type { SessionFinishedEvent, SessionRef } from '../executions/sync-events.js';
import { SyncMetricsListener } from './sync-metrics.listener.js';
import { TetherMetrics } from './tether-metrics.js';

const REF: SessionRef = {
  sessionId: 's1',
  organizationId: 'o1',
  integrationId: 'i1',
  service: 'shopify',
  trigger: 'schedule',
  correlationId: null,
  scheduledFor: new Date('2026-12-01T10:00:00.000Z'),
  dryRun: false,
};

const setUp = (): { listener: SyncMetricsListener; registry: Registry } => {
  const registry = new Registry();
  return { listener: new SyncMetricsListener(new TetherMetrics(registry)), registry };
};

const valueOf = async (registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number | undefined> => {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  return metric?.values.find((v) => Object.entries(labels).every(([key, value]) => v.labels[key] === value))?.value;
};

describe('SyncMetricsListener', () => {
  it('observes the scheduler lag of scheduled sessions only', async () => {
    const { listener, registry } = setUp();
    listener.sessionStarted({ ...REF, startedAt: new Date('2026-12-01T10:00:02.500Z'), workerId: 'w' });
    listener.sessionStarted({ ...REF, trigger: 'manual', scheduledFor: null, startedAt: new Date(), workerId: 'w' });
    const text = await registry.metrics();
    expect(text).toContain('tether_scheduler_lag_seconds_bucket{le="1"} 0\n');
    expect(text).toContain('tether_scheduler_lag_seconds_bucket{le="5"} 1\n');
    expect(text).toContain('tether_scheduler_lag_seconds_sum 2.5\n');
    expect(text).toContain('tether_scheduler_lag_seconds_count 1\n');
    expect(await valueOf(registry, 'tether_sync_sessions_started_total', { service: 'shopify', trigger: 'manual' })).toBe(1);
  });

  it('counts the sessions the reaper failed beside every finished one', async () => {
    const { listener, registry } = setUp();
    const finished = (reaped: boolean): SessionFinishedEvent => ({ ...REF, status: 'failed', error: null, errorKinds: [], startedAt: null, finishedAt: new Date(), reaped });
    listener.sessionFinished(finished(true));
    listener.sessionFinished(finished(false));
    expect(await valueOf(registry, 'tether_reaper_sessions_failed_total', { service: 'shopify' })).toBe(1);
    expect(await valueOf(registry, 'tether_sync_sessions_finished_total', { service: 'shopify', status: 'failed' })).toBe(2);
  });

  it("counts the runner's retries of an execution", async () => {
    const { listener, registry } = setUp();
    const total = { created: 0, updated: 0, unchanged: 0, skipped: 0, unmapped: [], invalid: 0 };
    listener.executionFinished({ ...REF, executionId: 'e1', capability: 'products', status: 'succeeded', durationMs: 1500, attempts: 3, fetched: 0, total, error: null });
    expect(await valueOf(registry, 'tether_sync_execution_retries_total', { capability: 'products' })).toBe(2);
  });
});
