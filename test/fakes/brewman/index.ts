/** A fake Brewman Web API (Premier Systems, v7 beta) for connector tests; see fake-brewman.ts and README.md. */
export { DEFAULT_API_TOKEN, DEFAULT_TENANT_ID, type FakeBrewman, type FakeBrewmanOptions, startFakeBrewman } from './fake-brewman.js';
export { type FaultKind, type FaultOptions } from './faults.js';
export { type LoggedRequest } from './http-routes.js';
export { type EntireItem, type Item, ITEM_MAIN_PURPOSES, type ItemMainPurpose } from './items-model.js';
export { type Order, type OrderHeader, type OrderLine, ORDER_SOURCES, ORDER_STATUSES, type OrderStatus } from './orders-model.js';
export { type OrderSort } from './queries.js';
export { type Outlet, type PriceList, type PriceListLine, type ProductBrand, type StockItemStockSum, type StockLocation } from './reference-model.js';
export { BREWMAN_ROUTES, type BrewmanRoute } from './routes.js';
export { type AddOrdersOptions } from './store.js';
