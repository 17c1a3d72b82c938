import { PageQueryDto } from '../../../common/page-query.dto.js';
import { CalendarDateBound, InstantBound, NotBefore } from '../../../common/date-bounds.js';
import { OptionalIdField } from '../../../common/id.js';

/** Every listing: a page, the caller's organization only, optionally one integration's rows. */
export class SyncedRowsQueryDto extends PageQueryDto {
  /** Only rows written by this integration (another organization's integration: no rows). @example "0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11" */
  @OptionalIdField()
  integrationId?: string;
}

/** For data types dated by an instant: both bounds inclusive. */
export class InstantRangeQueryDto extends SyncedRowsQueryDto {
  /** Only rows dated at or after this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-01T00:00:00Z" */
  @InstantBound()
  from?: Date;

  /** Only rows dated at or before this instant (ISO 8601; a bare date is midnight UTC). @example "2026-11-30T23:59:59Z" */
  @InstantBound()
  @NotBefore('from')
  to?: Date;
}

/** For data types dated by a calendar date: both bounds inclusive. */
export class CalendarRangeQueryDto extends SyncedRowsQueryDto {
  /** Only rows dated on or after this day (YYYY-MM-DD). @example "2026-11-01" */
  @CalendarDateBound()
  from?: string;

  /** Only rows dated on or before this day (YYYY-MM-DD). @example "2026-11-30" */
  @CalendarDateBound()
  @NotBefore('from')
  to?: string;
}

export class SkuFilterDto {
  /** Only rows of this SKU. @example "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f" */
  @OptionalIdField()
  skuId?: string;
}

export class ChannelFilterDto {
  /** Only rows of this channel. @example "9d2e4f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5" */
  @OptionalIdField()
  channelId?: string;
}
