import type { Decimal, Instant } from './decimal.js';

export interface SalesOrderLineRecord {
  externalId: string;
  skuExternalId: string;
  /**
   * Units that count as sold: as ordered, less units refunded or removed since; 0 when the
   * order does not count as a sale (see `countsAsSale`). What sales figures add up.
   */
  quantity: Decimal;
  /** Units as ordered, before refunds and removals; none: the source does not tell them apart. */
  orderedQuantity?: Decimal | null;
  /** Price of one unit after discounts, in the order's currency. */
  unitPrice: Decimal;
}

/** An order with its lines, every amount in the order's `currency`. */
export interface SalesOrderRecord {
  externalId: string;
  orderNumber?: string | null;
  /** The channel's external id; none: the integration's default channel. */
  channelExternalId?: string | null;
  /** The payment state as the source names it, e.g. paid, partially_refunded, refunded, voided, pending. */
  status: string;
  /**
   * Whether the order counts as a sale (paid, and not cancelled); default true. An order that
   * no longer counts keeps its row, with its status and `cancelledAt`, and lines of 0 units.
   */
  countsAsSale?: boolean;
  orderedAt: Instant;
  cancelledAt?: Instant | null;
  currency: string;
  /** The order's total now: after discounts, refunds and removals. */
  totalAmount: Decimal;
  /** What was refunded so far; none: the source does not say. */
  refundedAmount?: Decimal | null;
  sourceUpdatedAt?: Instant | null;
  lines: SalesOrderLineRecord[];
}
