import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { CalendarRangeQueryDto, ChannelFilterDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Prices by the day they apply from (`validFrom`); `channelId` keeps the channels' own price lists. */
export class PricingQueryDto extends IntersectionType(CalendarRangeQueryDto, SkuFilterDto, ChannelFilterDto) {}

/** A SKU's price in a price list, in one currency, from a day on. */
export class PriceDto extends IntersectionType(SyncedRowDto, SkuRefDto) {
  /** The source's price list; for a channel's prices, the channel's external id. @example "retail" */
  priceList!: string;
  /** Set when the price list is a channel's. @example null */
  channelId!: string | null;
  /** @example null */
  channelCode!: string | null;
  /** @example "EUR" */
  currency!: string;
  /** @example "4.9900" */
  amount!: string;
  /** 1970-01-01 when the source gives none. @example "2026-11-01" */
  validFrom!: string;
  /** @example null */
  validTo!: string | null;
}

export class PricePageDto extends PageOf(PriceDto) {}
