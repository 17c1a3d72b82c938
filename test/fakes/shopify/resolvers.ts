import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { type BulkOperationObject, type BulkOperations, type BulkUserError } from './bulk-operations.js';
import { parseGid } from './gid.js';
import { type Page, type PageArgs, paginate } from './pagination.js';
import { compileSearch, ORDER_SEARCH, type SearchFields, type SearchWarning, VARIANT_SEARCH } from './search-filter.js';
import { type FakeStore, type OrderSortKey, orderSortValue, type VariantSortKey, variantSortValue } from './store.js';
import { mapPage, OrderView, ProductView, VariantView } from './views.js';

export interface ShopInfo {
  name: string;
  myshopifyDomain: string;
  currencyCode: string;
  ianaTimezone: string;
}

/** One entry of `extensions.search`, Shopify's report on how a `query:` was read. */
export interface SearchReport {
  path: (string | number)[];
  query: string;
  warnings: SearchWarning[];
}

interface ConnectionArgs extends PageArgs {
  query?: string | null;
}

/** Shopify's `Count`: AT_LEAST when the limit was reached (the count stops there). */
export interface CountObject {
  count: number;
  precision: 'EXACT' | 'AT_LEAST';
}

type Resolver<A, R> = (args: A, context: unknown, info: GraphQLResolveInfo) => R;

export interface RootValue {
  shop: Resolver<unknown, ShopInfo & { id: string }>;
  node: Resolver<{ id: string }, object | null>;
  order: Resolver<{ id: string }, OrderView | null>;
  orders: Resolver<ConnectionArgs & { sortKey: OrderSortKey }, Page<OrderView>>;
  ordersCount: Resolver<{ query?: string | null; limit?: number | null }, CountObject>;
  productVariant: Resolver<{ id: string }, VariantView | null>;
  productVariants: Resolver<ConnectionArgs & { sortKey: VariantSortKey }, Page<VariantView>>;
  currentBulkOperation: Resolver<unknown, BulkOperationObject | null>;
  bulkOperationRunQuery: Resolver<{ query: string; groupObjects: boolean }, { bulkOperation: BulkOperationObject | null; userErrors: BulkUserError[] }>;
}

/**
 * The root fields, made per request so that search warnings of this request can be
 * reported in its `extensions`. Nested fields resolve through the view objects.
 */
export function createRootValue(store: FakeStore, bulk: BulkOperations, shop: ShopInfo, reports: SearchReport[]): RootValue {
  const search = <T>(query: string | null | undefined, fields: SearchFields<T>, info: GraphQLResolveInfo): ((item: T) => boolean) => {
    const compiled = compileSearch(query, fields);
    if (query !== null && query !== undefined && compiled.warnings.length > 0) {
      reports.push({ path: responsePathAsArray(info.path), query, warnings: compiled.warnings });
    }
    return compiled.matches;
  };
  const orderView = (id: string): OrderView | null => {
    const order = store.order(id);
    return order === undefined ? null : new OrderView(order, store);
  };
  const variantView = (id: string): VariantView | null => {
    const variant = store.variant(id);
    return variant === undefined ? null : new VariantView(variant);
  };

  return {
    shop: () => ({ id: 'gid://shopify/Shop/1', ...shop }),
    node: ({ id }) => {
      switch (parseGid(id)?.type ?? '') {
        case 'Order':
          return orderView(id);
        case 'ProductVariant':
          return variantView(id);
        case 'Product': {
          const product = store.variants().find((v) => v.product.id === id)?.product;
          return product === undefined ? null : new ProductView(product);
        }
        case 'BulkOperation':
          return bulk.find(id);
        default:
          return null;
      }
    },
    order: ({ id }) => orderView(id),
    orders: (args, _context, info) => {
      const matches = search(args.query, ORDER_SEARCH, info);
      const page = paginate(store.ordersSortedBy(args.sortKey), (o) => ({ value: orderSortValue(args.sortKey, o), id: o.legacyId }), matches, args);
      return mapPage(page, (order) => new OrderView(order, store));
    },
    ordersCount: (args, _context, info) => {
      const matches = search(args.query, ORDER_SEARCH, info);
      const limit = args.limit ?? null;
      let count = 0;
      for (const order of store.orders()) {
        if (limit !== null && count >= limit) break;
        if (matches(order)) count++;
      }
      return { count, precision: limit !== null && count >= limit ? 'AT_LEAST' : 'EXACT' };
    },
    productVariant: ({ id }) => variantView(id),
    productVariants: (args, _context, info) => {
      const matches = search(args.query, VARIANT_SEARCH, info);
      const page = paginate(store.variantsSortedBy(args.sortKey), (v) => ({ value: variantSortValue(args.sortKey, v), id: v.legacyId }), matches, args);
      return mapPage(page, (variant) => new VariantView(variant));
    },
    currentBulkOperation: () => bulk.current(),
    bulkOperationRunQuery: ({ query, groupObjects }) => bulk.start(query, groupObjects),
  };
}
