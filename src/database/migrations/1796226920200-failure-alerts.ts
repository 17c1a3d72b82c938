import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints and their delivery queue, alert settings and state, an integration's disabled reason. */
export class FailureAlerts1796226920200 implements MigrationInterface {
    name = 'FailureAlerts1796226920200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "organization_alert_settings" (
                "organization_id" text NOT NULL,
                "auto_disable_after" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" text NOT NULL,
                CONSTRAINT "PK_57156820493f3d2e36e22a8354b" PRIMARY KEY ("organization_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "integration_alert_states" (
                "integration_id" uuid NOT NULL,
                "failing" boolean NOT NULL DEFAULT false,
                "failure_score" integer NOT NULL DEFAULT '0',
                "warned" boolean NOT NULL DEFAULT false,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa77c69aff1d2604f0dbea899e5" PRIMARY KEY ("integration_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_endpoints" (
                "id" uuid NOT NULL,
                "organization_id" text NOT NULL,
                "url" text NOT NULL,
                "description" text NOT NULL,
                "event_types" text array NOT NULL,
                "enabled" boolean NOT NULL,
                "secret_key_id" text NOT NULL,
                "secret_iv" bytea NOT NULL,
                "secret_auth_tag" bytea NOT NULL,
                "secret_ciphertext" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" text NOT NULL,
                CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_webhook_endpoints_organization" ON "webhook_endpoints" ("organization_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "endpoint_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "event_type" text NOT NULL,
                "payload" jsonb NOT NULL,
                "status" text NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_latency_ms" integer,
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_webhook_deliveries_event_endpoint" UNIQUE ("event_id", "endpoint_id"),
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_webhook_deliveries_endpoint" ON "webhook_deliveries" ("endpoint_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_webhook_deliveries_due" ON "webhook_deliveries" ("status", "next_attempt_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations"
            ADD "disabled_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations"
            ADD "disabled_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_alert_states"
            ADD CONSTRAINT "FK_fa77c69aff1d2604f0dbea899e5" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_alert_states" DROP CONSTRAINT "FK_fa77c69aff1d2604f0dbea899e5"
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations" DROP COLUMN "disabled_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "integrations" DROP COLUMN "disabled_reason"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_webhook_deliveries_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_webhook_deliveries_endpoint"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_webhook_endpoints_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_endpoints"
        `);
        await queryRunner.query(`
            DROP TABLE "integration_alert_states"
        `);
        await queryRunner.query(`
            DROP TABLE "organization_alert_settings"
        `);
    }

}
