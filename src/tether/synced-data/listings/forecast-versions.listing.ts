import type { ForecastVersionDto, ForecastVersionsQueryDto } from '../dto/forecast-version.dto.js';
import { defineListing, instant } from '../reader/listing.js';

/** Newest by the source's creation date first (versions without one last), then by name and id. */
export const FORECAST_VERSIONS = defineListing<ForecastVersionsQueryDto, ForecastVersionDto>()({
  table: 'forecast_versions',
  references: [],
  columns: {
    id: 'r.id',
    externalId: 'r.external_id',
    name: 'r.name',
    sourceCreatedAt: instant('r.source_created_at'),
  },
  date: 'r.source_created_at',
  order: ['r.source_created_at DESC NULLS LAST', 'r.name', 'r.id'],
});
