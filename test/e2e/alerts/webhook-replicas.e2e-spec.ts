import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { expectStatus } from '../../support/expectations.js';
import { type Replica, startReplica } from '../../support/replica-fleet.js';
import { createScripted, triggerSync } from '../../support/sync-fixtures.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../support/test-database.js';
import { newOrganization } from '../../support/tokens.js';
import { eventually, FAST_WEBHOOKS, WebhookReceiver } from '../../support/webhook-receiver.js';

const INTEGRATIONS = 8;

describe('webhook deliveries with two replicas (processes) on one database', () => {
  it('deliver each event exactly once, whichever replica ran the session', async () => {
    const database = await createDatabase('tether_webhook_replicas');
    const url = databaseUrl(database);
    const org = newOrganization('hookfleet');
    const receiver = new WebhookReceiver();
    await receiver.start();
    // Both poll every 50 ms: they race for every due delivery.
    const env = { ...FAST_WEBHOOKS, WEBHOOK_POLL_MS: '50', OUTBOUND_ALLOW_LOOPBACK: 'true' };
    const replicas: Replica[] = await Promise.all([0, 1].map(() => startReplica(url, env)));
    const [a, b] = replicas as [Replica, Replica];
    try {
      const created = await a.admin(org).POST('/webhook-endpoints', { body: { url: receiver.url, eventTypes: ['sync.failed'] } });
      expectStatus(created, 201);
      receiver.secret = (created.data as { secret: string }).secret;

      const ids: string[] = [];
      for (let i = 0; i < INTEGRATIONS; i += 1) {
        ids.push(await createScripted(a.admin(org), { records: 2, pageSize: 1, failAtPage: 0, failTimes: 0 }, { capabilities: ['products'], enabled: false }));
      }
      // Triggered through both: the sessions run on whichever worker claims them.
      await Promise.all(ids.map((id, i) => triggerSync((i % 2 === 0 ? a : b).admin(org), id)));
      await eventually(() => receiver.accepted.length >= INTEGRATIONS, 20_000, 'every sync.failed delivered');
      // Time for a double delivery to show, if there were one.
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      expect(receiver.refused).toEqual([]);
      expect(receiver.accepted.map((d) => d.payload.data.integrationId).sort()).toEqual([...ids].sort());
      const eventIds = receiver.accepted.map((d) => d.payload.id);
      expect(new Set(eventIds).size).toBe(INTEGRATIONS);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ status: string; attempts: number }>('SELECT status, attempts FROM webhook_deliveries');
      await client.end();
      expect(rows).toHaveLength(INTEGRATIONS);
      // One attempt each: the replica that lost the race for a row never sent it.
      expect(rows.every((r) => r.status === 'delivered' && r.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(replicas.map((r) => r.process.stop('SIGTERM')));
      await receiver.stop();
      await dropDatabase(database);
    }
  });
});
