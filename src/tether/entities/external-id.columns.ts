import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';

/**
 * What an external system calls one of our things, per integration (the source that
 * reported it): organization + integration + external id is the key.
 */
export abstract class ExternalIdColumns {
  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @PrimaryColumn({ name: 'integration_id', type: 'uuid' })
  integrationId!: string;

  @PrimaryColumn({ name: 'external_id', type: 'text' })
  externalId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Who mapped it: a user's subject, or the integration's products/channels sync. */
  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
