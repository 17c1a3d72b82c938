import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail: no foreign key to integrations, so events outlive what they describe. */
export class AuditTrail1796226842679 implements MigrationInterface {
    name = 'AuditTrail1796226842679'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actor" text NOT NULL,
                "action" text NOT NULL,
                "target_type" text NOT NULL,
                "target_id" text NOT NULL,
                "target_label" text NOT NULL,
                "changes" jsonb,
                "correlation_id" text NOT NULL,
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_audit_events_target" ON "audit_events" (
                "organization_id",
                "target_type",
                "target_id",
                "occurred_at"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_audit_events_organization_occurred" ON "audit_events" ("organization_id", "occurred_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_events_organization_occurred"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_events_target"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    }
}
