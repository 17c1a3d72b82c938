import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { WebhookEventType } from './webhook-event-types.js';

/** Where an organization's alerts go; the signing secret is AES-256-GCM ciphertext only. */
@Entity({ name: 'webhook_endpoints' })
@Index('IDX_webhook_endpoints_organization', ['organizationId', 'createdAt'])
export class WebhookEndpointEntity {
  // Chosen before the insert: the secret's ciphertext is bound to it.
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes!: WebhookEventType[];

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ name: 'secret_key_id', type: 'text' })
  secretKeyId!: string;

  @Column({ name: 'secret_iv', type: 'bytea' })
  secretIv!: Buffer;

  @Column({ name: 'secret_auth_tag', type: 'bytea' })
  secretAuthTag!: Buffer;

  @Column({ name: 'secret_ciphertext', type: 'bytea' })
  secretCiphertext!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
