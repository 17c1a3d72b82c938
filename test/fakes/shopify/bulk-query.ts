import { type GraphQLError, type GraphQLObjectType, type GraphQLSchema, isObjectType, Kind, type OperationDefinitionNode, OperationTypeNode, parse, type SelectionSetNode, validate } from 'graphql';
import {
  type CollectedField,
  collectFields,
  fragmentsOf,
  isConnectionType,
  namedTypeOf,
  type SelectionContext,
} from './selection.js';

/** The connections a bulk query may start from (the fake's subset of QueryRoot). */
export type BulkRoot = 'orders' | 'productVariants';

export interface BulkPlan {
  ctx: SelectionContext;
  root: CollectedField & { definition: { name: BulkRoot } };
}

export type BulkQueryCheck = { ok: true; plan: BulkPlan } | { ok: false; message: string };

const MAX_CONNECTIONS = 5;
const MAX_DEPTH = 2;

/** What one item of a connection selects (from `edges { node }` and `nodes`) and its type. */
export function connectionItems(ctx: SelectionContext, connection: CollectedField): { sets: SelectionSetNode[]; type: GraphQLObjectType } | null {
  const connectionType = namedTypeOf(connection);
  if (!isConnectionType(connectionType)) return null;
  const sets: SelectionSetNode[] = [];
  let type: GraphQLObjectType | null = null;
  for (const field of collectFields(ctx, connection.selectionSets, connectionType)) {
    if (field.definition.name === 'nodes') {
      sets.push(...field.selectionSets);
      const nodeType = namedTypeOf(field);
      if (isObjectType(nodeType)) type = nodeType;
    } else if (field.definition.name === 'edges') {
      const edgeType = namedTypeOf(field);
      if (!isObjectType(edgeType)) continue;
      for (const edgeField of collectFields(ctx, field.selectionSets, edgeType)) {
        const nodeType = namedTypeOf(edgeField);
        if (edgeField.definition.name !== 'node' || !isObjectType(nodeType)) continue;
        sets.push(...edgeField.selectionSets);
        type = nodeType;
      }
    }
  }
  return type === null ? null : { sets, type };
}

/**
 * Checks a bulk query the way bulkOperationRunQuery does before accepting it: a valid
 * query over one supported connection, no pagination arguments, at most five
 * connections nested at most two deep, and `id` selected on any item that has a nested
 * connection (so children can name their parent in `__parentId`).
 */
export function compileBulkQuery(schema: GraphQLSchema, query: string): BulkQueryCheck {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { ok: false, message: `Invalid bulk query: ${(error as GraphQLError).message}` };
  }
  const [firstError] = validate(schema, document);
  if (firstError !== undefined) return { ok: false, message: `Invalid bulk query: ${firstError.message}` };
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || operation === undefined || operation.operation !== OperationTypeNode.QUERY) {
    return { ok: false, message: 'Invalid bulk query: a bulk query must be exactly one query operation.' };
  }
  if ((operation.variableDefinitions ?? []).length > 0) return { ok: false, message: 'Invalid bulk query: variables are not supported.' };

  const ctx: SelectionContext = { schema, fragments: fragmentsOf(document.definitions), variables: {} };
  const queryRoot = schema.getQueryType();
  const rootFields = queryRoot === null || queryRoot === undefined ? [] : collectFields(ctx, [operation.selectionSet], queryRoot);
  const [root] = rootFields;
  if (root === undefined || !isConnectionType(namedTypeOf(root))) return { ok: false, message: 'Bulk queries must contain at least one connection.' };
  if (rootFields.length !== 1) return { ok: false, message: 'Invalid bulk query: a bulk query must select exactly one top-level connection.' };
  if (!isBulkRoot(root)) {
    return { ok: false, message: `Invalid bulk query: the fake supports bulk queries over orders and productVariants, not ${root.definition.name}.` };
  }

  let connections = 0;
  const problems: string[] = [];
  const walkConnection = (connection: CollectedField, depth: number): void => {
    connections++;
    if (depth > MAX_DEPTH) problems.push(`Bulk queries cannot contain connections with a nesting depth greater than ${MAX_DEPTH}.`);
    const paging = connection.nodes.flatMap((node) => node.arguments ?? []).map((arg) => arg.name.value);
    if (paging.some((name) => ['first', 'last', 'after', 'before'].includes(name))) {
      problems.push(`Bulk queries cannot use pagination arguments (first, last, after, before): ${connection.definition.name}.`);
    }
    const items = connectionItems(ctx, connection);
    if (items === null) return;
    const nested: CollectedField[] = [];
    walkObject(items.sets, items.type, depth, nested);
    if (nested.length > 0 && !selectsUnaliasedId(items.sets, items.type)) {
      problems.push(
        `The parent 'node' field for a nested connection must select the 'id' field without an alias and must be of 'ID' return type. Connection fields without 'id': ${connection.definition.name}.`,
      );
    }
    for (const child of nested) walkConnection(child, depth + 1);
  };
  // Objects inside an item (totalPriceSet, variant...) are part of it; connections in them nest.
  const walkObject = (sets: readonly SelectionSetNode[], type: GraphQLObjectType, depth: number, nested: CollectedField[]): void => {
    for (const field of collectFields(ctx, sets, type)) {
      const fieldType = namedTypeOf(field);
      if (isConnectionType(fieldType)) nested.push(field);
      else if (isObjectType(fieldType)) walkObject(field.selectionSets, fieldType, depth, nested);
    }
  };
  const selectsUnaliasedId = (sets: readonly SelectionSetNode[], type: GraphQLObjectType): boolean =>
    collectFields(ctx, sets, type).some((field) => field.definition.name === 'id' && field.key === 'id');

  walkConnection(root, 1);
  if (connections > MAX_CONNECTIONS) problems.unshift(`Bulk queries cannot contain more than ${MAX_CONNECTIONS} connections.`);
  const [problem] = problems;
  return problem === undefined ? { ok: true, plan: { ctx, root } } : { ok: false, message: problem };
}

const isBulkRoot = (field: CollectedField): field is BulkPlan['root'] => field.definition.name === 'orders' || field.definition.name === 'productVariants';
