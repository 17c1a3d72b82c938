import type pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';

/**
 * A statement PostgreSQL prepares once per connection (by its name) rather than parsing and
 * planning it on every call: for the statements the sync engine runs for every session and
 * page. TypeORM's query() cannot name a statement, so these go to the pg pool or client.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

export const prepared = (name: string, text: string): PreparedStatement => ({ name, text });

/** Runs it on its own (autocommit), on a connection of the app's pool. */
export async function runPrepared<R extends pg.QueryResultRow>(dataSource: DataSource, statement: PreparedStatement, values: unknown[]): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  return (await pool.query<R>({ ...statement, values })).rows;
}

/** Runs it in the caller's transaction. */
export async function runPreparedIn<R extends pg.QueryResultRow>(manager: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<R[]> {
  return (await (await transactionClient(manager)).query<R>({ ...statement, values })).rows;
}

/** The connection of the caller's transaction, for statements TypeORM cannot name. */
export async function transactionClient(manager: EntityManager): Promise<pg.PoolClient> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (runner?.isTransactionActive !== true) throw new Error('this statement runs inside the caller’s transaction');
  return (await runner.connect()) as pg.PoolClient;
}
