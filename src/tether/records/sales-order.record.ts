import type { Decimal, Instant } from './decimal.js';

export interface SalesOrderLineRecord {
  externalId: string;
  skuExternalId: string;
  quantity: Decimal;
  unitPrice: Decimal;
}

/** An order with its lines, in the order's currency. */
export interface SalesOrderRecord {
  externalId: string;
  orderNumber?: string | null;
  /** The channel's external id; none: the integration's default channel. */
  channelExternalId?: string | null;
  /** e.g. paid, partially_refunded, cancelled. */
  status: string;
  orderedAt: Instant;
  cancelledAt?: Instant | null;
  currency: string;
  totalAmount: Decimal;
  sourceUpdatedAt?: Instant | null;
  lines: SalesOrderLineRecord[];
}
