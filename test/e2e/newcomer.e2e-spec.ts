import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import type { components } from '../../openapi/schema.js';
import { CAPABILITIES } from '../../src/sync-contract/capability.js';
import { type ApiClient, apiClient } from '../support/api-client.js';
import { distScript } from '../support/dist-script.js';
import { EmbeddedDataDirs } from '../support/embedded-data-dirs.js';
import { expectError, expectStatus } from '../support/expectations.js';
import { runNode } from '../support/run-node.js';
import { createSample } from '../support/sample-fixtures.js';
import { type ServiceProcess, startServiceProcess } from '../support/service-process.js';

type Session = components['schemas']['SyncSessionDetailDto'];

const dataDirs = new EmbeddedDataDirs();
const running: ServiceProcess[] = [];
afterEach(async () => {
  for (const service of running.splice(0)) if (service.child.exitCode === null && service.child.signalCode === null) await service.stop('SIGTERM');
});
afterAll(() => {
  dataDirs.removeAll();
});

/**
 * A newcomer's first hour, as the README tells it: the built service with no DATABASE_URL
 * on a fresh data folder and every other setting at its default (`npm start`), a token from
 * the token command, the sample store synced, the process restarted and killed.
 */
describe('the README walk-through on the built service, embedded PostgreSQL, the sample store', () => {
  const dataDir = dataDirs.create();
  // Only what `npm start` on a newcomer's machine has: no NODE_ENV, no DATABASE_URL (PORT 0 and HOST from startServiceProcess).
  const start = async (): Promise<ServiceProcess> => {
    const service = await startServiceProcess({ DATA_DIR: dataDir });
    running.push(service);
    return service;
  };

  async function token(): Promise<string> {
    const run = await runNode(distScript('cli/token.js'), ['--org', 'acme', '--role', 'admin'], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    return run.stdout.trim();
  }

  /** Polls (gently: the default rate limit applies) until the session has ended. */
  async function ended(client: ApiClient, id: string, timeoutMs = 60_000): Promise<Session> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await client.GET('/sync-sessions/{id}', { params: { path: { id } } });
      expectStatus(result, 200);
      const session = result.data as Session;
      if (session.status !== 'queued' && session.status !== 'running') return session;
      if (Date.now() > deadline) throw new Error(`session ${id} still ${session.status}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function total(client: ApiClient, path: '/sales-orders' | '/warehouse-inventory' | '/pricing' | '/sales-history' | '/sales-forecast' | '/pending-sales' | '/forecast-versions', integrationId: string): Promise<number> {
    const result = await client.GET(path, { params: { query: { integrationId, limit: 1 } } });
    expectStatus(result, 200);
    return (result.data as { total: number }).total;
  }

  it('syncs, refuses a second trigger while running, keeps everything across a restart, syncs updates, survives a kill -9 and stops on SIGINT', async () => {
    let service = await start();
    expect(service.output()).toContain('using embedded PostgreSQL 18');
    let client = apiClient(service.baseUrl, await token());

    const catalog = await client.GET('/external-services');
    expect(catalog.data?.map((s) => s.key)).toContain('sample');
    // Disabled: manual syncs only, so no scheduled tick (the default is midnight UTC) adds a session of its own.
    const id = await createSample(client, { seed: 7, size: 60 }, { enabled: false });

    // Sync now; a second trigger while it is queued or running is a 409 naming it.
    const first = await client.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    expectStatus(first, 202);
    const firstId = (first.data as Session).id;
    const again = await client.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    expect(expectError(again, 409).sessionId).toBe(firstId);

    const synced = await ended(client, firstId);
    expect(synced.status).toBe('succeeded');
    expect(synced.executions.map((e) => e.capability).sort()).toEqual([...CAPABILITIES].sort());
    for (const execution of synced.executions) {
      expect({ capability: execution.capability, status: execution.status, error: execution.error }).toEqual({ capability: execution.capability, status: 'succeeded', error: null });
      expect(execution.recordsFetched).toBeGreaterThan(0);
    }
    const orders = await total(client, '/sales-orders', id);
    expect(orders).toBeGreaterThan(0);
    for (const path of ['/warehouse-inventory', '/pricing', '/sales-history', '/sales-forecast', '/forecast-versions'] as const) {
      expect({ path, total: await total(client, path, id) }).toEqual({ path, total: expect.any(Number) });
      expect(await total(client, path, id)).toBeGreaterThan(0);
    }
    const dashboard = await client.GET('/integrations');
    expect(dashboard.data?.items).toEqual([expect.objectContaining({ id, lastSync: expect.objectContaining({ sessionId: firstId, status: 'succeeded' }) })]);

    // Restart: the data and the history are still there.
    expect(await service.stop('SIGINT')).toBe(0);
    service = await start();
    client = apiClient(service.baseUrl, await token());
    expect(await total(client, '/sales-orders', id)).toBe(orders);
    const history = await client.GET('/integrations/{id}/sessions', { params: { path: { id } } });
    expect(history.data?.items.map((s) => s.id)).toEqual([firstId]);

    // The sample store moved a trading day on: new orders, and refunds and cancellations as updates.
    const second = await client.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    expectStatus(second, 202);
    const next = await ended(client, (second.data as Session).id);
    expect(next.status).toBe('succeeded');
    const orderRun = next.executions.find((e) => e.capability === 'sales_orders');
    expect(orderRun?.created).toBeGreaterThan(0);
    expect(orderRun?.updated).toBeGreaterThan(0);
    expect(next.executions.find((e) => e.capability === 'warehouse_inventory')?.updated).toBeGreaterThan(0);

    // A kill -9 in the middle of a sync: after the restart the session has ended (failed, resumable), not "running".
    const reset = await client.POST('/integrations/{id}/reset-sync-state', { params: { path: { id } }, body: {} });
    expectStatus(reset, 200);
    const third = await client.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    const thirdId = (third.data as Session).id;
    for (let seen = 'queued'; seen === 'queued'; ) {
      seen = (await client.GET('/sync-sessions/{id}', { params: { path: { id: thirdId } } })).data?.status ?? 'queued';
      if (seen === 'queued') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await service.stop('SIGKILL')).toBeNull();
    service = await start();
    client = apiClient(service.baseUrl, await token());
    const killed = await ended(client, thirdId, 5_000);
    expect(killed).toMatchObject({ status: 'failed', error: { kind: 'transient', retryable: true } });
    const afterKill = await client.GET('/integrations/{id}', { params: { path: { id } } });
    expect(afterKill.data?.lastSync).toMatchObject({ sessionId: thirdId, status: 'failed' });
    // And the next sync runs.
    const fourth = await client.POST('/integrations/{id}/sync', { params: { path: { id } }, body: {} });
    expectStatus(fourth, 202);
    expect((await ended(client, (fourth.data as Session).id)).status).toBe('succeeded');

    expect(await service.stop('SIGINT')).toBe(0);
    expect(service.output()).toContain('SIGINT: shutting down');
  }, 240_000);
});
