import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sync sessions, their executions and the cursors. The partial indexes are the
 * engine's invariants: one session per scheduled tick (whichever replica claims it
 * first), one queued or running session per integration, and cheap lookups of the
 * queue and of running sessions' heartbeats.
 */

export class SyncEngine1795753913245 implements MigrationInterface {
    name = 'SyncEngine1795753913245'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "sync_states" (
                "integration_id" uuid NOT NULL,
                "capability" text NOT NULL,
                "organization_id" text NOT NULL,
                "cursor" jsonb,
                "session_id" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_404f654936c32263af8494631a7" PRIMARY KEY ("integration_id", "capability")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sync_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "trigger" text NOT NULL,
                "triggered_by" text,
                "scheduled_for" TIMESTAMP WITH TIME ZONE,
                "dry_run" boolean NOT NULL,
                "capabilities" text array NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "cancel_requested" boolean NOT NULL DEFAULT false,
                "worker_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "heartbeat_at" TIMESTAMP WITH TIME ZONE,
                "error" jsonb,
                CONSTRAINT "PK_b529eb6ecea148e1021e4290e8d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sync_sessions_integration_created" ON "sync_sessions" ("integration_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "sync_executions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "capability" text NOT NULL,
                "position" integer NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "dry_run" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "records_fetched" integer NOT NULL DEFAULT '0',
                "created" integer NOT NULL DEFAULT '0',
                "updated" integer NOT NULL DEFAULT '0',
                "unchanged" integer NOT NULL DEFAULT '0',
                "skipped" integer NOT NULL DEFAULT '0',
                "failed" integer NOT NULL DEFAULT '0',
                "unmapped" jsonb NOT NULL DEFAULT '[]',
                "error" jsonb,
                CONSTRAINT "UQ_sync_executions_session_capability" UNIQUE ("session_id", "capability"),
                CONSTRAINT "PK_cc999e6212c72c0fa355d4d7e58" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sync_executions_integration_created" ON "sync_executions" ("integration_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_sync_sessions_tick" ON "sync_sessions" ("integration_id", "scheduled_for")
            WHERE "scheduled_for" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_sync_sessions_active" ON "sync_sessions" ("integration_id")
            WHERE "status" IN ('queued', 'running')
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sync_sessions_queued" ON "sync_sessions" ("created_at")
            WHERE "status" = 'queued'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sync_sessions_running" ON "sync_sessions" ("heartbeat_at")
            WHERE "status" = 'running'
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations"
            ADD "last_sync_session_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations"
            ADD "last_sync_status" text
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations"
            ADD "last_sync_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_states"
            ADD CONSTRAINT "FK_4adcff7ab43b3337322fbf570c1" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_sessions"
            ADD CONSTRAINT "FK_5f22b6e5c5f81828f3bdb1dbb25" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_executions"
            ADD CONSTRAINT "FK_6caf1accbce22e2afff76d70c6c" FOREIGN KEY ("session_id") REFERENCES "sync_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions" DROP CONSTRAINT "FK_6caf1accbce22e2afff76d70c6c"
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_sessions" DROP CONSTRAINT "FK_5f22b6e5c5f81828f3bdb1dbb25"
        `);
        await queryRunner.query(`
            ALTER TABLE "sync_states" DROP CONSTRAINT "FK_4adcff7ab43b3337322fbf570c1"
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations" DROP COLUMN "last_sync_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations" DROP COLUMN "last_sync_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations" DROP COLUMN "last_sync_session_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_sync_executions_integration_created"
        `);
        await queryRunner.query(`
            DROP TABLE "sync_executions"
        `);
        for (const index of ['IDX_sync_sessions_running', 'IDX_sync_sessions_queued', 'UQ_sync_sessions_active', 'UQ_sync_sessions_tick']) {
            await queryRunner.query(`DROP INDEX "public"."${index}"`);
        }
        await queryRunner.query(`
            DROP INDEX "public"."IDX_sync_sessions_integration_created"
        `);
        await queryRunner.query(`
            DROP TABLE "sync_sessions"
        `);
        await queryRunner.query(`
            DROP TABLE "sync_states"
        `);
    }
}
