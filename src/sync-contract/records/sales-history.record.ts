import type { CalendarDate, Decimal } from './decimal.js';

export const PERIOD_LENGTHS = ['day', 'week', 'month'] as const;
export type PeriodLength = (typeof PERIOD_LENGTHS)[number];

export interface SalesHistoryRecord {
  skuExternalId: string;
  channelExternalId?: string | null;
  periodStart: CalendarDate;
  periodLength: PeriodLength;
  quantity: Decimal;
  revenue: Decimal;
  currency: string;
}
