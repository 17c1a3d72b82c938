import type { Instant } from './decimal.js';

export interface ForecastVersionRecord {
  externalId: string;
  name: string;
  createdAt?: Instant | null;
}
