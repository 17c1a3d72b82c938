import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tether's data: SKUs, channels, external-id mappings and one table per data type. */

export class TetherData1795747645934 implements MigrationInterface {
    name = 'TetherData1795747645934'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "channels" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "code" text NOT NULL,
                "name" text NOT NULL,
                "integration_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bc603823f3f741359c2339389f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_channels_organization_code" ON "channels" ("organization_id", "code")
        `);
        await queryRunner.query(`
            CREATE TABLE "integration_default_channels" (
                "integration_id" uuid NOT NULL,
                "organization_id" text NOT NULL,
                "channel_id" uuid NOT NULL,
                CONSTRAINT "PK_31b1067d9e68a59098742266a93" PRIMARY KEY ("integration_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "forecast_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "external_id" text NOT NULL,
                "name" text NOT NULL,
                "source_created_at" TIMESTAMP WITH TIME ZONE,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9a1fdeeda1c23e975fd57a84185" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_forecast_versions_source" ON "forecast_versions" (
                "organization_id",
                "integration_id",
                "external_id"
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "skus" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" text NOT NULL,
                "code" text NOT NULL,
                "name" text NOT NULL,
                "barcode" text,
                "integration_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_334d59b0b01e5f2193966266e27" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_skus_organization_code" ON "skus" ("organization_id", "code")
        `);
        await queryRunner.query(`
            CREATE TABLE "unmapped_external_ids" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "external_id" text NOT NULL,
                "occurrences" bigint NOT NULL,
                "capability" text NOT NULL,
                "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_607f9c029dede3ac2da3c6c74d6" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "kind",
                    "external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "channel_external_ids" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "external_id" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" text NOT NULL,
                "channel_id" uuid NOT NULL,
                CONSTRAINT "PK_5cce5722a454e80602bd1066514" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_channel_external_ids_channel" ON "channel_external_ids" ("channel_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "sku_external_ids" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "external_id" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" text NOT NULL,
                "sku_id" uuid NOT NULL,
                CONSTRAINT "PK_a31dfdd1a17d26a5b3c90dbf0c6" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_sku_external_ids_sku" ON "sku_external_ids" ("sku_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "pending_sales" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "order_external_id" text NOT NULL,
                "line_external_id" text NOT NULL,
                "sku_id" uuid NOT NULL,
                "channel_id" uuid NOT NULL,
                "ordered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "quantity" numeric(20, 4) NOT NULL,
                "amount" numeric(20, 4) NOT NULL,
                "currency" text NOT NULL,
                CONSTRAINT "PK_263200fdae00c48d0ae7e24b7dd" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "order_external_id",
                    "line_external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "pricing" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sku_id" uuid NOT NULL,
                "price_list" text NOT NULL,
                "currency" text NOT NULL,
                "valid_from" date NOT NULL,
                "channel_id" uuid,
                "amount" numeric(20, 4) NOT NULL,
                "valid_to" date,
                CONSTRAINT "PK_78a28d0bb06bf215bbbe869b8e0" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "sku_id",
                    "price_list",
                    "currency",
                    "valid_from"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sales_forecast" (
                "forecast_version_id" uuid NOT NULL,
                "sku_id" uuid NOT NULL,
                "channel_id" uuid NOT NULL,
                "period_start" date NOT NULL,
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "quantity" numeric(20, 4) NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_104965c053b7f57e7aa51d705a1" PRIMARY KEY (
                    "forecast_version_id",
                    "sku_id",
                    "channel_id",
                    "period_start"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sales_history" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sku_id" uuid NOT NULL,
                "channel_id" uuid NOT NULL,
                "period_start" date NOT NULL,
                "period_length" text NOT NULL,
                "quantity" numeric(20, 4) NOT NULL,
                "revenue" numeric(20, 4) NOT NULL,
                "currency" text NOT NULL,
                CONSTRAINT "PK_5777346c0702675589e4e59badc" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "sku_id",
                    "channel_id",
                    "period_start",
                    "period_length"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sales_order_lines" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "order_external_id" text NOT NULL,
                "external_id" text NOT NULL,
                "sku_id" uuid NOT NULL,
                "quantity" numeric(20, 4) NOT NULL,
                "unit_price" numeric(20, 4) NOT NULL,
                "currency" text NOT NULL,
                CONSTRAINT "PK_4cba23b2ec34d26bf5a35e92a48" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "order_external_id",
                    "external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "sales_orders" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "external_id" text NOT NULL,
                "order_number" text,
                "channel_id" uuid NOT NULL,
                "status" text NOT NULL,
                "ordered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "currency" text NOT NULL,
                "total_amount" numeric(20, 4) NOT NULL,
                "source_updated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3151ccc63748a69d7916c112d27" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "external_id"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "warehouse_inventory" (
                "organization_id" text NOT NULL,
                "integration_id" uuid NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sku_id" uuid NOT NULL,
                "location" text NOT NULL,
                "on_hand" numeric(20, 4) NOT NULL,
                "committed" numeric(20, 4) NOT NULL,
                "available" numeric(20, 4) NOT NULL,
                "as_of" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_3576d72498127965670818a7a7e" PRIMARY KEY (
                    "organization_id",
                    "integration_id",
                    "sku_id",
                    "location"
                )
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_default_channels"
            ADD CONSTRAINT "FK_31b1067d9e68a59098742266a93" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_default_channels"
            ADD CONSTRAINT "FK_7202a7f37fb83e35f92adbfa031" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "channel_external_ids"
            ADD CONSTRAINT "FK_422d79d6dde4df5687851a31a59" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "channel_external_ids"
            ADD CONSTRAINT "FK_0df4d76224652474e500c6e456e" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sku_external_ids"
            ADD CONSTRAINT "FK_46698ecfc9cb2472c018bc897c8" FOREIGN KEY ("sku_id") REFERENCES "skus"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sku_external_ids"
            ADD CONSTRAINT "FK_784a592d376a9f5e131dd7d1e3b" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sku_external_ids" DROP CONSTRAINT "FK_784a592d376a9f5e131dd7d1e3b"
        `);
        await queryRunner.query(`
            ALTER TABLE "sku_external_ids" DROP CONSTRAINT "FK_46698ecfc9cb2472c018bc897c8"
        `);
        await queryRunner.query(`
            ALTER TABLE "channel_external_ids" DROP CONSTRAINT "FK_0df4d76224652474e500c6e456e"
        `);
        await queryRunner.query(`
            ALTER TABLE "channel_external_ids" DROP CONSTRAINT "FK_422d79d6dde4df5687851a31a59"
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_default_channels" DROP CONSTRAINT "FK_7202a7f37fb83e35f92adbfa031"
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_default_channels" DROP CONSTRAINT "FK_31b1067d9e68a59098742266a93"
        `);
        await queryRunner.query(`
            DROP TABLE "warehouse_inventory"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_orders"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_order_lines"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_history"
        `);
        await queryRunner.query(`
            DROP TABLE "sales_forecast"
        `);
        await queryRunner.query(`
            DROP TABLE "pricing"
        `);
        await queryRunner.query(`
            DROP TABLE "pending_sales"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_sku_external_ids_sku"
        `);
        await queryRunner.query(`
            DROP TABLE "sku_external_ids"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_channel_external_ids_channel"
        `);
        await queryRunner.query(`
            DROP TABLE "channel_external_ids"
        `);
        await queryRunner.query(`
            DROP TABLE "unmapped_external_ids"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_skus_organization_code"
        `);
        await queryRunner.query(`
            DROP TABLE "skus"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_forecast_versions_source"
        `);
        await queryRunner.query(`
            DROP TABLE "forecast_versions"
        `);
        await queryRunner.query(`
            DROP TABLE "integration_default_channels"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_channels_organization_code"
        `);
        await queryRunner.query(`
            DROP TABLE "channels"
        `);
    }

}
