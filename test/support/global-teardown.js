// Plain JavaScript: Jest loads global teardown outside its module resolution.
import { rmSync } from 'node:fs';
import pg from 'pg';

/** Drops the run's database, then stops and removes the embedded server if global-setup.js started one. */
export default async function globalTeardown() {
  const keep = process.env.KEEP_TEST_DATABASE !== undefined;
  const name = process.env.TEST_DATABASE_CREATED;
  if (name !== undefined && !keep) {
    const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  const embedded = globalThis.tetherEmbeddedPostgres;
  if (embedded === undefined) return;
  await embedded.server.stop();
  if (keep) {
    process.stdout.write(`\nKept the embedded cluster in ${embedded.server.folder} (data folder ${embedded.dataDir})\n`);
    return;
  }
  // Under root the cluster lives outside the data folder (see clusterFolder).
  rmSync(embedded.server.folder, { recursive: true, force: true });
  rmSync(embedded.dataDir, { recursive: true, force: true });
}
