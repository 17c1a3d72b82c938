import type { DataSource } from 'typeorm';

// Any fixed 64-bit number: replicas starting together take turns on it.
const MIGRATION_LOCK = '7301942117';

/** Runs pending migrations holding a PostgreSQL advisory lock, so replicas never race. */
export async function migrateUnderLock(dataSource: DataSource): Promise<DataSource> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
  return dataSource;
}
