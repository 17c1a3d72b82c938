/*
 * The GraphQL documents the connector sends, and each one's requested cost by Shopify's
 * rules (scalars and enums 0, an object 1, a connection 2 + first x one child; PageInfo is
 * not charged), from which page sizes are chosen: Shopify refuses any query over 1,000 points.
 * Amounts are read in the shop's currency (`shopMoney`), never the customer's presentment one.
 */

/** Kept under Shopify's 1,000-point ceiling with room for its own rounding. */
export const COST_BUDGET = 900;

export const SHOP_QUERY = `query Shop { shop { name currencyCode ianaTimezone } }`;
export const SHOP_COST = 1;

/** A line item's fields (also in the bulk export, which is written without fragments). */
export const LINE_SELECTION = `id sku title quantity currentQuantity
  discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount currencyCode } }
  variant { id }`;
const LINE_FIELDS = `fragment LineFields on LineItem { ${LINE_SELECTION} }`;
/** A line item: itself, the MoneyBag and its MoneyV2, the variant. */
const LINE_COST = 4;

/** What is stored of an order: its payment state, cancellation, and the totals after refunds. */
export const ORDER_SELECTION = `id name createdAt updatedAt cancelledAt test displayFinancialStatus
  currentTotalPriceSet { shopMoney { amount currencyCode } }
  totalRefundedSet { shopMoney { amount currencyCode } }`;
const ORDER_FIELDS = `fragment OrderFields on Order { ${ORDER_SELECTION} }`;

export const ORDERS_QUERY = `query Orders($first: Int!, $after: String, $query: String!, $lines: Int!) {
  orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) {
    nodes {
      ...OrderFields
      lineItems(first: $lines) { nodes { ...LineFields } pageInfo { hasNextPage endCursor } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
${ORDER_FIELDS}
${LINE_FIELDS}`;

/** One order (itself, two MoneyBags with their MoneyV2) with a page of `lines` line items. */
const orderCost = (lines: number): number => 1 + 2 * 2 + (2 + lines * LINE_COST);

export const ordersCost = (first: number, lines: number): number => 2 + first * orderCost(lines);

/** The largest orders page (at most 250) whose query fits the budget with this nested line page. */
export function ordersPageSize(lines: number): number {
  return Math.max(1, Math.min(250, Math.floor((COST_BUDGET - 2) / orderCost(lines))));
}

export const ORDER_LINES_QUERY = `query OrderLines($id: ID!, $first: Int!, $after: String) {
  order(id: $id) { lineItems(first: $first, after: $after) { nodes { ...LineFields } pageInfo { hasNextPage endCursor } } }
}
${LINE_FIELDS}`;

export const ORDER_LINES_PAGE = Math.min(250, Math.floor((COST_BUDGET - 3) / LINE_COST));
export const orderLinesCost = (first: number): number => 1 + 2 + first * LINE_COST;

/** How many orders match a search (a Count object: 1 point); `precision` AT_LEAST when over `limit`. */
export const ORDERS_COUNT_QUERY = `query OrdersCount($query: String!) { ordersCount(query: $query) { count precision } }`;
export const ORDERS_COUNT_COST = 1;

export const VARIANTS_QUERY = `query Variants($first: Int!, $after: String) {
  productVariants(first: $first, after: $after) {
    nodes { id sku barcode title price updatedAt product { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A variant and its product. */
export const VARIANTS_PAGE = Math.min(250, Math.floor((COST_BUDGET - 2) / 2));
export const variantsCost = (first: number): number => 2 + first * 2;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Money {
  shopMoney: { amount: string; currencyCode: string };
}

export interface LineNode {
  id: string;
  sku: string | null;
  title: string;
  /** As ordered. */
  quantity: number;
  /** As ordered, less refunded and removed units. */
  currentQuantity: number;
  discountedUnitPriceAfterAllDiscountsSet: Money;
  variant: { id: string } | null;
}

export interface OrderNode {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  test: boolean;
  displayFinancialStatus: string | null;
  currentTotalPriceSet: Money;
  totalRefundedSet: Money;
  lineItems: { nodes: LineNode[]; pageInfo: PageInfo };
}

export interface VariantNode {
  id: string;
  sku: string | null;
  barcode: string | null;
  title: string;
  price: string;
  updatedAt: string;
  product: { id: string; title: string };
}
