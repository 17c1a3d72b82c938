import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BrewmanConnector } from '../../../src/connectors/brewman/brewman.connector.js';
import { OutboundPolicy } from '../../../src/connectors/kit/outbound/outbound-policy.js';
import { systemResolver } from '../../../src/connectors/kit/outbound/resolver.js';
import type { Capability } from '../../../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../../../src/sync-contract/records/canonical-record.js';
import { closeServer } from '../../fakes/close-server.js';
import { type FakeBrewman, startFakeBrewman } from '../../fakes/brewman/index.js';
import { testConfig } from '../../support/test-config.js';
import { daysAgo } from './brewman-fixtures.js';

/** Routes a later Brewman no longer serves (orders moved to v2, the entire-item methods replaced by GetItemsByFilter): 404 with no body, as routing answers. */
const GONE = ['/webapi/order/v1/getordersbyfilter', '/webapi/item/v1/getentireitemsbyfilter'];

/** The fake behind a proxy that has dropped the old routes. */
async function laterServer(fake: FakeBrewman): Promise<{ server: Server; url: string }> {
  const target = new URL(fake.url);
  const server = createServer((incoming, outgoing) => {
    if (GONE.includes((incoming.url ?? '').toLowerCase())) {
      incoming.resume();
      outgoing.writeHead(404).end();
      return;
    }
    const forwarded = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (reply) => {
      outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(outgoing);
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('Brewman with the later API routes', () => {
  let fake: FakeBrewman;
  let later: { server: Server; url: string };
  const connector = new BrewmanConnector(new OutboundPolicy(testConfig({ OUTBOUND_ALLOW_LOOPBACK: 'true' }), systemResolver));
  const read = async (capability: Capability, baseUrl: string): Promise<CanonicalRecord<Capability>[]> => {
    const records: CanonicalRecord<Capability>[] = [];
    const pages = connector.read({ capability, cursor: null, credentials: { baseUrl, apiToken: fake.apiToken, tenantId: fake.tenantId }, settings: { orderHistoryDays: 10 }, signal: AbortSignal.timeout(30_000) });
    for await (const page of pages) records.push(...page.records);
    return records;
  };

  beforeAll(async () => {
    fake = await startFakeBrewman({ seed: 31, startDate: daysAgo(8), days: 8, clock: Date.now });
    later = await laterServer(fake);
  });
  afterAll(async () => {
    await closeServer(later.server);
    await fake.close();
  });

  it('reads orders from Order/v2 and items from GetItemsByFilter when the v1 routes are gone, with the same records', async () => {
    for (const capability of ['sales_orders', 'products'] as const) {
      fake.resetRequests();
      const fromLater = await read(capability, later.url);
      expect(fromLater.length).toBeGreaterThan(0);
      expect(fromLater).toEqual(await read(capability, fake.url));
    }
    fake.resetRequests();
    await read('sales_orders', later.url);
    // The later name is found once per read, then used for every window.
    expect(fake.routeCounts()).toMatchObject({ 'Order/v2/GetOrdersByFilter': expect.any(Number), 'Item/v1/GetItemsByFilter': 1 });
    expect(fake.routeCounts()['Order/v1/GetOrdersByFilter']).toBeUndefined();
  });
});
