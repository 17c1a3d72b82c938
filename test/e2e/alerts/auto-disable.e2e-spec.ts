import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { components } from '../../../openapi/schema.js';
import { ALERTS_SWEEP, FailureAlertsSweep } from '../../../src/alerts/failure-alerts-sweep.service.js';
import { FailureAlertsListener } from '../../../src/alerts/failure-alerts.listener.js';
import { FailureAlerts } from '../../../src/alerts/failure-alerts.service.js';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import type { ApiClient } from '../../support/api-client.js';
import { expectError, expectStatus, expectValidationError, ISO_INSTANT } from '../../support/expectations.js';
import { createScripted, FAST_SYNC, syncToEnd } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';
import { eventually, FAST_WEBHOOKS, WebhookReceiver } from '../../support/webhook-receiver.js';

type Integration = components['schemas']['IntegrationDto'];

/** The order the alerts publish one session's events in. */
const PUBLISHED = ['sync.recovered', 'sync.failed', 'credentials.invalid', 'integration.auto_disable_warning', 'integration.auto_disabled'];
const EVERY_SECOND = '* * * * * *';
const failing = (failKind: 'transient' | 'auth') => ({ records: 2, pageSize: 1, failAtPage: 0, failTimes: 0, failKind });

describe('auto-disable after consecutive failed scheduled syncs', () => {
  let database: string;
  let t: TestApp;
  let admin: ApiClient;
  const org = newOrganization('autooff');
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    database = await createDatabase('tether_auto_disable');
    t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database), ...FAST_SYNC, ...FAST_WEBHOOKS, OUTBOUND_ALLOW_LOOPBACK: 'true' }), [ScriptedConnector]);
    admin = t.client(org, 'admin');
    await receiver.start();
    const created = await admin.POST('/webhook-endpoints', { body: { url: receiver.url } });
    expectStatus(created, 201);
    receiver.secret = (created.data as { secret: string }).secret;
  });

  afterAll(async () => {
    await receiver.stop();
    await t.close();
    await dropDatabase(database);
  });

  const integration = async (id: string): Promise<Integration> => {
    const result = await admin.GET('/integrations/{id}', { params: { path: { id } } });
    expectStatus(result, 200);
    return result.data as Integration;
  };
  /** The event types delivered about one integration, in the order they were queued (one session's in publishing order). */
  const typesFor = (id: string): string[] =>
    receiver.accepted
      .filter((d) => d.payload.data.integrationId === id)
      .sort((x, y) => x.payload.createdAt.localeCompare(y.payload.createdAt) || PUBLISHED.indexOf(x.payload.type) - PUBLISHED.indexOf(y.payload.type))
      .map((d) => d.payload.type);

  it('has a per-organization threshold, default 5, validated, set by admins only', async () => {
    const read = await t.client(org, 'viewer').GET('/organization-settings');
    expectStatus(read, 200);
    expect(read.data).toEqual({ autoDisableAfterFailures: 5 });
    expectError(await t.client(org, 'viewer').PUT('/organization-settings', { body: { autoDisableAfterFailures: 3 } }), 403);
    for (const value of [1, 101, 2.5, '3' as unknown as number]) {
      expectValidationError(await admin.PUT('/organization-settings', { body: { autoDisableAfterFailures: value } }), 'autoDisableAfterFailures', value === 1 ? 'min' : value === 101 ? 'max' : 'isInt');
    }
    expectValidationError(await admin.PUT('/organization-settings', { body: {} as { autoDisableAfterFailures: number } }), 'autoDisableAfterFailures', 'isInt');
    const put = await admin.PUT('/organization-settings', { body: { autoDisableAfterFailures: 3 } });
    expectStatus(put, 200);
    expect(put.data).toEqual({ autoDisableAfterFailures: 3 });
    // Another organization keeps the default.
    expect((await t.client(newOrganization('other')).GET('/organization-settings')).data).toEqual({ autoDisableAfterFailures: 5 });
  });

  it('warns one failure before the threshold, disables at it with the reason in the detail; auth failures count double; re-enabling clears it', async () => {
    // Manual failures alert but do not count towards auto-disable.
    const transient = await createScripted(admin, failing('transient'), { capabilities: ['products'], enabled: false, cronExpression: EVERY_SECOND });
    for (let i = 0; i < 3; i += 1) expect((await syncToEnd(admin, transient)).status).toBe('failed');
    await eventually(() => typesFor(transient).length === 3, 10_000, 'manual failures delivered');
    expect(typesFor(transient)).toEqual(['sync.failed', 'sync.failed', 'sync.failed']);
    expect((await integration(transient)).enabled).toBe(false);
    expect((await integration(transient)).disabledReason).toBeNull();

    const auth = await createScripted(admin, failing('auth'), { capabilities: ['products'], cronExpression: EVERY_SECOND });
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id: transient } }, body: { enabled: true } }), 200);

    await eventually(() => typesFor(transient).includes('integration.auto_disabled') && typesFor(auth).includes('integration.auto_disabled'), 30_000, 'both auto-disabled');
    // Three scheduled failures (after the three manual ones): warned after the second, disabled at the third.
    expect(typesFor(transient).slice(3, 3 + 5)).toEqual(['sync.failed', 'sync.failed', 'integration.auto_disable_warning', 'sync.failed', 'integration.auto_disabled']);
    // Auth failures score 2: the first reaches 2 (warned), the second 4 (disabled).
    expect(typesFor(auth).slice(0, 6)).toEqual([
      'sync.failed',
      'credentials.invalid',
      'integration.auto_disable_warning',
      'sync.failed',
      'credentials.invalid',
      'integration.auto_disabled',
    ]);
    const disabledEvent = receiver.of('integration.auto_disabled', auth)[0]?.payload.data;
    expect(disabledEvent).toMatchObject({ trigger: 'schedule', autoDisableAfterFailures: 3, failureScore: 4 });

    for (const id of [transient, auth]) {
      const detail = await integration(id);
      expect(detail.enabled).toBe(false);
      expect(detail.nextSync).toBeNull();
      expect(detail.disabledReason).toMatch(/^disabled after 3 consecutive failed scheduled syncs/);
      expect(detail.disabledAt).toMatch(ISO_INSTANT);
    }
    expect((await integration(auth)).disabledReason).toContain('credentials rejected');
    // The audit trail shows who disabled it: the alerts, caused by the session that tipped it.
    const trail = await admin.GET('/audit-events', { params: { query: { targetId: auth, action: 'integration.disabled' } } });
    expectStatus(trail, 200);
    expect(trail.data?.items).toEqual([
      expect.objectContaining({ actor: 'system:auto-disable', changes: { before: { enabled: true }, after: { enabled: false, disabledReason: (await integration(auth)).disabledReason } } }),
    ]);
    // The cron job is gone: no more scheduled sessions once the one in flight (if any) ends.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const settled = receiver.of('sync.failed', transient).length;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(receiver.of('sync.failed', transient)).toHaveLength(settled);

    // Re-enabled with working settings: the reason goes, and it syncs on schedule again.
    const fixed = await admin.PATCH('/integrations/{id}', { params: { path: { id: transient } }, body: { enabled: true, settings: { records: 2, pageSize: 1 } } });
    expectStatus(fixed, 200);
    expect(fixed.data).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null });
    await eventually(() => receiver.of('sync.recovered', transient).length === 1, 10_000, 'recovered on schedule');
    expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id: transient } }, body: { enabled: false } }), 200);
    expect((await integration(transient)).disabledReason).toBeNull();
  });

  it('alerts about sessions no listener heard (their process died first) when the sweep comes: each once, in the order they ended', async () => {
    const sweep = t.app.get(FailureAlertsSweep);
    // Only this test's sweeps run from here on.
    t.app.get(SchedulerRegistry).deleteInterval(ALERTS_SWEEP);
    const id = await createScripted(admin, failing('transient'), { capabilities: ['products'], enabled: false });
    const deaf = jest.spyOn(t.app.get(FailureAlertsListener), 'onSessionFinished').mockImplementation(() => undefined);
    try {
      expect((await syncToEnd(admin, id)).status).toBe('failed');
      expectStatus(await admin.PATCH('/integrations/{id}', { params: { path: { id } }, body: { settings: { records: 2, pageSize: 1 } } }), 200);
      expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    } finally {
      deaf.mockRestore();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(typesFor(id)).toEqual([]);

    expect(await sweep.sweep()).toBe(1);
    await eventually(() => typesFor(id).length === 2, 10_000, 'the swept alerts delivered');
    // One catch-up queues both in one transaction (one createdAt): the sessions' ends order them.
    const byEnd = (): string[] =>
      receiver.accepted
        .filter((d) => d.payload.data.integrationId === id)
        .sort((x, y) => String(x.payload.data.finishedAt).localeCompare(String(y.payload.data.finishedAt)))
        .map((d) => d.payload.type);
    expect(byEnd()).toEqual(['sync.failed', 'sync.recovered']);
    // Evaluated: neither another sweep nor the next session heard alerts about them again.
    expect(await sweep.sweep()).toBe(0);
    expect((await syncToEnd(admin, id)).status).toBe('succeeded');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(byEnd()).toEqual(['sync.failed', 'sync.recovered']);
    expect(await sweep.sweep()).toBe(0);
    // An integration deleted before its alerts were evaluated has none (and no state is made for it).
    await expect(t.app.get(FailureAlerts).catchUp(randomUUID())).resolves.toBeUndefined();
  });
});
