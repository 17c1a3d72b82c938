// Plain JavaScript: Jest loads global setup outside its module resolution.
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * One fresh database per run (CI may pass TEST_DATABASE_URL for one it made), on the
 * server of TEST_ADMIN_DATABASE_URL, else the one answering on 127.0.0.1:5432, else an
 * embedded server started for the run (stopped and removed by global-teardown.js).
 * Workers inherit both URLs. Each test uses its own organizations, so test files share
 * the database without seeing each other's rows.
 */
export default async function globalSetup() {
  process.env.TEST_ADMIN_DATABASE_URL = await adminUrl();
  if (process.env.TEST_DATABASE_URL !== undefined) return;
  const name = `tether_test_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  process.env.TEST_DATABASE_URL = withDatabase(process.env.TEST_ADMIN_DATABASE_URL, name);
  process.env.TEST_DATABASE_CREATED = name;
}

async function adminUrl() {
  if (process.env.TEST_ADMIN_DATABASE_URL !== undefined) return process.env.TEST_ADMIN_DATABASE_URL;
  if (process.env.TEST_DATABASE_URL !== undefined) return withDatabase(process.env.TEST_DATABASE_URL, 'postgres');
  if (await answers(5432)) return LOCAL_SERVER;
  return startEmbeddedServer();
}

/** The service's own embedded PostgreSQL (compiled into dist/ by pretest), in a temporary folder. */
async function startEmbeddedServer() {
  const module = '../../dist/database/embedded/embedded-postgres.js';
  const { EmbeddedPostgres } = await import(module).catch((error) => {
    throw new Error(`nothing answers on 127.0.0.1:5432 and ${module} is missing: run \`npm test\`, whose pretest builds it`, { cause: error });
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-test-postgres-'));
  const server = await EmbeddedPostgres.start(dataDir);
  globalThis.tetherEmbeddedPostgres = { server, dataDir };
  // It runs detached: on Ctrl-C, exit (whose handler stops it) rather than die and leave it running.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(128 + constants.signals[signal]));
  process.stdout.write(`\nNothing answers on 127.0.0.1:5432: the tests run on an embedded ${server.describe()}\n`);
  return server.url;
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
