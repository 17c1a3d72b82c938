import { dayIn } from './dates.js';
import { type EntireItem } from './items-model.js';
import { type Order } from './orders-model.js';

/**
 * The filters of GetEntireItemsByFilter and GetOrdersByFilter, on bound bodies (canonical
 * names, converted values). Filters AND together, the values of one list OR. A list that is
 * null, missing or empty does not filter (not confirmed). `maximumResults` keeps the first
 * n of the sorted matches; `matchingCount` counts them all.
 */

type List<T> = readonly (T | null)[] | null | undefined;

export interface ItemFilter {
  codes?: List<string>;
  itemIds?: List<string>;
  mainPurposes?: List<string>;
  maximumResults?: number | null;
  packageTypeIds?: List<string>;
  productBrandIds?: List<string>;
  purchaseGlCodeIds?: List<string>;
  salesGlCodeIds?: List<string>;
  stockGroupIds?: List<string>;
  supplierIds?: List<string>;
  vatCodeIds?: List<string>;
}

export interface OrderFilter {
  courierIdsForCourierOrders?: List<string>;
  distributionTypes?: List<string>;
  externalReferences?: List<string>;
  fromDeliveryDate?: string | null;
  fromDespatchDate?: string | null;
  fromDutyReturnDate?: string | null;
  fromOrderDate?: string | null;
  groupIds?: List<string>;
  invoiceNumbers?: List<string>;
  limitStatuses?: List<string>;
  maximumResults?: number | null;
  orderIds?: List<string>;
  orderNumbers?: List<string>;
  outletIds?: List<string>;
  sources?: List<string>;
  toDeliveryDate?: string | null;
  toDespatchDate?: string | null;
  toDutyReturnDate?: string | null;
  toOrderDate?: string | null;
}

/** Which of the matches `maximumResults` keeps: the oldest (default) or the newest orders first. */
export type OrderSort = 'oldestFirst' | 'newestFirst';

/** Whether `value` passes a list filter: no list (or an empty one) lets everything through. */
function inList(list: List<string>, value: string | null): boolean {
  if (list === null || list === undefined || list.length === 0) return true;
  return value !== null && list.includes(value);
}

/** Whether a day passes a from/to pair, both ends included; a missing day fails any bound. */
function inDays(day: string | null, from: string | null | undefined, to: string | null | undefined): boolean {
  if ((from ?? null) === null && (to ?? null) === null) return true;
  if (day === null) return false;
  return (from === null || from === undefined || day >= from) && (to === null || to === undefined || day <= to);
}

function limit<T>(matches: T[], maximumResults: number | null | undefined): T[] {
  return maximumResults === null || maximumResults === undefined ? matches : matches.slice(0, Math.max(0, maximumResults));
}

/** Items sorted by code (ordinal), then id. */
export function filterItems(items: readonly EntireItem[], filter: ItemFilter): { matchingCount: number; matches: EntireItem[] } {
  const matches = items
    .filter(
      (item) =>
        inList(filter.codes, item.details.code) &&
        inList(filter.itemIds, item.details.id) &&
        inList(filter.mainPurposes, item.details.mainPurpose) &&
        inList(filter.packageTypeIds, item.packaging.packageTypeId) &&
        inList(filter.productBrandIds, item.invoicing.productBrandId) &&
        inList(filter.purchaseGlCodeIds, item.purchasing.purchaseGlCodeId) &&
        inList(filter.salesGlCodeIds, item.invoicing.salesGlCodeId) &&
        inList(filter.stockGroupIds, item.stock.stockGroupId) &&
        inList(filter.supplierIds, item.purchasing.supplierId) &&
        inList(filter.vatCodeIds, item.vat.vatCodeId),
    )
    .sort((a, b) => compare(a.details.code ?? '', b.details.code ?? '') || compare(a.details.id, b.details.id));
  return { matchingCount: matches.length, matches: limit(matches, filter.maximumResults) };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders sorted by createdAt, then order number; the order date is createdAt's day in the tenant's zone. */
export function filterOrders(orders: readonly Order[], filter: OrderFilter, timeZone: string, sort: OrderSort): { matchingCount: number; matches: Order[] } {
  const matches = orders
    .filter((order) => {
      const { header } = order;
      const { readOnly } = header;
      const orderDay = dayIn(Date.parse(readOnly.createdAt), timeZone);
      return (
        inDays(orderDay, filter.fromOrderDate, filter.toOrderDate) &&
        inDays(header.deliveryDate, filter.fromDeliveryDate, filter.toDeliveryDate) &&
        inDays(header.despatchDate, filter.fromDespatchDate, filter.toDespatchDate) &&
        inDays(header.dutyReturnDateOverride ?? header.despatchDate, filter.fromDutyReturnDate, filter.toDutyReturnDate) &&
        inList(filter.limitStatuses, readOnly.status) &&
        inList(filter.orderIds, order.id) &&
        inList(filter.orderNumbers, readOnly.orderNumber) &&
        inList(filter.outletIds, readOnly.outletId) &&
        inList(filter.groupIds, readOnly.groupId) &&
        inList(filter.externalReferences, readOnly.externalReference) &&
        inList(filter.invoiceNumbers, readOnly.invoiceNumber) &&
        inList(filter.sources, readOnly.orderSource) &&
        inList(filter.distributionTypes, header.distributionType) &&
        inList(filter.courierIdsForCourierOrders, header.distributionType === 'Courier' ? header.courierId : null)
      );
    })
    .sort((a, b) => {
      const order = Date.parse(a.header.readOnly.createdAt) - Date.parse(b.header.readOnly.createdAt) || Number(a.header.readOnly.orderNumber) - Number(b.header.readOnly.orderNumber);
      return sort === 'oldestFirst' ? order : -order;
    });
  return { matchingCount: matches.length, matches: limit(matches, filter.maximumResults) };
}
