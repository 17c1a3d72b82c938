import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Integrations and their encrypted credentials. */

export class Initial1795745876539 implements MigrationInterface {
    name = 'Initial1795745876539'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "integrations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "name" text NOT NULL,
                "external_service" text NOT NULL,
                "cron_expression" text NOT NULL,
                "timezone" text NOT NULL,
                "capabilities" text array NOT NULL,
                "settings" jsonb NOT NULL,
                "enabled" boolean NOT NULL,
                "dry_run" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" text NOT NULL,
                CONSTRAINT "PK_9adcdc6d6f3922535361ce641e8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_integrations_organization_name" ON "integrations" ("organization_id", lower("name"))
        `);
        await queryRunner.query(`
            CREATE TABLE "integration_credentials" (
                "integration_id" uuid NOT NULL,
                "key_id" text NOT NULL,
                "iv" bytea NOT NULL,
                "auth_tag" bytea NOT NULL,
                "ciphertext" bytea NOT NULL,
                "field_names" text array NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" text NOT NULL,
                CONSTRAINT "PK_d6f7a21dc3b5d365fa1fece54ab" PRIMARY KEY ("integration_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_credentials"
            ADD CONSTRAINT "FK_d6f7a21dc3b5d365fa1fece54ab" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "integration_credentials" DROP CONSTRAINT "FK_d6f7a21dc3b5d365fa1fece54ab"
        `);
        await queryRunner.query(`
            DROP TABLE "integration_credentials"
        `);
        await queryRunner.query(`
            DROP INDEX "UQ_integrations_organization_name"
        `);
        await queryRunner.query(`
            DROP TABLE "integrations"
        `);
    }

}
