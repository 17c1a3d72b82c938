/*
 * The GraphQL documents the connector sends, and each one's requested cost by Shopify's
 * rules (scalars 0, an object 1, a connection 2 + first x one child, pageInfo an object),
 * from which page sizes are chosen: Shopify refuses any query over 1,000 points.
 */

/** Kept under Shopify's 1,000-point ceiling with room for its own rounding. */
export const COST_BUDGET = 900;

export const SHOP_QUERY = `query Shop { shop { name currencyCode ianaTimezone } }`;
export const SHOP_COST = 1;

const LINE_FIELDS = `fragment LineFields on LineItem {
  id sku quantity
  originalUnitPriceSet { shopMoney { amount currencyCode } }
  variant { id }
}`;
/** A line item: itself, the MoneyBag and its MoneyV2, the variant. */
const LINE_COST = 4;

export const ORDERS_QUERY = `query Orders($first: Int!, $after: String, $query: String!, $lines: Int!) {
  orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) {
    nodes {
      id name createdAt updatedAt cancelledAt test currencyCode displayFinancialStatus
      totalPriceSet { shopMoney { amount currencyCode } }
      lineItems(first: $lines) { nodes { ...LineFields } pageInfo { hasNextPage endCursor } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
${LINE_FIELDS}`;

/** One order with a page of `lines` line items. */
const orderCost = (lines: number): number => 1 + 2 + (2 + lines * LINE_COST + 1);

export const ordersCost = (first: number, lines: number): number => 2 + first * orderCost(lines) + 1;

/** The largest orders page (at most 250) whose query fits the budget with this nested line page. */
export function ordersPageSize(lines: number): number {
  return Math.max(1, Math.min(250, Math.floor((COST_BUDGET - 3) / orderCost(lines))));
}

export const ORDER_LINES_QUERY = `query OrderLines($id: ID!, $first: Int!, $after: String) {
  order(id: $id) { lineItems(first: $first, after: $after) { nodes { ...LineFields } pageInfo { hasNextPage endCursor } } }
}
${LINE_FIELDS}`;

export const ORDER_LINES_PAGE = Math.min(250, Math.floor((COST_BUDGET - 4) / LINE_COST));
export const orderLinesCost = (first: number): number => 1 + 2 + first * LINE_COST + 1;

export const VARIANTS_QUERY = `query Variants($first: Int!, $after: String) {
  productVariants(first: $first, after: $after) {
    nodes { id sku barcode title price updatedAt product { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A variant and its product. */
export const VARIANTS_PAGE = Math.min(250, Math.floor((COST_BUDGET - 3) / 2));
export const variantsCost = (first: number): number => 2 + first * 2 + 1;

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
  quantity: number;
  originalUnitPriceSet: Money;
  variant: { id: string } | null;
}

export interface OrderNode {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  test: boolean;
  currencyCode: string;
  displayFinancialStatus: string | null;
  totalPriceSet: Money;
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
