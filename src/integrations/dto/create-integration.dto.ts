import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { NoNulCharacters } from '../../common/no-nul-characters.decorator.js';
import type { Capability } from '../../sync-contract/capability.js';
import { CapabilityList } from '../../connectors/capability-list.decorator.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateIntegrationDto {
  /** Display name, unique in the organization (ignoring case). @example "Shopify Production" */
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  @NoNulCharacters()
  name!: string;

  /** Key of a service from `GET /external-services`. @example "shopify" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  externalService!: string;

  /** 6-field cron, seconds first; at creation defaults to `0 0 0 * * *` (daily at midnight). @example "0 0 2 * * *" */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cronExpression?: string;

  /** IANA time zone the cron runs in; at creation defaults to `UTC`. @example "America/New_York" */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  /** Data types to sync: a non-empty subset of the service's capabilities. @example ["sales_orders", "products"] */
  @CapabilityList()
  capabilities!: Capability[];

  /**
   * Values for the service's credential fields (see `credentialFields` in `GET /external-services/{key}`).
   * Stored encrypted and never returned.
   * @example {"storeDomain": "your-store.myshopify.com", "accessToken": "<admin API access token>"}
   */
  @IsObject()
  credentials!: Record<string, unknown>;

  /** Values for the service's non-secret setting fields; omitted ones take their defaults. @example {"apiVersion": "2026-10"} */
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;

  /** Scheduled syncs run only while enabled; at creation defaults to true. @example true */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  /** Dry run reads and maps but writes nothing; at creation defaults to false. @example false */
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
