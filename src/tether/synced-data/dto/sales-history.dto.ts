import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PERIOD_LENGTHS, type PeriodLength } from '../../../sync-contract/records/sales-history.record.js';
import { PageOf } from '../../../common/page-of.js';
import { ChannelRefDto, SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { CalendarRangeQueryDto, ChannelFilterDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Sales history by the start of its period (`periodStart`). */
export class SalesHistoryQueryDto extends IntersectionType(CalendarRangeQueryDto, SkuFilterDto, ChannelFilterDto) {}

/** Sales of a SKU on a channel over one period. */
export class SalesHistoryDto extends IntersectionType(SyncedRowDto, SkuRefDto, ChannelRefDto) {
  /** @example "2026-11-01" */
  periodStart!: string;
  @ApiProperty({ enum: PERIOD_LENGTHS })
  periodLength!: PeriodLength;
  /** @example "12.0000" */
  quantity!: string;
  /** @example "59.8800" */
  revenue!: string;
  /** @example "USD" */
  currency!: string;
}

export class SalesHistoryPageDto extends PageOf(SalesHistoryDto) {}
