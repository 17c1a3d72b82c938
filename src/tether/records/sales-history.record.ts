import type { PeriodLength } from '../entities/sales-history.entity.js';
import type { CalendarDate, Decimal } from './decimal.js';

export interface SalesHistoryRecord {
  skuExternalId: string;
  channelExternalId?: string | null;
  periodStart: CalendarDate;
  periodLength: PeriodLength;
  quantity: Decimal;
  revenue: Decimal;
  currency: string;
}
