// Plain JavaScript: Jest loads global setup outside its module resolution.
import pg from 'pg';

/**
 * One fresh database per run (CI may pass TEST_DATABASE_URL for one it made);
 * workers inherit the URL. Each test uses its own organizations, so test files
 * share the database without seeing each other's rows.
 */
export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL !== undefined) return;
  const admin = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tether_test_${process.pid}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_DATABASE_CREATED = name;
}
