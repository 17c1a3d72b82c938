import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first records an execution's sink refused, by external id, with the reason. */

export class ExecutionRefused1796175279986 implements MigrationInterface {
    name = 'ExecutionRefused1796175279986'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions"
            ADD "refused" jsonb NOT NULL DEFAULT '[]'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions" DROP COLUMN "refused"
        `);
    }
}
