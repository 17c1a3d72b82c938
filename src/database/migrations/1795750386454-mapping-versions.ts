import type { MigrationInterface, QueryRunner } from 'typeorm';

// Whoever writes a mapping (the API, a products or channels sync, a cascade), the version moves.
const MAPPING_TABLES = ['sku_external_ids', 'channel_external_ids', 'integration_default_channels'];
const EVENTS = [
  ['insert', 'INSERT', 'NEW'],
  ['update', 'UPDATE', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
] as const;

/** A version per integration's mappings, and a digest per order, so re-read orders can be skipped. */

export class MappingVersions1795750386454 implements MigrationInterface {
    name = 'MappingVersions1795750386454'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "integration_mapping_versions" (
                "integration_id" uuid NOT NULL,
                "version" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_b31d1ffed85f25b33e304b704d0" PRIMARY KEY ("integration_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders"
            ADD "content_hash" text
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders"
            ADD "mapping_version" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "integration_mapping_versions"
            ADD CONSTRAINT "FK_b31d1ffed85f25b33e304b704d0" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE FUNCTION bump_integration_mapping_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- Not for an integration being deleted (its mappings go by cascade).
                INSERT INTO integration_mapping_versions AS v (integration_id, version)
                SELECT DISTINCT c.integration_id, 1 FROM changed_rows c
                WHERE EXISTS (SELECT 1 FROM integrations i WHERE i.id = c.integration_id)
                ORDER BY 1
                ON CONFLICT (integration_id) DO UPDATE SET version = v.version + 1;
                RETURN NULL;
            END $$
        `);
        for (const table of MAPPING_TABLES) {
            for (const [name, event, transition] of EVENTS) {
                await queryRunner.query(`
                    CREATE TRIGGER "${table}_${name}_bumps_mapping_version" AFTER ${event} ON "${table}"
                    REFERENCING ${transition} TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_integration_mapping_version()
                `);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of MAPPING_TABLES) {
            for (const [name] of EVENTS) {
                await queryRunner.query(`DROP TRIGGER "${table}_${name}_bumps_mapping_version" ON "${table}"`);
            }
        }
        await queryRunner.query(`DROP FUNCTION bump_integration_mapping_version()`);
        await queryRunner.query(`
            ALTER TABLE "integration_mapping_versions" DROP CONSTRAINT "FK_b31d1ffed85f25b33e304b704d0"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders" DROP COLUMN "mapping_version"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders" DROP COLUMN "content_hash"
        `);
        await queryRunner.query(`
            DROP TABLE "integration_mapping_versions"
        `);
    }

}
