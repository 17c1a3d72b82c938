import { addDays, dayIn, formatInstant } from './dates.js';
import { withTotals } from './order-pricing.js';
import { HEADER_TEXT_FIELDS, type Order, type OrderLine, type OrderSource, type OrderStatus } from './orders-model.js';
import { type Outlet } from './reference-model.js';

/** An order's header as CreateOrder makes it (copied from the outlet), with the state it has reached. */

export interface OrderDraft {
  id: string;
  orderNumber: string;
  outlet: Outlet;
  createdAt: number;
  lastUpdatedAt: number;
  status: OrderStatus;
  source: OrderSource;
  externalReference: string | null;
  createdByUserId: string;
  /** Set on cancelled orders. */
  cancellation: { byUserId: string; reason: string } | null;
  customerReference: string | null;
  lines: OrderLine[];
  version: number;
  /** The tenant's zone, for the order's despatch and delivery days. */
  timeZone: string;
}

/** Statuses an invoice number has been given in (on posting or invoice generation). */
const INVOICED: readonly OrderStatus[] = ['Complete', 'Posting', 'Historic'];

export function buildOrder(draft: OrderDraft): Order {
  const { outlet } = draft;
  const text = Object.fromEntries(HEADER_TEXT_FIELDS.map((field) => [field, null])) as Record<(typeof HEADER_TEXT_FIELDS)[number], string | null>;
  const orderDay = dayIn(draft.createdAt, draft.timeZone);
  const despatchDate = outlet.distributionType === 'Collection' ? orderDay : addDays(orderDay, 1);
  const deliveryDate = outlet.distributionType === 'Courier' ? addDays(despatchDate, 1) : despatchDate;
  const cancelled = draft.status === 'Cancelled' && draft.cancellation !== null;
  const order: Order = {
    id: draft.id,
    header: {
      ...text,
      distributionType: outlet.distributionType,
      germanBeerDutyMovementType: 'None',
      invoiceSent: draft.status === 'Historic',
      orderId: draft.id,
      outletRatingId: outlet.outletRatingId,
      priceListId: outlet.priceListId,
      readOnly: {
        createdByUserId: draft.createdByUserId,
        hasStockBeenAdjusted: draft.status === 'Historic',
        isRetailOrder: outlet.readOnly.isRetail,
        orderSource: draft.source,
        outletId: outlet.id,
        status: draft.status,
        totalApproximateDutyCostOfSale: 0,
        totalCostNet: 0,
        totalNetPrice: 0,
        totalVat: 0,
        cancellationReason: cancelled ? (draft.cancellation?.reason ?? null) : null,
        cancelledAt: cancelled ? formatInstant(draft.lastUpdatedAt) : null,
        cancelledByUserId: cancelled ? (draft.cancellation?.byUserId ?? null) : null,
        createdAt: formatInstant(draft.createdAt),
        currentPostingError: null,
        deliveryLatitude: outlet.readOnly.mainLatitude,
        deliveryLongitude: outlet.readOnly.mainLongitude,
        externalReference: draft.externalReference,
        groupId: outlet.groupId,
        invoiceNumber: INVOICED.includes(draft.status) ? `INV${draft.orderNumber}` : null,
        lastUpdatedAt: formatInstant(draft.lastUpdatedAt),
        orderNumber: draft.orderNumber,
      },
      retailPaymentMethod: outlet.readOnly.isRetail ? 'DebitCreditCard' : 'None',
      standardOrderType: 'FullPriceDutyPaid',
      stopMinutes: outlet.stopMinutes,
      vatCodeId: outlet.vatCodeId,
      version: draft.version,
      collectionTimeId: null,
      courierId: outlet.courierId,
      deliveryAreaId: outlet.deliveryAreaId,
      deliveryDate,
      deliveryTimeEnd: null,
      deliveryTimeStart: null,
      despatchDate,
      dutyReturnDateOverride: null,
      outletTypeId: outlet.outletTypeId,
      salesAreaId: outlet.salesAreaId,
      salesCodeId: outlet.salesCodeId,
      creditTermsDescription: outlet.creditTermsId === null ? null : '30 days after invoice',
      customerReference: draft.customerReference,
      deliveryAddressBusiness: outlet.businessName,
      deliveryAddress1: outlet.mainAddressLine1,
      deliveryAddress3: outlet.mainAddressLine3,
      deliveryAddress5: outlet.mainAddressLine5,
      deliveryAddress6: outlet.mainAddressLine6,
      deliveryPostcode: outlet.mainAddressPostcode,
      deliveryEmailAddress: outlet.emailAddress,
      deliveryTelephoneNumber: outlet.telephoneNumber,
      invoiceAddressBusiness: outlet.businessName,
      invoiceAddress1: outlet.mainAddressLine1,
      invoiceAddress3: outlet.mainAddressLine3,
      invoiceAddress5: outlet.mainAddressLine5,
      invoiceAddress6: outlet.mainAddressLine6,
      invoicePostcode: outlet.mainAddressPostcode,
      invoiceEmailAddress: outlet.emailAddress,
    },
    lines: draft.lines,
  };
  return withTotals(order);
}
