/** A fake Shopify store (Admin GraphQL API) for connector tests; see fake-shopify.ts. */
export { DEFAULT_ACCESS_TOKEN, DEFAULT_API_VERSION, type FakeShopify, type FakeShopifyOptions, startFakeShopify } from './fake-shopify.js';
export { type ThrottleStatus } from './bucket.js';
export { type BulkOperationInfo, type BulkStatus } from './bulk-operations.js';
export { type FaultOptions } from './faults.js';
export { type LoggedRequest } from './http-routes.js';
export {
  CANCEL_REASONS,
  type CancelReason,
  type FakeLineItem,
  type FakeOrder,
  type FakeProduct,
  type FakeVariant,
  FINANCIAL_STATUSES,
  type FinancialStatus,
  formatDateTime,
} from './model.js';
export { formatCents } from './money.js';
export { SHOPIFY_SDL, shopifySchema } from './schema.js';
export { type FakeShopifyStats } from './stats.js';
export { type CancelOptions, type NetSale, type OrderTruth, saleKey } from './store.js';
