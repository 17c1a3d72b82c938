import type { ForecastVersionRecord } from '../../sync-contract/records/forecast-version.record.js';
import { TableSink } from './table-sink.js';

export const forecastVersionsSink = new TableSink<ForecastVersionRecord>({
  capability: 'forecast_versions',
  table: 'forecast_versions',
  input: [
    { name: 'external_id', type: 'text', value: (r) => r.externalId },
    { name: 'name', type: 'text', value: (r) => r.name },
    { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
  ],
  conflict: ['organization_id', 'integration_id', 'external_id'],
  target: { external_id: 'r.external_id', name: 'r.name', source_created_at: 'r.created_at' },
});
