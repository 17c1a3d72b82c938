import { IsObject, IsOptional } from 'class-validator';
import { SyncErrorDto } from './sync-error.dto.js';

/** Credentials (and settings) to try before saving them. */
export class CheckConnectionDto {
  /** The service's credential fields, as for creating an integration. @example {"storeDomain": "your-store.myshopify.com", "accessToken": "shpat_..."} */
  @IsObject()
  credentials!: Record<string, unknown>;

  /** @example {"apiVersion": "2026-10"} */
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}

export class ConnectionCheckDto {
  /** Whether the service accepted the credentials. */
  ok!: boolean;
  /** @example "connected to Acme Store" */
  summary!: string | null;
  /** What the service said about itself. @example {"shop": "Acme Store", "currency": "USD", "timezone": "America/New_York"} */
  details!: Record<string, string>;
  /** Why not, without secrets: kind auth (token refused), config (unknown shop, bad domain), transient (network). */
  error!: SyncErrorDto | null;
}
