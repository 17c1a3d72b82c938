import pg from 'pg';

/** The server the benchmarks create their databases on. */
export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
}

async function withAdmin<T>(task: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await task(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh, empty database for one benchmark scenario. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `tether_bench_${label}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropBenchDatabase(database: BenchDatabase): Promise<void> {
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`));
}
