import { IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../../common/page-of.js';
import { ChannelRefDto, SkuRefDto, SyncedRowDto } from './synced-row.dto.js';
import { ChannelFilterDto, InstantRangeQueryDto, SkuFilterDto } from './synced-rows-query.dto.js';

/** Orders by the date they were placed (`orderedAt`); `skuId` keeps orders having a line of that SKU. */
export class SalesOrdersQueryDto extends IntersectionType(InstantRangeQueryDto, SkuFilterDto, ChannelFilterDto) {}

export class SalesOrderLineDto extends SkuRefDto {
  /** The line's id in the source. @example "gid://shopify/LineItem/1001" */
  externalId!: string;
  /**
   * Units that count as sold: as ordered, less units refunded or removed since (Shopify's
   * `currentQuantity`); 0 when the order does not count as a sale. Sales figures add this up.
   * @example "2.0000"
   */
  quantity!: string;
  /** Units as ordered, before refunds and removals (Shopify's `quantity`); null when the source does not tell them apart. @example "3.0000" */
  orderedQuantity!: string | null;
  /**
   * One unit's price after discounts (Shopify's `discountedUnitPriceAfterAllDiscountsSet`, in the shop's currency), so a
   * line's net amount is `quantity` × `unitPrice`.
   * @example "4.2500"
   */
  unitPrice!: string;
  /** The order's currency (for Shopify, the shop's currency, not the customer's presentment currency). @example "USD" */
  currency!: string;
  /** @example "2026-11-27T02:00:03.120Z" */
  writtenAt!: string;
}

/** An order header as synced, with all its lines (ordered by their external id). */
export class SalesOrderDto extends IntersectionType(SyncedRowDto, ChannelRefDto) {
  /** The order's id in the source; unique per integration. @example "gid://shopify/Order/5001" */
  externalId!: string;
  /** @example "#1001" */
  orderNumber!: string | null;
  /**
   * The payment state as the source names it, lower case: for Shopify `paid`, `partially_refunded`, `refunded`,
   * `voided`, `pending`, `authorized`, `partially_paid` or `expired`. A cancellation is `cancelledAt`, not a status.
   * @example "paid"
   */
  status!: string;
  /**
   * Whether the order counts as a sale: paid or partially refunded, and not cancelled (for Shopify). An order that stops
   * counting (refunded, voided, cancelled) keeps its row, with its lines at 0 units.
   * @example true
   */
  countsAsSale!: boolean;
  /** @example "2026-11-01T10:00:00.000Z" */
  orderedAt!: string;
  /** @example null */
  cancelledAt!: string | null;
  /** Every amount's currency: for Shopify the shop's currency (`shopMoney`), not the customer's presentment currency. @example "USD" */
  currency!: string;
  /** The order's total now: after discounts, refunds and removals (Shopify's `currentTotalPriceSet`). @example "19.0000" */
  totalAmount!: string;
  /** What was refunded so far (Shopify's `totalRefundedSet`); null when the source does not say. @example "0.0000" */
  refundedAmount!: string | null;
  /** When the source last changed the order, as the source says. @example "2026-11-01T10:05:00.000Z" */
  sourceUpdatedAt!: string | null;
  lines!: SalesOrderLineDto[];
}

export class SalesOrderPageDto extends PageOf(SalesOrderDto) {}
