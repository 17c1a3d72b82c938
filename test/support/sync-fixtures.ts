import { expect } from '@jest/globals';
import type { components } from '../../openapi/schema.js';
import type { ScriptSettings } from '../fakes/scripted/scripted-source.js';
import type { ApiClient } from './api-client.js';
import { expectStatus } from './expectations.js';
import type { CreateIntegrationBody } from './fixtures.js';

export type SessionDetail = components['schemas']['SyncSessionDetailDto'];
export type Execution = components['schemas']['SyncExecutionDto'];

/** The sync engine's knobs at test speed. */
export const FAST_SYNC = {
  SYNC_POLL_MS: '100',
  SYNC_HEARTBEAT_MS: '200',
  SYNC_RETRY_BASE_MS: '10',
  SCHEDULE_RECONCILE_MS: '500',
  MIN_CRON_INTERVAL_SECONDS: '1',
};

export const SCRIPTED_TOKEN = 'scripted-token-canary-3f9a';

/** An integration of the scripted fake service; `script` sets its source. */
export function scriptedIntegration(script: Partial<ScriptSettings> = {}, overrides: Partial<CreateIntegrationBody> = {}): CreateIntegrationBody {
  return {
    name: `Scripted ${Math.random().toString(36).slice(2, 8)}`,
    externalService: 'scripted',
    capabilities: ['sales_orders', 'products', 'channels'],
    credentials: { token: SCRIPTED_TOKEN },
    settings: script,
    ...overrides,
  };
}

export async function createScripted(client: ApiClient, script: Partial<ScriptSettings> = {}, overrides: Partial<CreateIntegrationBody> = {}): Promise<string> {
  const result = await client.POST('/integrations', { body: scriptedIntegration(script, overrides) });
  expectStatus(result, 201);
  return (result.data as { id: string }).id;
}

export async function triggerSync(client: ApiClient, integrationId: string, body: components['schemas']['TriggerSyncDto'] = {}): Promise<SessionDetail> {
  const result = await client.POST('/integrations/{id}/sync', { params: { path: { id: integrationId } }, body });
  expectStatus(result, 202);
  return result.data as SessionDetail;
}

export async function getSession(client: ApiClient, id: string): Promise<SessionDetail> {
  const result = await client.GET('/sync-sessions/{id}', { params: { path: { id } } });
  expectStatus(result, 200);
  return result.data as SessionDetail;
}

/** Polls the session until `done` holds (by default: until it has ended). */
export async function waitForSession(
  client: ApiClient,
  id: string,
  done: (session: SessionDetail) => boolean = (s) => s.status !== 'queued' && s.status !== 'running',
  timeoutMs = 20_000,
): Promise<SessionDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const session = await getSession(client, id);
    if (done(session)) return session;
    if (Date.now() > deadline) throw new Error(`session ${id} still ${session.status} after ${timeoutMs} ms: ${JSON.stringify(session)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A manual sync, run to its end. */
export async function syncToEnd(client: ApiClient, integrationId: string, body: components['schemas']['TriggerSyncDto'] = {}): Promise<SessionDetail> {
  const queued = await triggerSync(client, integrationId, body);
  return waitForSession(client, queued.id);
}

export function executionOf(session: SessionDetail, capability: Execution['capability']): Execution {
  const execution = session.executions.find((e) => e.capability === capability);
  expect(execution).toBeDefined();
  return execution as Execution;
}

/** The most intervals open at one instant (an interval still open runs to `Infinity`). */
export function maxOverlap(intervals: readonly { start: Date; end: Date | null }[]): number {
  const events = intervals.flatMap((i) => [
    { at: i.start.getTime(), delta: 1 },
    { at: i.end?.getTime() ?? Infinity, delta: -1 },
  ]);
  // At one instant, ends before starts: back-to-back runs do not overlap.
  events.sort((x, y) => x.at - y.at || x.delta - y.delta);
  let open = 0;
  let most = 0;
  for (const event of events) {
    open += event.delta;
    most = Math.max(most, open);
  }
  return most;
}
