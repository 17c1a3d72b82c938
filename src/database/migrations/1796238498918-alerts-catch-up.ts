import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alerts remember the last session they evaluated, so a session whose event was lost is
 * caught up by the sweep (which reads the sessions that ended lately, by their end). Existing
 * states count as evaluated through now: their sessions were alerted about already.
 */
export class AlertsCatchUp1796238498918 implements MigrationInterface {
  name = 'AlertsCatchUp1796238498918';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "integration_alert_states" ADD "evaluated_through" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "integration_alert_states" ALTER COLUMN "evaluated_through" DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX "IDX_sync_sessions_finished" ON "sync_sessions" ("finished_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_sync_sessions_finished"`);
    await queryRunner.query(`ALTER TABLE "integration_alert_states" DROP COLUMN "evaluated_through"`);
  }
}
