import { ApiProperty } from '@nestjs/swagger';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import { PageOf } from '../../common/page-of.js';
import { UNMAPPED_KINDS, type UnmappedKind } from '../../tether/entities/unmapped-external-id.entity.js';
import { EXECUTION_STATUSES, type ExecutionStatus } from '../entities/sync-execution.entity.js';
import { SyncErrorDto } from './sync-error.dto.js';

export class UnmappedCountDto {
  @ApiProperty({ enum: UNMAPPED_KINDS, example: 'sku' })
  kind!: UnmappedKind;
  /** @example "gid://shopify/ProductVariant/4242" */
  externalId!: string;
  /** Records (or order lines) skipped for it. @example 3 */
  count!: number;
}

export class RefusedRecordDto {
  /** The record's external id (for records without one of their own, such as sales history, their SKU's). @example "gid://shopify/ProductVariant/4243" */
  externalId!: string;
  /** Which field, and why (never a value). @example "sku is empty" */
  reason!: string;
}

/** How far a read has got: kept once the execution ends. */
export class ExecutionProgressDto {
  /** Records read so far (across attempts). @example 1250 */
  records!: number;
  /** Pages written so far. @example 5 */
  pages!: number;
  /** Records the whole read will have, when the source says (a Shopify bulk export's count); null otherwise. @example 4000 */
  total!: number | null;
  /** While running with a known total: elapsed × (total − records) / records, in seconds; null otherwise. @example 66 */
  estimatedSecondsLeft!: number | null;
}

/** One capability's run within a session. */
export class SyncExecutionDto {
  /** @example "9a0e4c1b-7d2f-4b8e-8c11-2f5e3d6a7b90" */
  id!: string;
  /** @example "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60" */
  sessionId!: string;
  /** @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  integrationId!: string;
  @ApiProperty({ enum: CAPABILITIES, example: 'sales_orders' })
  capability!: Capability;
  @ApiProperty({ enum: EXECUTION_STATUSES, example: 'succeeded' })
  status!: ExecutionStatus;
  dryRun!: boolean;
  /** @example "2026-11-27T00:00:01.000Z" */
  startedAt!: string | null;
  /** @example "2026-11-27T00:00:04.500Z" */
  finishedAt!: string | null;
  /** @example 3500 */
  durationMs!: number | null;
  /** Reads of the source: more than one after transient errors. @example 1 */
  attempts!: number;
  /** @example 250 */
  recordsFetched!: number;
  progress!: ExecutionProgressDto;
  /** @example 240 */
  created!: number;
  /** @example 5 */
  updated!: number;
  /** @example 2 */
  unchanged!: number;
  /** Records not written because a SKU or channel had no mapping. @example 3 */
  skipped!: number;
  /** Records refused as invalid (the first ones are in `refused`). @example 1 */
  failed!: number;
  /** The external ids that could not be mapped, most frequent first. */
  @ApiProperty({ type: UnmappedCountDto, isArray: true })
  unmapped!: UnmappedCountDto[];
  /**
   * The first records refused as invalid (at most 20, in the order read; `failed` counts them all), by external id, with the
   * field and the rule they broke: `sku is empty` (products), `code is empty` (channels), `channelExternalId is empty and
   * the integration has no default channel` (data mapped to a channel).
   */
  @ApiProperty({ type: RefusedRecordDto, isArray: true })
  refused!: RefusedRecordDto[];
  error!: SyncErrorDto | null;
  /** What the connector wants admins to know about this run. @example ["Shopify returned no order older than 60 days: reading older orders needs the read_all_orders scope"] */
  notes!: string[];
}

export class SyncExecutionPageDto extends PageOf(SyncExecutionDto) {}
