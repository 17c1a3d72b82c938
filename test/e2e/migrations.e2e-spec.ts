import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { migrateUnderLock } from '../../src/database/migrate-under-lock.js';
import { migrations } from '../../src/database/migrations/index.js';
import { testConfig } from '../support/test-config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createDatabase, databaseUrl, dropDatabase } from '../support/test-database.js';

describe('migrations', () => {
  let database: string;
  beforeAll(async () => {
    database = await createDatabase('tether_migrations');
  });
  afterAll(async () => {
    await dropDatabase(database);
  });

  it('run once even when several replicas start together (advisory lock)', async () => {
    const replicas = Array.from({ length: 3 }, () => new DataSource(dataSourceOptions(databaseUrl(database))));
    await Promise.all(replicas.map(async (replica) => migrateUnderLock(await replica.initialize())));
    const [first] = replicas;
    const applied = (await first?.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id')) ?? [];
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
    await Promise.all(replicas.map((replica) => replica.destroy()));
  });

  describe('against the entities the app registers', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(testConfig({ DATABASE_URL: databaseUrl(database) }));
    });
    afterAll(async () => {
      await t.close();
    });

    it('leave no drift: generating a migration from the entities yields nothing', async () => {
      const entityCount = t.dataSource.entityMetadatas.length;
      expect(entityCount).toBeGreaterThanOrEqual(2);
      const pending = await t.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    });

    it('can be reverted and re-applied', async () => {
      for (let i = 0; i < migrations.length; i += 1) await t.dataSource.undoLastMigration({ transaction: 'all' });
      const tables = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'integrations'`,
      );
      expect(tables[0]?.n).toBe(0);
      await t.dataSource.runMigrations({ transaction: 'all' });
      expect((await t.dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    });
  });
});
