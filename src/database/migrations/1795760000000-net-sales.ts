import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sales net of refunds: whether an order counts, what was refunded, and the ordered units beside the counted ones. */

export class NetSales1795760000000 implements MigrationInterface {
    name = 'NetSales1795760000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sales_orders"
            ADD "counts_as_sale" boolean NOT NULL DEFAULT true
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders"
            ADD "refunded_amount" numeric(20, 4)
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_order_lines"
            ADD "ordered_quantity" numeric(20, 4)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sales_order_lines" DROP COLUMN "ordered_quantity"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders" DROP COLUMN "refunded_amount"
        `);
        await queryRunner.query(`
            ALTER TABLE "sales_orders" DROP COLUMN "counts_as_sale"
        `);
    }
}
