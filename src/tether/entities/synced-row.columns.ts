import { Column, PrimaryColumn } from 'typeorm';

/**
 * Every synced row: whose it is, which integration wrote it, and when it last changed.
 * The natural key starts with organization and integration, so re-reading a source
 * record updates its row instead of adding one.
 */
export abstract class SyncedRowColumns {
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @Column({ name: 'written_at', type: 'timestamptz', default: () => 'now()' })
  writtenAt!: Date;
}

/** Money and quantities: numeric, never floats; read back as decimal strings. */
export const DECIMAL = { type: 'numeric', precision: 20, scale: 4 } as const;
