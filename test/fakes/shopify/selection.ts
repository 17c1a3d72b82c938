import {
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** What walking a selection needs besides the selection: fragments and coerced variables. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

export interface CollectedField {
  /** The alias, or the field name. */
  key: string;
  /** Every node asking for this key (their sub-selections are merged, as GraphQL does). */
  nodes: FieldNode[];
  definition: GraphQLField<unknown, unknown>;
  /** The sub-selections of all those nodes. */
  selectionSets: SelectionSetNode[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shopify's rule of thumb, and the one the fake applies: a type named *Connection is paginated. */
export const isConnectionType = (type: GraphQLNamedType): type is GraphQLObjectType =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();

export function fragmentsOf(definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}

/** The concrete types a value of `type` can be: itself, or every implementation. */
export const possibleTypes = (ctx: SelectionContext, type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
  isAbstractType(type) ? ctx.schema.getPossibleTypes(type) : [type];

/**
 * The fields a selection asks of a concrete type, in order: fragments expanded when
 * their type condition applies, `@skip`/`@include` honoured, `__typename` left out.
 */
export function collectFields(ctx: SelectionContext, selectionSets: readonly SelectionSetNode[], type: GraphQLObjectType): CollectedField[] {
  const byKey = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === type.name) return true;
    const conditionType = ctx.schema.getType(condition);
    return conditionType !== undefined && isAbstractType(conditionType) && ctx.schema.isSubType(conditionType, type);
  };
  const included = (node: Parameters<typeof getDirectiveValues>[1]): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, ctx.variables)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables)?.['if'] !== false;
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) walk(selection.selectionSet);
      } else {
        const fragment = ctx.fragments[selection.name.value];
        if (fragment === undefined || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        if (applies(fragment.typeCondition.name.value)) walk(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) walk(selectionSet);

  const fields = type.getFields();
  const collected: CollectedField[] = [];
  for (const [key, nodes] of byKey) {
    const first = nodes[0];
    const definition = first === undefined ? undefined : fields[first.name.value];
    if (definition === undefined) continue; // validation has already reported it
    const selectionSets = nodes.flatMap((node) => (node.selectionSet === undefined ? [] : [node.selectionSet]));
    collected.push({ key, nodes, definition, selectionSets });
  }
  return collected;
}

/** A field's arguments with defaults and variables applied; empty when they do not coerce. */
export function argumentsOf(ctx: SelectionContext, field: CollectedField): Record<string, unknown> {
  const node = field.nodes[0];
  if (node === undefined) return {};
  try {
    return getArgumentValues(field.definition, node, ctx.variables);
  } catch {
    return {};
  }
}

export const namedTypeOf = (field: CollectedField): GraphQLNamedType => getNamedType(field.definition.type);
