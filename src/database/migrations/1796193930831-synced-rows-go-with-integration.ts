import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An integration's synced rows (and the ids it could not map) go with it when it is
 * deleted. Rows left by integrations deleted before this are removed first: nothing can
 * refer to them, and the constraints could not be made over them.
 */
const TABLES = ['sales_order_lines', 'sales_orders', 'sales_history', 'pending_sales', 'warehouse_inventory', 'pricing', 'sales_forecast', 'forecast_versions', 'unmapped_external_ids'];

export class SyncedRowsGoWithIntegration1796193930831 implements MigrationInterface {
    name = 'SyncedRowsGoWithIntegration1796193930831'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const table of TABLES) {
            await queryRunner.query(`DELETE FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM "integrations" i WHERE i.id = t.integration_id)`);
        }
        await queryRunner.query(`
            ALTER TABLE "forecast_versions"
            ADD CONSTRAINT "FK_5d0a365b4d87db2ca8398c7168c" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "unmapped_external_ids"
            ADD CONSTRAINT "FK_03330d9511bf1ca321ab7c27067" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_forecast"
            ADD CONSTRAINT "FK_206a77a0b8c595f3438f8a0fe08" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "pending_sales"
            ADD CONSTRAINT "FK_dc9e349d8a930f3e2f1b7c36ee0" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "pricing"
            ADD CONSTRAINT "FK_caa5f7985b43aa3f289463f1a2e" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_history"
            ADD CONSTRAINT "FK_7f2e84b4ae047106da829cf9d74" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order_lines"
            ADD CONSTRAINT "FK_8ca3ac5f0e506a7e4f3791d36b4" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders"
            ADD CONSTRAINT "FK_dae60af5b5cba3a7f2a9af59df1" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "warehouse_inventory"
            ADD CONSTRAINT "FK_95d9fb74facfaa3c2ce6460e159" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "warehouse_inventory" DROP CONSTRAINT "FK_95d9fb74facfaa3c2ce6460e159"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders" DROP CONSTRAINT "FK_dae60af5b5cba3a7f2a9af59df1"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order_lines" DROP CONSTRAINT "FK_8ca3ac5f0e506a7e4f3791d36b4"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_history" DROP CONSTRAINT "FK_7f2e84b4ae047106da829cf9d74"
        `);
        await queryRunner.query(`
            ALTER TABLE "pricing" DROP CONSTRAINT "FK_caa5f7985b43aa3f289463f1a2e"
        `);
        await queryRunner.query(`
            ALTER TABLE "pending_sales" DROP CONSTRAINT "FK_dc9e349d8a930f3e2f1b7c36ee0"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_forecast" DROP CONSTRAINT "FK_206a77a0b8c595f3438f8a0fe08"
        `);
        await queryRunner.query(`
            ALTER TABLE "unmapped_external_ids" DROP CONSTRAINT "FK_03330d9511bf1ca321ab7c27067"
        `);
        await queryRunner.query(`
            ALTER TABLE "forecast_versions" DROP CONSTRAINT "FK_5d0a365b4d87db2ca8398c7168c"
        `);
    }

}
