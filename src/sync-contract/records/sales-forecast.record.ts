import type { CalendarDate, Decimal } from './decimal.js';

export interface SalesForecastRecord {
  /** Must have been synced by the same integration's forecast_versions first. */
  versionExternalId: string;
  skuExternalId: string;
  channelExternalId?: string | null;
  periodStart: CalendarDate;
  quantity: Decimal;
}
