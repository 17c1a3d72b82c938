import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The subset of the Admin GraphQL API the fake serves, with Shopify's own type, field,
 * argument and enum names, so a query that validates here validates there. Enums list
 * only the values the fake produces or accepts (noted where the real one has more).
 */
export const SHOPIFY_SDL = /* GraphQL */ `
  schema {
    query: QueryRoot
    mutation: Mutation
  }

  "An ISO-8601 date and time in UTC, e.g. 2026-01-01T00:00:00Z."
  scalar DateTime
  "A decimal number serialized as a string, e.g. 2000.0."
  scalar Decimal
  "A monetary value serialized as a decimal string."
  scalar Money
  scalar URL
  "An unsigned 64-bit integer serialized as a string."
  scalar UnsignedInt64

  interface Node {
    id: ID!
  }

  type QueryRoot {
    shop: Shop!
    node(id: ID!): Node
    order(id: ID!): Order
    orders(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
      sortKey: OrderSortKeys = ID
      query: String
    ): OrderConnection!
    "Orders matching the search, counted up to limit (null: no limit)."
    ordersCount(limit: Int = 10000, query: String): Count
    productVariant(id: ID!): ProductVariant
    productVariants(
      first: Int
      after: String
      last: Int
      before: String
      reverse: Boolean = false
      sortKey: ProductVariantSortKeys = ID
      query: String
    ): ProductVariantConnection!
    currentBulkOperation(type: BulkOperationType = QUERY): BulkOperation
  }

  type Mutation {
    bulkOperationRunQuery(query: String!, groupObjects: Boolean! = false): BulkOperationRunQueryPayload
  }

  type Shop {
    id: ID!
    name: String!
    myshopifyDomain: String!
    currencyCode: CurrencyCode!
    ianaTimezone: String!
  }

  "Real Shopify lists every ISO 4217 code; the fake knows a few."
  enum CurrencyCode {
    AUD
    CAD
    CHF
    EUR
    GBP
    JPY
    NZD
    SEK
    USD
  }

  type MoneyV2 {
    amount: Decimal!
    currencyCode: CurrencyCode!
  }

  type MoneyBag {
    shopMoney: MoneyV2!
    presentmentMoney: MoneyV2!
  }

  type Count {
    count: Int!
    precision: CountPrecision!
  }

  enum CountPrecision {
    AT_LEAST
    EXACT
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  type Order implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    name: String!
    createdAt: DateTime!
    updatedAt: DateTime!
    processedAt: DateTime!
    cancelledAt: DateTime
    cancelReason: OrderCancelReason
    test: Boolean!
    currencyCode: CurrencyCode!
    presentmentCurrencyCode: CurrencyCode!
    displayFinancialStatus: OrderDisplayFinancialStatus
    displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
    totalPriceSet: MoneyBag!
    currentTotalPriceSet: MoneyBag!
    totalRefundedSet: MoneyBag!
    lineItems(first: Int, after: String, last: Int, before: String, reverse: Boolean = false): LineItemConnection!
  }

  enum OrderCancelReason {
    CUSTOMER
    DECLINED
    FRAUD
    INVENTORY
    OTHER
    STAFF
  }

  enum OrderDisplayFinancialStatus {
    AUTHORIZED
    EXPIRED
    PAID
    PARTIALLY_PAID
    PARTIALLY_REFUNDED
    PENDING
    REFUNDED
    VOIDED
  }

  "Real Shopify also has IN_PROGRESS, ON_HOLD, OPEN, PENDING_FULFILLMENT, REQUEST_DECLINED, RESTOCKED, SCHEDULED."
  enum OrderDisplayFulfillmentStatus {
    FULFILLED
    PARTIALLY_FULFILLED
    UNFULFILLED
  }

  "Real Shopify has more keys (CUSTOMER_NAME, TOTAL_PRICE, RELEVANCE, ...)."
  enum OrderSortKeys {
    CREATED_AT
    ID
    ORDER_NUMBER
    PROCESSED_AT
    UPDATED_AT
  }

  type OrderConnection {
    edges: [OrderEdge!]!
    nodes: [Order!]!
    pageInfo: PageInfo!
  }

  type OrderEdge {
    cursor: String!
    node: Order!
  }

  type LineItem implements Node {
    id: ID!
    sku: String
    name: String!
    title: String!
    quantity: Int!
    currentQuantity: Int!
    originalUnitPriceSet: MoneyBag!
    discountedUnitPriceAfterAllDiscountsSet: MoneyBag!
    variant: ProductVariant
  }

  type LineItemConnection {
    edges: [LineItemEdge!]!
    nodes: [LineItem!]!
    pageInfo: PageInfo!
  }

  type LineItemEdge {
    cursor: String!
    node: LineItem!
  }

  type ProductVariant implements Node {
    id: ID!
    legacyResourceId: UnsignedInt64!
    sku: String
    barcode: String
    title: String!
    displayName: String!
    price: Money!
    createdAt: DateTime!
    updatedAt: DateTime!
    product: Product!
  }

  type Product implements Node {
    id: ID!
    title: String!
  }

  "Real Shopify has more keys (POSITION, INVENTORY_QUANTITY, ...)."
  enum ProductVariantSortKeys {
    ID
    SKU
    TITLE
  }

  type ProductVariantConnection {
    edges: [ProductVariantEdge!]!
    nodes: [ProductVariant!]!
    pageInfo: PageInfo!
  }

  type ProductVariantEdge {
    cursor: String!
    node: ProductVariant!
  }

  type BulkOperation implements Node {
    id: ID!
    type: BulkOperationType!
    status: BulkOperationStatus!
    errorCode: BulkOperationErrorCode
    objectCount: UnsignedInt64!
    rootObjectCount: UnsignedInt64!
    fileSize: UnsignedInt64
    url: URL
    partialDataUrl: URL
    query: String!
    createdAt: DateTime!
    completedAt: DateTime
  }

  enum BulkOperationType {
    MUTATION
    QUERY
  }

  enum BulkOperationStatus {
    CANCELED
    CANCELING
    COMPLETED
    CREATED
    EXPIRED
    FAILED
    RUNNING
  }

  enum BulkOperationErrorCode {
    ACCESS_DENIED
    INTERNAL_SERVER_ERROR
    TIMEOUT
  }

  type BulkOperationRunQueryPayload {
    bulkOperation: BulkOperation
    userErrors: [BulkOperationUserError!]!
  }

  type BulkOperationUserError {
    code: BulkOperationUserErrorCode
    field: [String!]
    message: String!
  }

  enum BulkOperationUserErrorCode {
    INVALID
    OPERATION_IN_PROGRESS
  }
`;

export const shopifySchema: GraphQLSchema = buildSchema(SHOPIFY_SDL);
