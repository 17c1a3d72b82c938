import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ScriptedConnector } from '../../fakes/scripted/scripted.connector.js';
import { bodyOf } from '../../support/catalog-fixtures.js';
import { FAST_SYNC } from '../../support/sync-fixtures.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { testConfig } from '../../support/test-config.js';
import { newOrganization } from '../../support/tokens.js';
import { classOf, FuzzReport } from './fuzz-report.js';
import { FuzzRunner } from './fuzz-runner.js';
import { minimize } from './minimize.js';
import { readApiDocument } from './openapi-operations.js';
import { requestArbitrary } from './request-arbitraries.js';
import { ResourcePool } from './resource-pool.js';
import { ResponseChecks } from './response-checks.js';
import { seedResources } from './seed-resources.js';

const BODY_LIMIT_KB = 100;
const SEED = process.env.FUZZ_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2400);
/** Requests between two seedings of fresh resources. */
const ROUND = 400;

describe('fuzz: requests generated from openapi/openapi.json', () => {
  let t: TestApp;
  const own = newOrganization('fuzz');
  const foreign = newOrganization('fuzz-other');

  beforeAll(async () => {
    // Workers enough for the slow sessions each seeding leaves running.
    t = await startTestApp(testConfig({ ...FAST_SYNC, SYNC_CONCURRENCY: '16', BODY_LIMIT: `${BODY_LIMIT_KB}kb` }), [ScriptedConnector]);
  });
  afterAll(async () => {
    await t.close();
  });

  it(`answers no 5xx, only documented statuses, and every 4xx in the envelope naming the field (FUZZ_SEED=${SEED})`, async () => {
    const started = Date.now();
    const document = readApiDocument();
    const services = bodyOf(await t.client(own).GET('/external-services'));
    const requests = fc.sample(requestArbitrary(document.operations, { services, bodyLimitBytes: BODY_LIMIT_KB * 1024 }), { seed: SEED, numRuns: RUNS });
    const pool = new ResourcePool();
    const runner = new FuzzRunner(t, pool, new ResponseChecks(document.errorEnvelope), own);
    const report = new FuzzReport();

    const seed = async (owner: 'own' | 'foreign', index: number): Promise<void> => {
      const seeded = await seedResources(t.client(owner === 'own' ? own : foreign), `${owner}${index}`);
      for (const [kind, items] of Object.entries(seeded)) pool.set(owner, kind, items);
    };
    let usedUp = false;
    for (const [index, request] of requests.entries()) {
      if (index % ROUND === 0) await seed('foreign', index);
      if (index % ROUND === 0 || usedUp) await seed('own', index);
      const outcome = await runner.run(request, index);
      report.record(outcome);
      // Deleted resources leave the pool; once a kind has none left, the caller's are seeded afresh.
      usedUp = outcome.status < 300 && pool.forgetDeleted(request);
    }
    const seconds = (Date.now() - started) / 1000;
    let retries = 0;
    await report.reduceExamples((example) => minimize(example, classOf, (simpler) => runner.run(simpler, example.index, `fuzz-reduce-${retries++}`)));

    console.log(report.summary(seconds, SEED));
    if (report.failingClasses > 0) console.log(`fuzz failures (rerun with FUZZ_SEED=${SEED}):\n\n${report.failures(SEED)}`);
    // The run was as large as asked, and every operation got its share and succeeded at least once.
    expect(requests).toHaveLength(RUNS);
    const share = RUNS / document.operations.length;
    expect(document.operations.filter((op) => report.operation(op.id).sent < share / 3).map((op) => op.id)).toEqual([]);
    expect(document.operations.filter((op) => report.operation(op.id).succeeded === 0).map((op) => op.id)).toEqual([]);
    expect(report.failingClasses).toBe(0);
  }, 180_000);
});
