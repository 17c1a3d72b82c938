import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { InstantRangeQueryDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Stock levels by the moment they were taken (`asOf`). */
export class WarehouseInventoryQueryDto extends IntersectionType(InstantRangeQueryDto, SkuFilterDto) {}

/** Stock of a SKU at one location, as of a moment. */
export class WarehouseInventoryDto extends IntersectionType(SyncedRowDto, SkuRefDto) {
  /** @example "Main warehouse" */
  location!: string;
  /** @example "120.0000" */
  onHand!: string;
  /** @example "15.0000" */
  committed!: string;
  /** @example "105.0000" */
  available!: string;
  /** @example "2026-11-27T01:00:00.000Z" */
  asOf!: string;
}

export class WarehouseInventoryPageDto extends PageOf(WarehouseInventoryDto) {}
