import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The x-request-id of the request that triggered a session, for its log lines. */
export class SessionCorrelationId1796231119004 implements MigrationInterface {
  name = 'SessionCorrelationId1796231119004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_sessions" ADD "correlation_id" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_sessions" DROP COLUMN "correlation_id"`);
  }
}
