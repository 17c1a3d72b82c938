import type { CalendarDate, Decimal } from './decimal.js';

export interface PriceRecord {
  skuExternalId: string;
  /** The source's price list; for per-channel prices, the channel's external id. */
  priceList: string;
  /** Set when the list belongs to a channel; it must then be mapped. */
  channelExternalId?: string | null;
  currency: string;
  amount: Decimal;
  /** Default: 1970-01-01 (always). */
  validFrom?: CalendarDate | null;
  validTo?: CalendarDate | null;
}
