import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { ChannelRefDto, SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { ChannelFilterDto, InstantRangeQueryDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Pending sales by the date they were ordered (`orderedAt`). */
export class PendingSalesQueryDto extends IntersectionType(InstantRangeQueryDto, SkuFilterDto, ChannelFilterDto) {}

/** A line of an order placed but not yet paid or fulfilled. */
export class PendingSaleDto extends IntersectionType(SyncedRowDto, SkuRefDto, ChannelRefDto) {
  /** @example "gid://shopify/Order/5002" */
  orderExternalId!: string;
  /** @example "gid://shopify/LineItem/1003" */
  lineExternalId!: string;
  /** @example "2026-11-02T08:30:00.000Z" */
  orderedAt!: string;
  /** @example "3.0000" */
  quantity!: string;
  /** @example "14.9700" */
  amount!: string;
  /** @example "USD" */
  currency!: string;
}

export class PendingSalePageDto extends PageOf(PendingSaleDto) {}
