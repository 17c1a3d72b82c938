import type { Decimal, Instant } from './decimal.js';

/** A line of an order not yet paid or fulfilled. */
export interface PendingSaleRecord {
  orderExternalId: string;
  lineExternalId: string;
  skuExternalId: string;
  channelExternalId?: string | null;
  orderedAt: Instant;
  quantity: Decimal;
  amount: Decimal;
  currency: string;
}
