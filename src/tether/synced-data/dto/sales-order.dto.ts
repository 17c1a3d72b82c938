import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { ChannelRefDto, SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { ChannelFilterDto, InstantRangeQueryDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Orders by the date they were placed (`orderedAt`); `skuId` keeps orders having a line of that SKU. */
export class SalesOrdersQueryDto extends IntersectionType(InstantRangeQueryDto, SkuFilterDto, ChannelFilterDto) {}

export class SalesOrderLineDto extends SkuRefDto {
  /** The line's id in the source. @example "gid://shopify/LineItem/1001" */
  externalId!: string;
  /** @example "2.0000" */
  quantity!: string;
  /** @example "4.2500" */
  unitPrice!: string;
  /** @example "USD" */
  currency!: string;
  /** @example "2026-11-27T02:00:03.120Z" */
  writtenAt!: string;
}

/** An order header as synced, with all its lines (ordered by their external id). */
export class SalesOrderDto extends IntersectionType(SyncedRowDto, ChannelRefDto) {
  /** The order's id in the source; unique per integration. @example "gid://shopify/Order/5001" */
  externalId!: string;
  /** @example "#1001" */
  orderNumber!: string | null;
  /** @example "paid" */
  status!: string;
  /** @example "2026-11-01T10:00:00.000Z" */
  orderedAt!: string;
  /** @example null */
  cancelledAt!: string | null;
  /** @example "USD" */
  currency!: string;
  /** @example "19.0000" */
  totalAmount!: string;
  /** When the source last changed the order, as the source says. @example "2026-11-01T10:05:00.000Z" */
  sourceUpdatedAt!: string | null;
  lines!: SalesOrderLineDto[];
}

export class SalesOrderPageDto extends PageOf(SalesOrderDto) {}
