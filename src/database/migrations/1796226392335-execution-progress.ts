import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Executions' progress (pages so far, the total the source announced); the organization-wide session list's index. */

export class ExecutionProgress1796226392335 implements MigrationInterface {
    name = 'ExecutionProgress1796226392335'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions"
            ADD "pages" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_executions"
            ADD "expected_total" bigint
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sync_sessions_organization_created" ON "sync_sessions" ("organization_id", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_sync_sessions_organization_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_executions" DROP COLUMN "expected_total"
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_executions" DROP COLUMN "pages"
        `);
    }
}
