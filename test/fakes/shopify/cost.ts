import { type GraphQLCompositeType, type GraphQLObjectType, isCompositeType, isLeafType, isListType, getNullableType, type OperationDefinitionNode, OperationTypeNode, type SelectionSetNode } from 'graphql';
import {
  argumentsOf,
  type CollectedField,
  collectFields,
  isConnectionType,
  isRecord,
  namedTypeOf,
  possibleTypes,
  type SelectionContext,
} from './selection.js';

/**
 * Shopify's calculated query cost (connectors.md): scalar and enum 0, object 1,
 * connection 2 + size × (cost of one item), interface: the dearest possible type,
 * mutation 10 flat. One item of a connection is what `edges { node }` and `nodes` select
 * (an edge itself is free, its node an object); `pageInfo` is free (Shopify does not
 * charge for it: `orders(first: 19)` with a nested `lineItems(first: 10)` of 4-point
 * lines and a MoneyBag is 857, not 877). The requested cost sizes connections by
 * `first`/`last`; the actual cost walks the data that came back.
 */
export const MUTATION_COST = 10;

/** Types Shopify does not charge for. */
const FREE_TYPES: ReadonlySet<string> = new Set(['PageInfo']);

export function requestedCost(ctx: SelectionContext, operation: OperationDefinitionNode): number {
  if (operation.operation !== OperationTypeNode.QUERY) return MUTATION_COST;
  const root = ctx.schema.getQueryType();
  return root === null || root === undefined ? 0 : requestedFields(ctx, [operation.selectionSet], root);
}

export function actualCost(ctx: SelectionContext, operation: OperationDefinitionNode, data: unknown): number {
  if (operation.operation !== OperationTypeNode.QUERY) return MUTATION_COST;
  const root = ctx.schema.getQueryType();
  return root === null || root === undefined || !isRecord(data) ? 0 : actualFields(ctx, [operation.selectionSet], root, data);
}

function requestedFields(ctx: SelectionContext, sets: readonly SelectionSetNode[], type: GraphQLObjectType): number {
  return collectFields(ctx, sets, type).reduce((sum, field) => sum + requestedField(ctx, field), 0);
}

function requestedComposite(ctx: SelectionContext, sets: readonly SelectionSetNode[], type: GraphQLCompositeType): number {
  return Math.max(0, ...possibleTypes(ctx, type).map((concrete) => requestedFields(ctx, sets, concrete)));
}

function requestedField(ctx: SelectionContext, field: CollectedField): number {
  const type = namedTypeOf(field);
  if (isLeafType(type) || !isCompositeType(type) || FREE_TYPES.has(type.name)) return 0;
  if (!isConnectionType(type)) return 1 + requestedComposite(ctx, field.selectionSets, type);
  const args = argumentsOf(ctx, field);
  const size = numberOr(args['first'], numberOr(args['last'], 0));
  let total = 2;
  for (const part of collectFields(ctx, field.selectionSets, type)) {
    const partType = namedTypeOf(part);
    if (part.definition.name === 'edges' && isCompositeType(partType)) {
      // An edge is free; its node (an object) and cursor (a scalar) cost as usual.
      for (const edge of possibleTypes(ctx, partType)) total += size * requestedFields(ctx, part.selectionSets, edge);
    } else if (part.definition.name === 'nodes') {
      total += size * requestedField(ctx, part);
    } else {
      total += requestedField(ctx, part); // pageInfo: free
    }
  }
  return total;
}

function actualFields(ctx: SelectionContext, sets: readonly SelectionSetNode[], type: GraphQLObjectType, value: Record<string, unknown>): number {
  return collectFields(ctx, sets, type).reduce((sum, field) => sum + actualField(ctx, field, value[field.key]), 0);
}

/** Fields of types that did not apply are absent from the data, so the largest total is the real one. */
function actualComposite(ctx: SelectionContext, sets: readonly SelectionSetNode[], type: GraphQLCompositeType, value: Record<string, unknown>): number {
  return Math.max(0, ...possibleTypes(ctx, type).map((concrete) => actualFields(ctx, sets, concrete, value)));
}

function actualField(ctx: SelectionContext, field: CollectedField, value: unknown): number {
  const type = namedTypeOf(field);
  if (isLeafType(type) || !isCompositeType(type) || FREE_TYPES.has(type.name) || value === undefined) return 0;
  if (isConnectionType(type)) {
    if (!isRecord(value)) return 2;
    let total = 2;
    for (const part of collectFields(ctx, field.selectionSets, type)) {
      const partValue = value[part.key];
      const partType = namedTypeOf(part);
      if (part.definition.name === 'edges' && isCompositeType(partType)) {
        if (!Array.isArray(partValue)) continue;
        for (const edge of partValue) if (isRecord(edge)) total += actualComposite(ctx, part.selectionSets, partType, edge);
      } else {
        total += actualField(ctx, part, partValue); // nodes: per element; pageInfo: free
      }
    }
    return total;
  }
  // A list of objects costs each element; a null object still cost its field (1).
  if (isListType(getNullableType(field.definition.type)) && Array.isArray(value)) {
    return value.reduce((sum: number, element: unknown) => sum + (isRecord(element) ? 1 + actualComposite(ctx, field.selectionSets, type, element) : 0), 0);
  }
  return isRecord(value) ? 1 + actualComposite(ctx, field.selectionSets, type, value) : 1;
}

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
