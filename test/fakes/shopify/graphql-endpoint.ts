import { execute, getOperationAST, getVariableValues, type GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import { type LeakyBucket, type ThrottleStatus } from './bucket.js';
import { type BulkOperations } from './bulk-operations.js';
import { actualCost, requestedCost } from './cost.js';
import { createRootValue, type SearchReport, type ShopInfo } from './resolvers.js';
import { fragmentsOf, isRecord, type SelectionContext } from './selection.js';
import { type FakeShopifyStats } from './stats.js';
import { type FakeStore } from './store.js';

export interface EndpointDeps {
  schema: GraphQLSchema;
  store: FakeStore;
  bulk: BulkOperations;
  bucket: LeakyBucket;
  shop: ShopInfo;
  maxQueryCost: number;
  stats: FakeShopifyStats;
}

export interface Reply {
  status: number;
  body: unknown;
  /** A short word for logs and tests: served, throttled, max-cost, rejected. */
  outcome: 'served' | 'throttled' | 'max-cost' | 'rejected';
  requestedCost: number | null;
}

const RATE_LIMIT_DOCS = 'https://shopify.dev/api/usage/rate-limits';

interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

const costOf = (requested: number, actual: number | null, bucket: LeakyBucket): { cost: CostExtension } => ({
  cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() },
});

const rejected = (status: number, body: unknown): Reply => ({ status, body, outcome: 'rejected', requestedCost: null });

/**
 * One GraphQL request after authentication and HTTP-level faults: parse, validate,
 * price, check the bucket, execute, charge. Refusals come back as Shopify sends them
 * (HTTP 200 with `errors`), except an unreadable body (HTTP 400).
 */
export async function answerGraphql(deps: EndpointDeps, rawBody: string, injectThrottle: boolean): Promise<Reply> {
  const { schema, bucket, stats } = deps;
  let request: unknown;
  try {
    request = JSON.parse(rawBody);
  } catch {
    request = undefined;
  }
  if (!isRecord(request) || typeof request['query'] !== 'string') {
    stats.rejected++;
    return rejected(400, { errors: { query: 'Required parameter missing or invalid' } });
  }
  const operationName = typeof request['operationName'] === 'string' ? request['operationName'] : undefined;
  const inputs = isRecord(request['variables']) ? request['variables'] : {};

  let document;
  try {
    document = parse(request['query']);
  } catch (error) {
    stats.rejected++;
    return rejected(200, { errors: [(error as GraphQLError).toJSON()] });
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    stats.rejected++;
    return rejected(200, {
      errors: validationErrors.map((error) => ({ ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
    });
  }
  const operation = getOperationAST(document, operationName);
  if (operation === null || operation === undefined) {
    stats.rejected++;
    const message = operationName === undefined ? 'An operation name is required when the query has several operations.' : `No operation named "${operationName}".`;
    return rejected(200, { errors: [{ message }] });
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (coerced.errors !== undefined) {
    stats.rejected++;
    return rejected(200, { errors: coerced.errors.map((error) => error.toJSON()) });
  }

  const ctx: SelectionContext = { schema, fragments: fragmentsOf(document.definitions), variables: coerced.coerced };
  const requested = requestedCost(ctx, operation);
  if (requested > deps.maxQueryCost) {
    stats.maxCostRefused++;
    return {
      status: 200,
      outcome: 'max-cost',
      requestedCost: requested,
      body: {
        errors: [
          {
            message: `Query cost is ${requested}, which exceeds the single query max cost limit (${deps.maxQueryCost}).`,
            extensions: { code: 'MAX_COST_EXCEEDED', cost: requested, maxCost: deps.maxQueryCost, documentation: RATE_LIMIT_DOCS },
          },
        ],
        extensions: costOf(requested, null, bucket),
      },
    };
  }
  if (injectThrottle || !bucket.tryTake(requested)) {
    stats.throttled++;
    if (injectThrottle) stats.injectedThrottles++;
    return {
      status: 200,
      outcome: 'throttled',
      requestedCost: requested,
      body: {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: RATE_LIMIT_DOCS } }],
        extensions: costOf(requested, null, bucket),
      },
    };
  }

  const reports: SearchReport[] = [];
  const result = await execute({
    schema,
    document,
    operationName,
    variableValues: inputs,
    rootValue: createRootValue(deps.store, deps.bulk, deps.shop, reports),
  });
  const actual = actualCost(ctx, operation, result.data);
  bucket.refund(requested - actual);
  stats.pointsCharged += actual;
  stats.served++;
  return {
    status: 200,
    outcome: 'served',
    requestedCost: requested,
    body: {
      ...(result.errors === undefined ? {} : { errors: result.errors.map((error) => error.toJSON()) }),
      data: result.data ?? null,
      extensions: { ...costOf(requested, actual, bucket), ...(reports.length > 0 ? { search: reports } : {}) },
    },
  };
}
