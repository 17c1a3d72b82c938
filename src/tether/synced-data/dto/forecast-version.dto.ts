import { PageOf } from '../../../common/page-of.js';
import { SyncedRowDto } from './synced-row.dto.js';
import { InstantRangeQueryDto } from './synced-rows-query.dto.js';

/** Forecast versions by the date the source created them (`sourceCreatedAt`; versions without one match no range). */
export class ForecastVersionsQueryDto extends InstantRangeQueryDto {}

/** A named forecast (a plan, a scenario); its quantities are in `GET /sales-forecast`. */
export class ForecastVersionDto extends SyncedRowDto {
  /** Filter `GET /sales-forecast` by this. @example "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" */
  id!: string;
  /** The version's id in the source; unique per integration. @example "plan-2027" */
  externalId!: string;
  /** @example "Plan 2027" */
  name!: string;
  /** @example "2026-10-15T09:00:00.000Z" */
  sourceCreatedAt!: string | null;
}

export class ForecastVersionPageDto extends PageOf(ForecastVersionDto) {}
