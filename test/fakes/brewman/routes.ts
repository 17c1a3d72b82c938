import { type FieldType, type ObjectType } from './binding.js';
import { asItem, ITEM_MAIN_PURPOSES } from './items-model.js';
import { DISTRIBUTION_TYPES, ORDER_SOURCES, ORDER_STATUSES } from './orders-model.js';
import { empty, json, problem, type Reply } from './problems.js';
import { filterItems, filterOrders, type ItemFilter, type OrderFilter, type OrderSort } from './queries.js';
import { type TenantStore } from './store.js';

/**
 * The methods the fake answers, each `POST /webapi/{Resource}/v{n}/{Method}`: its request
 * type (for binding), whether the body's tenantId is checked, and its handler.
 */

export interface RouteContext {
  store: TenantStore;
  orderSort: OrderSort;
}

interface RouteSpec {
  request: ObjectType;
  /** Whether the body names the tenant (every method but GetCurrentUserContext). */
  tenant: boolean;
  handle: (context: RouteContext, body: Record<string, unknown>) => Reply;
}

const guid: FieldType = { kind: 'guid' };
const guids: FieldType = { kind: 'list', of: guid };
const strings: FieldType = { kind: 'list', of: { kind: 'string' } };
const int: FieldType = { kind: 'int' };
const day: FieldType = { kind: 'day' };
const enums = (name: string, values: readonly string[]): FieldType => ({ kind: 'list', of: { kind: 'enum', name, values } });

const tenantOnly = (name: string): ObjectType => ({ kind: 'object', name, fields: { tenantId: guid } });

const ITEM_FILTER: ObjectType = {
  kind: 'object',
  name: 'ItemFilter',
  fields: {
    codes: strings,
    itemIds: guids,
    mainPurposes: enums('EnumItemMainPurpose', ITEM_MAIN_PURPOSES),
    maximumResults: int,
    packageTypeIds: guids,
    productBrandIds: guids,
    purchaseGlCodeIds: guids,
    salesGlCodeIds: guids,
    stockGroupIds: guids,
    supplierIds: guids,
    vatCodeIds: guids,
  },
};

const ORDER_FILTER: ObjectType = {
  kind: 'object',
  name: 'OrderFilter',
  fields: {
    courierIdsForCourierOrders: guids,
    distributionTypes: enums('EnumDistributionType', DISTRIBUTION_TYPES),
    externalReferences: strings,
    fromDeliveryDate: day,
    fromDespatchDate: day,
    fromDutyReturnDate: day,
    fromOrderDate: day,
    groupIds: guids,
    invoiceNumbers: strings,
    limitStatuses: enums('EnumOrderStatus', ORDER_STATUSES),
    maximumResults: int,
    orderIds: guids,
    orderNumbers: strings,
    outletIds: guids,
    sources: enums('EnumOrderSource', ORDER_SOURCES),
    toDeliveryDate: day,
    toDespatchDate: day,
    toDutyReturnDate: day,
    toOrderDate: day,
  },
};

const byFilter = (name: string, filter: ObjectType): ObjectType => ({ kind: 'object', name, fields: { filter, tenantId: guid }, required: ['filter'] });

const ordersByFilter: RouteSpec = {
  request: byFilter('GetOrdersByFilterRequest', ORDER_FILTER),
  tenant: true,
  handle: ({ store, orderSort }, body) => {
    const { matchingCount, matches } = filterOrders(store.orders(), body.filter as OrderFilter, store.timeZone, orderSort);
    return json({ results: { matchingCount, orders: matches } });
  },
};

const listing = (name: string, key: string, list: (store: TenantStore) => unknown[]): RouteSpec => ({
  request: tenantOnly(name),
  tenant: true,
  handle: ({ store }) => json({ [key]: list(store) }),
});

const SPECS = {
  'Item/v1/GetEntireItemsByFilter': {
    request: byFilter('GetEntireItemsByFilterRequest', ITEM_FILTER),
    tenant: true,
    handle: ({ store }, body) => {
      const { matchingCount, matches } = filterItems(store.catalog.items, body.filter as ItemFilter);
      return json({ results: { matchingCount, entireItems: matches } });
    },
  },
  // The later API snapshot's replacement for GetEntireItemsByFilter (README).
  'Item/v1/GetItemsByFilter': {
    request: byFilter('GetItemsByFilterRequest', ITEM_FILTER),
    tenant: true,
    handle: ({ store }, body) => {
      const { matchingCount, matches } = filterItems(store.catalog.items, body.filter as ItemFilter);
      return json({ results: { matchingCount, items: matches.map(asItem) } });
    },
  },
  'Stock/v1/GetStockItemsQuantityCurrentlyInStock': {
    request: { kind: 'object', name: 'GetStockItemsQuantityCurrentlyInStockRequest', fields: { tenantId: guid, limitStockItemIds: guids, limitStockLocationIds: guids } },
    tenant: true,
    handle: ({ store }, body) => {
      const only = (list: unknown): Set<string> | null => (Array.isArray(list) && list.length > 0 ? new Set(list as string[]) : null);
      const items = only(body.limitStockItemIds);
      const places = only(body.limitStockLocationIds);
      const stockLevels = store.stockLevels().filter((level) => (items?.has(level.stockItemId) ?? true) && (places?.has(level.stockLocationId) ?? true));
      return json({ stockLevels });
    },
  },
  'Order/v1/GetOrdersByFilter': ordersByFilter,
  // The later API snapshot moved the order methods to v2 (README).
  'Order/v2/GetOrdersByFilter': ordersByFilter,
  'Outlet/v1/GetAllOutlets': listing('GetAllOutletsRequest', 'outlets', (store) => store.catalog.outlets),
  'StockLocation/v1/GetAllStockLocations': listing('GetAllStockLocationsRequest', 'stockLocations', (store) => store.catalog.stockLocations),
  'PriceList/v1/GetAllPriceLists': listing('GetAllPriceListsRequest', 'priceLists', (store) => store.catalog.priceLists),
  'PriceList/v1/GetLinesForPriceList': {
    request: { kind: 'object', name: 'GetLinesForPriceListRequest', fields: { tenantId: guid, priceListId: guid } },
    tenant: true,
    handle: ({ store }, body) => {
      if (!store.catalog.priceLists.some((list) => list.id === body.priceListId)) return problem(404);
      return json({ lines: store.catalog.priceListLines.filter((line) => line.priceListId === body.priceListId) });
    },
  },
  'ProductBrand/v1/GetAllProductBrands': listing('GetAllProductBrandsRequest', 'productBrands', (store) => store.catalog.productBrands),
  'UnitOfMeasure/v1/GetAllUnitsOfMeasure': listing('GetAllUnitsOfMeasureRequest', 'unitsOfMeasure', (store) => store.catalog.unitsOfMeasure),
  'VatCode/v1/GetAllVatCodes': listing('GetAllVatCodesRequest', 'vatCodes', (store) => store.catalog.vatCodes),
  'StockGroup/v1/GetAllStockGroups': listing('GetAllStockGroupsRequest', 'stockGroups', (store) => store.catalog.stockGroups),
  'PricingCategory/v1/GetAllPricingCategories': listing('GetAllPricingCategoriesRequest', 'pricingCategories', (store) => store.catalog.pricingCategories),
  'User/v1/GetCurrentUserContext': {
    request: { kind: 'object', name: 'GetCurrentUserContextRequest', fields: {} },
    tenant: false,
    handle: ({ store }) => json({ userContext: { tenantGroupId: store.catalog.tenantGroupId, user: store.catalog.apiUser } }),
  },
} satisfies Record<string, RouteSpec>;

/** A method's name as the vendor spells it: `Order/v1/GetOrdersByFilter`. */
export type BrewmanRoute = keyof typeof SPECS;

export const BREWMAN_ROUTES = Object.keys(SPECS) as BrewmanRoute[];

const PREFIX = '/webapi/';

/** The route a path names (ASP.NET matches paths case-insensitively, one trailing slash allowed). */
export function matchRoute(path: string): { name: BrewmanRoute; spec: RouteSpec } | null {
  const lower = path.toLowerCase().replace(/\/$/, '');
  if (!lower.startsWith(PREFIX)) return null;
  const name = BREWMAN_ROUTES.find((route) => route.toLowerCase() === lower.slice(PREFIX.length));
  return name === undefined ? null : { name, spec: SPECS[name] };
}

/** 405 for any method but POST, with Allow (ASP.NET endpoint routing). */
export const methodNotAllowed = (): Reply => empty(405, { allow: 'POST' });
