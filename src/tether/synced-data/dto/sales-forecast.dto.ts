import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { ChannelRefDto, SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { CalendarRangeQueryDto, ChannelFilterDto, SkuFilterDto } from './synced-rows-query.dto.js';
import { OptionalIdField } from '../../../common/id.js';

/** Forecast quantities by the start of their period (`periodStart`). */
export class SalesForecastQueryDto extends IntersectionType(CalendarRangeQueryDto, SkuFilterDto, ChannelFilterDto) {
  /** Only this forecast version's quantities (see `GET /forecast-versions`). @example "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" */
  @OptionalIdField()
  forecastVersionId?: string;
}

/** Forecast quantity of a SKU on a channel for one period, in one forecast version. */
export class SalesForecastDto extends IntersectionType(SyncedRowDto, SkuRefDto, ChannelRefDto) {
  /** @example "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" */
  forecastVersionId!: string;
  /** The version's name; null if it has been deleted since. @example "Plan 2027" */
  forecastVersionName!: string | null;
  /** @example "2027-01-01" */
  periodStart!: string;
  /** @example "250.0000" */
  quantity!: string;
}

export class SalesForecastPageDto extends PageOf(SalesForecastDto) {}
