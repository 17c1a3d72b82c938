import { at, invalidQuery } from './errors.js';
import { describe, type Position, type Token, tokenize } from './sql-lexer.js';

/**
 * Recursive descent over the one query shape the connector sends (see README):
 *   SELECT item[, item…] FROM path [WHERE disj] [ORDER BY key[, key…]] [LIMIT integer | @param] [;]
 * with comparisons of columns, COALESCE(…), parameters, literals and tuples. Anything
 * else is the 400 invalidQuery a real parser would give (its wording, not its coverage).
 */

export type CompareOp = '>' | '>=' | '<' | '<=' | '=' | '!=';

export type Operand =
  | { kind: 'column'; name: string; position: Position }
  | { kind: 'coalesce'; args: Operand[]; position: Position }
  | { kind: 'parameter'; name: string; position: Position }
  | { kind: 'string'; value: string; position: Position }
  | { kind: 'integer'; value: string; position: Position }
  | { kind: 'tuple'; items: Operand[]; position: Position };

export type Condition = { kind: 'and' | 'or'; items: Condition[] } | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand; position: Position };

export type SelectItem =
  | { kind: 'column'; name: string; alias?: string; position: Position }
  | { kind: 'count'; alias?: string; position: Position };

export interface OrderKey {
  operand: Operand;
  descending: boolean;
  nullsFirst: boolean;
}

export type Limit = { kind: 'integer'; value: bigint; position: Position } | { kind: 'parameter'; name: string; position: Position };

export interface Query {
  select: SelectItem[];
  /** The table path's parts, a quoted `p.d.t` already split at its dots. */
  from: { path: string[]; position: Position };
  where?: Condition;
  orderBy: OrderKey[];
  limit?: Limit;
}

const COMPARE_OPS = new Set(['>', '>=', '<', '<=', '=', '!=', '<>']);

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private next(): Token {
    const token = this.token;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isKeyword(word: string): boolean {
    return this.token.kind === 'keyword' && this.token.text === word;
  }

  private isSymbol(symbol: string): boolean {
    return this.token.kind === 'symbol' && this.token.text === symbol;
  }

  private fail(expected?: string): never {
    const token = this.token;
    const what = token.kind === 'end' ? 'Unexpected end of script' : expected === undefined ? `Unexpected ${describe(token)}` : `Expected ${expected} but got ${describe(token)}`;
    throw invalidQuery(`Syntax error: ${what} ${at(token.position.line, token.position.column)}`);
  }

  private keyword(word: string): void {
    if (!this.isKeyword(word)) this.fail(`keyword ${word}`);
    this.next();
  }

  private symbol(symbol: string): void {
    if (!this.isSymbol(symbol)) this.fail(`"${symbol}"`);
    this.next();
  }

  private name(): string {
    const token = this.token;
    if (token.kind !== 'identifier' && token.kind !== 'quoted') this.fail('identifier');
    this.next();
    return token.text;
  }

  query(): Query {
    this.keyword('SELECT');
    const select = this.commaList(() => this.selectItem());
    this.keyword('FROM');
    const from = this.tablePath();
    let where: Condition | undefined;
    if (this.isKeyword('WHERE')) {
      this.next();
      where = this.disjunction();
    }
    const orderBy: OrderKey[] = [];
    if (this.isKeyword('ORDER')) {
      this.next();
      this.keyword('BY');
      orderBy.push(...this.commaList(() => this.orderKey()));
    }
    let limit: Limit | undefined;
    if (this.isKeyword('LIMIT')) {
      this.next();
      limit = this.limit();
    }
    if (this.isSymbol(';')) this.next();
    if (this.token.kind !== 'end') this.fail('end of input');
    return { select, from, ...(where === undefined ? {} : { where }), orderBy, ...(limit === undefined ? {} : { limit }) };
  }

  private selectItem(): SelectItem {
    const position = this.token.position;
    let item: SelectItem;
    if (this.token.kind === 'identifier' && this.token.text.toUpperCase() === 'COUNT' && this.tokens[this.index + 1]?.text === '(') {
      this.next();
      this.symbol('(');
      this.symbol('*');
      this.symbol(')');
      item = { kind: 'count', position };
    } else if (this.token.kind === 'identifier' || this.token.kind === 'quoted') {
      item = { kind: 'column', name: this.name(), position };
      if (this.isSymbol('(') || this.isSymbol('.')) this.fail();
    } else return this.fail();
    if (this.isKeyword('AS')) {
      this.next();
      return { ...item, alias: this.name() };
    }
    return item;
  }

  private tablePath(): Query['from'] {
    const position = this.token.position;
    const path = this.projectName().split('.');
    while (this.isSymbol('.')) {
      this.next();
      path.push(...this.name().split('.'));
    }
    return { path, position };
  }

  /** A table path's first part may be an unquoted project id with dashes (`my-project.d.t`), as GoogleSQL allows there only. */
  private projectName(): string {
    let name = this.name();
    for (;;) {
      const dash = this.token;
      const part = this.tokens[this.index + 1];
      const adjacent = (a: Token, b: Token, width: number): boolean => a.position.line === b.position.line && a.position.column + width === b.position.column;
      if (dash.kind !== 'symbol' || dash.text !== '-' || part === undefined || (part.kind !== 'identifier' && part.kind !== 'integer')) return name;
      const before = this.tokens[this.index - 1];
      if (before?.kind !== 'identifier' && before?.kind !== 'integer') return name;
      if (!adjacent(before, dash, before.text.length) || !adjacent(dash, part, 1)) return name;
      this.index += 2;
      name += `-${part.text}`;
    }
  }

  /** One item or more, separated by commas. */
  private commaList<T>(item: () => T): T[] {
    const items = [item()];
    while (this.isSymbol(',')) {
      this.next();
      items.push(item());
    }
    return items;
  }

  private disjunction(): Condition {
    return this.joined('OR', () => this.conjunction());
  }

  private conjunction(): Condition {
    return this.joined('AND', () => this.atom());
  }

  /** Operands joined by one keyword (OR over ANDs over atoms), a single one as itself. */
  private joined(keyword: 'OR' | 'AND', operand: () => Condition): Condition {
    const items = [operand()];
    while (this.isKeyword(keyword)) {
      this.next();
      items.push(operand());
    }
    return items.length === 1 ? (items[0] as Condition) : { kind: keyword === 'OR' ? 'or' : 'and', items };
  }

  /** `( disj )`, or a comparison whose left side may itself be parenthesized or a tuple: tried first, then backtracked. */
  private atom(): Condition {
    if (this.isSymbol('(')) {
      const start = this.index;
      const left = this.tryParenthesizedOperand();
      if (left !== null) return this.comparison(left);
      this.index = start;
      this.next();
      const inner = this.disjunction();
      this.symbol(')');
      return inner;
    }
    return this.comparison(this.operand());
  }

  /** `(a)` or `(a, b, …)` followed by a comparison operator; null (nothing consumed that matters) otherwise. */
  private tryParenthesizedOperand(): Operand | null {
    const position = this.token.position;
    try {
      this.symbol('(');
      const items = this.commaList(() => this.operand());
      this.symbol(')');
      if (!(this.token.kind === 'symbol' && COMPARE_OPS.has(this.token.text))) return null;
      return items.length === 1 ? (items[0] as Operand) : { kind: 'tuple', items, position };
    } catch {
      return null;
    }
  }

  private comparison(left: Operand): Condition {
    const token = this.token;
    if (token.kind !== 'symbol' || !COMPARE_OPS.has(token.text)) return this.fail('comparison operator');
    this.next();
    const op = (token.text === '<>' ? '!=' : token.text) as CompareOp;
    const right = this.isSymbol('(') ? this.parenthesizedOperand() : this.operand();
    return { kind: 'compare', op, left, right, position: token.position };
  }

  private parenthesizedOperand(): Operand {
    const position = this.token.position;
    this.symbol('(');
    const items = this.commaList(() => this.operand());
    this.symbol(')');
    return items.length === 1 ? (items[0] as Operand) : { kind: 'tuple', items, position };
  }

  private operand(): Operand {
    const token = this.token;
    const position = token.position;
    switch (token.kind) {
      case 'parameter':
        this.next();
        return { kind: 'parameter', name: token.text, position };
      case 'string':
        this.next();
        return { kind: 'string', value: token.text, position };
      case 'integer':
        this.next();
        return { kind: 'integer', value: token.text, position };
      case 'identifier':
      case 'quoted': {
        this.next();
        if (token.kind === 'identifier' && token.text.toUpperCase() === 'COALESCE' && this.isSymbol('(')) {
          this.next();
          const args = this.commaList(() => this.operand());
          this.symbol(')');
          return { kind: 'coalesce', args, position };
        }
        if (this.isSymbol('(') || this.isSymbol('.')) this.fail();
        return { kind: 'column', name: token.text, position };
      }
      case 'keyword':
      case 'symbol':
      case 'end':
        return this.fail();
    }
  }

  private orderKey(): OrderKey {
    const operand = this.operand();
    let descending = false;
    if (this.isKeyword('ASC') || this.isKeyword('DESC')) descending = this.next().text === 'DESC';
    // BigQuery's defaults: NULLS FIRST ascending, NULLS LAST descending.
    let nullsFirst = !descending;
    if (this.isKeyword('NULLS')) {
      this.next();
      const which = this.token;
      if (which.kind !== 'identifier' || !['FIRST', 'LAST'].includes(which.text.toUpperCase())) this.fail('FIRST or LAST');
      this.next();
      nullsFirst = which.text.toUpperCase() === 'FIRST';
    }
    return { operand, descending, nullsFirst };
  }

  private limit(): Limit {
    const token = this.token;
    if (token.kind === 'integer') {
      this.next();
      return { kind: 'integer', value: BigInt(token.text), position: token.position };
    }
    if (token.kind === 'parameter') {
      this.next();
      return { kind: 'parameter', name: token.text, position: token.position };
    }
    if (token.kind === 'end') return this.fail();
    throw invalidQuery(`LIMIT expects an integer literal or parameter ${at(token.position.line, token.position.column)}`);
  }
}

export function parseQuery(sql: string): Query {
  return new Parser(tokenize(sql)).query();
}
