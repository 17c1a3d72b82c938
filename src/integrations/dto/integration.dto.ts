import { ApiProperty } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { SESSION_STATUSES } from '../../executions/entities/sync-session.entity.js';
import { INTEGRATION_STATUSES, type IntegrationStatus } from './list-integrations-query.dto.js';

export class LastSyncDto {
  /** @example "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60" */
  sessionId!: string;
  /** When it started, or finished once it has. @example "2026-11-27T00:00:03.000Z" */
  at!: string;
  @ApiProperty({ enum: SESSION_STATUSES, example: 'succeeded' })
  status!: string;
}

/** A row of the integrations dashboard. */
export class IntegrationSummaryDto {
  /** @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  id!: string;
  /** @example "Shopify Production" */
  name!: string;
  /** @example "shopify" */
  externalService!: string;
  /** @example "Shopify" */
  externalServiceName!: string;
  /** @example true */
  enabled!: boolean;
  @ApiProperty({ enum: INTEGRATION_STATUSES })
  status!: IntegrationStatus;
  /** @example false */
  dryRun!: boolean;
  /** Why the service disabled it (consecutive failed scheduled syncs); null unless it did. Re-enabling clears it. @example "disabled after 5 consecutive failed scheduled syncs (last: auth: token rejected)" */
  disabledReason!: string | null;
  /** When the service disabled it; null unless it did. @example "2026-11-28T00:00:04.000Z" */
  disabledAt!: string | null;
  /** @example "0 0 0 * * *" */
  cronExpression!: string;
  /** @example "UTC" */
  timezone!: string;
  @ApiProperty({ enum: CAPABILITIES, isArray: true, example: ['sales_orders', 'products'] })
  capabilities!: Capability[];
  /** The last sync session, once syncs have run. */
  lastSync!: LastSyncDto | null;
  /** Next scheduled run (ISO 8601, UTC); null while disabled. @example "2026-11-28T00:00:00.000Z" */
  nextSync!: string | null;
}

/** Everything about an integration except credential values, which are never returned. */
export class IntegrationDto extends IntegrationSummaryDto {
  /** @example {"apiVersion": "2026-10"} */
  settings!: Record<string, unknown>;
  /** Names of the credential fields that are set (never their values). @example ["accessToken", "storeDomain"] */
  credentialFields!: string[];
  /** @example "2026-11-27T09:00:00.000Z" */
  createdAt!: string;
  /** Subject of the token that created it. @example "auth0|admin-1" */
  createdBy!: string;
  /** @example "2026-11-27T09:30:00.000Z" */
  updatedAt!: string;
  /** @example "auth0|admin-1" */
  updatedBy!: string;
}

export class IntegrationPageDto {
  items!: IntegrationSummaryDto[];
  /** @example 1 */
  total!: number;
  /** @example 25 */
  limit!: number;
  /** @example 0 */
  offset!: number;
}
