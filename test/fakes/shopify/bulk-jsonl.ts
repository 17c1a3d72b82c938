import { getNullableType, type GraphQLObjectType, isCompositeType, isListType, type SelectionSetNode } from 'graphql';
import { type BulkPlan, connectionItems } from './bulk-query.js';
import { argumentsOf, collectFields, isConnectionType, isRecord, namedTypeOf, possibleTypes, type SelectionContext } from './selection.js';
import { isBulkSource } from './views.js';

export interface JsonlOptions {
  /** true: each parent's children right after it; false: a batch of parents, then their children. */
  groupObjects: boolean;
  /** Parents per batch when not grouping. */
  batchSize: number;
  /** Stop after this many root objects (a failed operation's partial file). */
  rootLimit?: number;
}

/** How to copy one object's selected fields, worked out once per export rather than per object. */
interface ObjectShape {
  fields: FieldShape[];
  /** Nested connections: their items go on lines of their own. */
  connections: { name: string; item: ObjectShape }[];
}

interface FieldShape {
  key: string;
  name: string;
  args: Record<string, unknown>;
  list: boolean;
  /** Null for a scalar or enum; else the shape per concrete type name. */
  shapes: ReadonlyMap<string, ObjectShape> | null;
}

function shapeOf(ctx: SelectionContext, sets: readonly SelectionSetNode[], type: GraphQLObjectType): ObjectShape {
  const shape: ObjectShape = { fields: [], connections: [] };
  for (const field of collectFields(ctx, sets, type)) {
    const fieldType = namedTypeOf(field);
    if (isConnectionType(fieldType)) {
      const items = connectionItems(ctx, field);
      if (items !== null) shape.connections.push({ name: field.definition.name, item: shapeOf(ctx, items.sets, items.type) });
      continue;
    }
    const shapes = isCompositeType(fieldType) ? new Map(possibleTypes(ctx, fieldType).map((t) => [t.name, shapeOf(ctx, field.selectionSets, t)] as const)) : null;
    shape.fields.push({ key: field.key, name: field.definition.name, args: argumentsOf(ctx, field), list: isListType(getNullableType(field.definition.type)), shapes });
  }
  return shape;
}

interface Projected {
  line: string;
  children: string[];
}

/**
 * The lines of a bulk result, made one root object at a time so a file of 100k orders
 * is never held in memory: each object carries only the selected fields; items of a
 * nested connection get their own lines with `__parentId` and come after their parent.
 */
export function* bulkLines(plan: BulkPlan, roots: Iterable<object>, options: JsonlOptions): Generator<string> {
  const items = connectionItems(plan.ctx, plan.root);
  if (items === null) return;
  const shape = shapeOf(plan.ctx, items.sets, items.type);
  let batch: Projected[] = [];
  let count = 0;
  for (const root of roots) {
    if (options.rootLimit !== undefined && count >= options.rootLimit) break;
    count++;
    const projected = projectItem(shape, root);
    if (options.groupObjects) {
      yield projected.line;
      yield* projected.children;
      continue;
    }
    batch.push(projected);
    if (batch.length >= options.batchSize) {
      yield* flush(batch);
      batch = [];
    }
  }
  yield* flush(batch);
}

function* flush(batch: readonly Projected[]): Generator<string> {
  for (const projected of batch) yield projected.line;
  for (const projected of batch) yield* projected.children;
}

function projectItem(shape: ObjectShape, source: object): Projected {
  const children: string[] = [];
  const parentId: unknown = Reflect.get(source, 'id');
  for (const connection of shape.connections) {
    const list = isBulkSource(source) ? source.bulkConnection(connection.name) : undefined;
    for (const child of list ?? []) children.push(`${JSON.stringify({ ...projectObject(connection.item, child), __parentId: parentId })}\n`);
  }
  return { line: `${JSON.stringify(projectObject(shape, source))}\n`, children };
}

function projectObject(shape: ObjectShape, source: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of shape.fields) {
    const value = readField(source, field.name, field.args);
    out[field.key] = field.list && Array.isArray(value) ? value.map((element: unknown) => projectValue(field, element)) : projectValue(field, value);
  }
  return out;
}

function projectValue(field: FieldShape, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (field.shapes === null) return value;
  if (!isRecord(value)) return null;
  // One concrete type: use it; several (an interface): the object names its own.
  const shape = field.shapes.size === 1 ? [...field.shapes.values()][0] : field.shapes.get(String(value['__typename']));
  return shape === undefined ? null : projectObject(shape, value);
}

/** Reads a field as graphql-js's default resolver would: a property, or a method called with the arguments. */
function readField(source: object, name: string, args: Record<string, unknown>): unknown {
  const value: unknown = Reflect.get(source, name);
  return typeof value === 'function' ? (value as (args: Record<string, unknown>) => unknown).call(source, args) : value;
}
