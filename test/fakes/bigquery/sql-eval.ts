import { byteSize, comparable, compareValues, readValue, type SqlType, type Value } from './encoding.js';
import { at, invalidQuery } from './errors.js';
import { type Parameter } from './parameters.js';
import { type Position } from './sql-lexer.js';
import { type CompareOp, type Condition, type Operand, parseQuery, type Query } from './sql-parser.js';
import { type Field, findField, type Row, type Table, type TableRef } from './tables.js';

/** A query's answer, fixed when its job is made: the output schema and every row, in order. */
export interface QueryResult {
  table: Table;
  fields: Field[];
  rows: (Value | null)[][];
  bytesProcessed: number;
}

export interface QueryContext {
  /** The job's project: a two-part `dataset.table` is looked up in it. */
  projectId: string;
  parameters: Map<string, Parameter>;
  /** Finds the table or throws the API's answer (404 notFound, 403 accessDenied, a wrong location). */
  resolveTable: (ref: TableRef) => Table;
}

/** A bound scalar operand: its type (null when not one the fake compares), its name for messages, how to read it. */
interface Bound {
  type: SqlType | null;
  typeName: string;
  /** The text of a string literal, which GoogleSQL coerces to DATE / DATETIME / TIMESTAMP where one is expected. */
  literal?: string;
  position: Position;
  read: (row: Row) => Value | null;
}

type Truth = boolean | null;

const OPERATOR_NAMES: Record<CompareOp, string> = { '>': 'Greater than', '>=': 'Greater than or equal', '<': 'Less than', '<=': 'Less than or equal', '=': 'Equal', '!=': 'Not equal' };
const NUMERIC_RANK: Partial<Record<SqlType, number>> = { INT64: 0, NUMERIC: 1, BIGNUMERIC: 2, FLOAT64: 3 };
const COERCIBLE_FROM_LITERAL = new Set<SqlType>(['DATE', 'DATETIME', 'TIMESTAMP']);

const where = (position: Position): string => at(position.line, position.column);

/** Parses, binds against the table and parameters, and runs the query. */
export function runQuery(sql: string, context: QueryContext): QueryResult {
  const query = parseQuery(sql);
  const table = context.resolveTable(tableRef(query, context.projectId));
  return new Binder(table, context.parameters).run(query);
}

function tableRef(query: Query, projectId: string): TableRef {
  const path = query.from.path;
  if (path.length === 1) throw invalidQuery(`Table "${path[0] ?? ''}" must be qualified with a dataset (e.g. dataset.table).`);
  const tableId = path[path.length - 1] ?? '';
  const datasetId = path[path.length - 2] ?? '';
  return { projectId: path.length === 2 ? projectId : path.slice(0, -2).join('.'), datasetId, tableId };
}

/** `foo`, or `` `my col` `` when it needs quoting, as BigQuery echoes names in errors. */
const shown = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name}\``);

class Binder {
  /** Columns the query reads, for totalBytesProcessed. */
  private readonly read = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly parameters: Map<string, Parameter>,
  ) {}

  run(query: Query): QueryResult {
    const counting = query.select.some((item) => item.kind === 'count');
    const fields: Field[] = [];
    const projections: ((row: Row) => Value | null)[] = [];
    query.select.forEach((item, index) => {
      if (item.kind === 'count') {
        fields.push({ name: item.alias ?? `f${index}_`, type: 'INT64', mode: 'NULLABLE' });
        return;
      }
      const column = this.column(item.name, item.position);
      if (counting) throw invalidQuery(`SELECT list expression references column ${shown(item.name)} which is neither grouped nor aggregated ${where(item.position)}`);
      fields.push({ name: item.alias ?? item.name, type: column.type, mode: column.mode });
      projections.push((row) => row[column.name] ?? null);
    });
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const field of fields) {
      if (seen.has(field.name.toLowerCase())) duplicates.push(field.name);
      seen.add(field.name.toLowerCase());
    }
    if (duplicates.length > 0) throw invalidQuery(`Duplicate column names in the result are not supported. Found duplicate(s): ${duplicates.join(', ')}`);

    const filter = query.where === undefined ? (): Truth => true : this.condition(query.where);
    const keys = query.orderBy.map((key) => {
      if (counting && key.operand.kind === 'column' && !fields.some((field) => field.name.toLowerCase() === (key.operand as { name: string }).name.toLowerCase()))
        throw invalidQuery(`ORDER BY clause expression references column ${shown(key.operand.name)} which is neither grouped nor aggregated ${where(key.operand.position)}`);
      return { ...key, bound: counting ? null : this.orderOperand(key.operand, query) };
    });
    const limit = query.limit === undefined ? undefined : this.limit(query.limit);

    let rows = this.table.rows.filter((row) => filter(row) === true);
    const bytesProcessed = this.table.rows.reduce((sum, row) => sum + [...this.read].reduce((size, name) => size + byteSize(row[name] ?? null), 0), 0);
    if (counting) {
      const count: (Value | null)[][] = [fields.map(() => ({ type: 'INT64', v: BigInt(rows.length) }))];
      return { table: this.table, fields, rows: limit === 0 ? [] : count, bytesProcessed };
    }
    rows = [...rows].sort((a, b) => {
      for (const key of keys) {
        if (key.bound === null) continue;
        const left = key.bound.read(a);
        const right = key.bound.read(b);
        if (left === null || right === null) {
          if (left === right) continue;
          return (left === null) === key.nullsFirst ? -1 : 1;
        }
        const order = compareValues(left, right);
        if (order !== 0) return key.descending ? -order : order;
      }
      return 0;
    });
    if (limit !== undefined) rows = rows.slice(0, limit);
    return { table: this.table, fields, rows: rows.map((row) => projections.map((project) => project(row))), bytesProcessed };
  }

  private column(name: string, position: Position): Field {
    const field = findField(this.table, name);
    if (field === undefined) throw invalidQuery(`Unrecognized name: ${shown(name)} ${where(position)}`);
    this.read.add(field.name);
    return field;
  }

  /** ORDER BY names a SELECT alias first, then a column of the table. */
  private orderOperand(operand: Operand, query: Query): Bound {
    if (operand.kind === 'column') {
      const aliased = query.select.find((item) => item.kind === 'column' && item.alias?.toLowerCase() === operand.name.toLowerCase());
      if (aliased?.kind === 'column') return this.operand({ ...operand, name: aliased.name });
    }
    return this.operand(operand);
  }

  private operand(operand: Operand): Bound {
    const position = operand.position;
    switch (operand.kind) {
      case 'column': {
        const field = this.column(operand.name, position);
        return { type: field.type, typeName: field.type, position, read: (row) => row[field.name] ?? null };
      }
      case 'parameter': {
        const parameter = this.parameters.get(operand.name);
        if (parameter === undefined) throw invalidQuery(`Query parameter '${operand.name}' not found ${where(position)}`);
        const type = typeof parameter.type === 'string' ? parameter.type : null;
        return { type, typeName: typeof parameter.type === 'string' ? parameter.type : parameter.type.other, position, read: () => parameter.value };
      }
      case 'string': {
        const value: Value = { type: 'STRING', v: operand.value };
        return { type: 'STRING', typeName: 'STRING', literal: operand.value, position, read: () => value };
      }
      case 'integer': {
        const value = readValue('INT64', operand.value);
        if (value === null) throw invalidQuery(`Invalid integer literal: ${operand.value} ${where(position)}`);
        return { type: 'INT64', typeName: 'INT64', position, read: () => value };
      }
      case 'coalesce':
        return this.coalesce(operand.args.map((arg) => this.operand(arg)), position);
      case 'tuple':
        throw invalidQuery(`Syntax error: Unexpected "(" ${where(position)}`);
    }
  }

  /** COALESCE's supertype: one type, numeric widening, or string literals read as the date/time type beside them. */
  private coalesce(args: Bound[], position: Position): Bound {
    const typed = args.find((arg) => arg.literal === undefined) ?? args[0];
    const noSignature = (): never => {
      throw invalidQuery(`No matching signature for function COALESCE for argument types: ${args.map((arg) => arg.typeName).join(', ')}. Supported signature: COALESCE([ANY, ...]) ${where(position)}`);
    };
    let type = typed?.type ?? null;
    for (const arg of args) {
      if (type === null || arg.type === null) return noSignature();
      if (arg.type === type) continue;
      const [left, right] = [NUMERIC_RANK[type], NUMERIC_RANK[arg.type]];
      if (left !== undefined && right !== undefined) type = left >= right ? type : arg.type;
      else if (arg.literal === undefined || !COERCIBLE_FROM_LITERAL.has(type)) return noSignature();
    }
    const target = type as SqlType;
    const coerced = args.map((arg) => this.coerceLiteral(arg, target));
    return { type: target, typeName: target, position, read: (row) => coerced.reduce<Value | null>((found, arg) => found ?? arg.read(row), null) };
  }

  /** A string literal where a DATE / DATETIME / TIMESTAMP is expected is read as one (or refused, as BigQuery does). */
  private coerceLiteral(arg: Bound, target: SqlType): Bound {
    if (arg.literal === undefined || !COERCIBLE_FROM_LITERAL.has(target)) return arg;
    const value = readValue(target, arg.literal);
    if (value === null) throw invalidQuery(`Could not cast literal "${arg.literal}" to type ${target} ${where(arg.position)}`);
    return { type: target, typeName: target, position: arg.position, read: () => value };
  }

  private condition(condition: Condition): (row: Row) => Truth {
    if (condition.kind !== 'compare') {
      const items = condition.items.map((item) => this.condition(item));
      const decisive = condition.kind === 'or';
      // Three-valued logic: OR is true on any true, AND false on any false; otherwise NULL if any was NULL.
      return (row) => {
        let unknown = false;
        for (const item of items) {
          const truth = item(row);
          if (truth === decisive) return decisive;
          if (truth === null) unknown = true;
        }
        return unknown ? null : !decisive;
      };
    }
    const { op, left, right } = condition;
    if (left.kind === 'tuple' || right.kind === 'tuple') return this.tupleComparison(op, left, right);
    return this.scalarComparison(op, this.operand(left), this.operand(right));
  }

  private scalarComparison(op: CompareOp, rawLeft: Bound, rawRight: Bound): (row: Row) => Truth {
    let left = rawLeft;
    let right = rawRight;
    if (left.type !== null && right.type !== null) {
      left = this.coerceLiteral(left, right.type);
      right = this.coerceLiteral(right, left.type as SqlType);
    }
    if (left.type === null || right.type === null || !comparable(left.type, right.type))
      throw invalidQuery(`No matching signature for operator ${op} for argument types: ${left.typeName}, ${right.typeName}. Supported signature: ANY ${op} ANY ${where(rawLeft.position)}`);
    const [l, r] = [left, right];
    return (row) => {
      const a = l.read(row);
      const b = r.read(row);
      if (a === null || b === null) return null;
      const order = compareValues(a, b);
      switch (op) {
        case '>':
          return order > 0;
        case '>=':
          return order >= 0;
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '=':
          return order === 0;
        case '!=':
          return order !== 0;
      }
    };
  }

  /** GoogleSQL has no ordering of STRUCTs (tuples): only = and != compare them, field by field. */
  private tupleComparison(op: CompareOp, left: Operand, right: Operand): (row: Row) => Truth {
    const items = (operand: Operand): Bound[] => (operand.kind === 'tuple' ? operand.items : [operand]).map((item) => this.operand(item));
    const leftItems = items(left);
    const rightItems = items(right);
    const typeText = (operand: Operand, bound: Bound[]): string => (operand.kind === 'tuple' ? `STRUCT<${bound.map((item) => item.typeName).join(', ')}>` : (bound[0]?.typeName ?? '?'));
    if (op !== '=' && op !== '!=') throw invalidQuery(`${OPERATOR_NAMES[op]} is not defined for arguments of type ${typeText(left, leftItems)} ${where(left.position)}`);
    if (left.kind !== 'tuple' || right.kind !== 'tuple' || leftItems.length !== rightItems.length)
      throw invalidQuery(
        `No matching signature for operator ${op} for argument types: ${typeText(left, leftItems)}, ${typeText(right, rightItems)}. Supported signature: ANY ${op} ANY ${where(left.position)}`,
      );
    const pairs = leftItems.map((item, index) => this.scalarComparison('=', item, rightItems[index] as Bound));
    return (row) => {
      let unknown = false;
      for (const equal of pairs) {
        const truth = equal(row);
        if (truth === false) return op === '!=';
        if (truth === null) unknown = true;
      }
      return unknown ? null : op === '=';
    };
  }

  private limit(limit: NonNullable<Query['limit']>): number {
    let value: bigint;
    if (limit.kind === 'integer') value = limit.value;
    else {
      const parameter = this.parameters.get(limit.name);
      if (parameter === undefined) throw invalidQuery(`Query parameter '${limit.name}' not found ${where(limit.position)}`);
      if (parameter.type !== 'INT64' || parameter.value?.type !== 'INT64') throw invalidQuery(`LIMIT expects an integer literal or parameter ${where(limit.position)}`);
      value = parameter.value.v;
    }
    if (value < 0n) throw invalidQuery(`LIMIT expects a non-negative integer literal or parameter ${where(limit.position)}`);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
  }
}
