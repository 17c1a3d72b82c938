import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notes a connector leaves on an execution (e.g. how far back the service let it read). */

export class ExecutionNotes1795757288550 implements MigrationInterface {
    name = 'ExecutionNotes1795757288550'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions"
            ADD "notes" text array NOT NULL DEFAULT '{}'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sync_executions" DROP COLUMN "notes"
        `);
    }
}
