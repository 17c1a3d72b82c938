import { at, invalidQuery } from './errors.js';

/** A position in the query text, 1-based, as BigQuery reports them (`[line:column]`). */
export interface Position {
  line: number;
  column: number;
}

export type TokenKind = 'keyword' | 'identifier' | 'quoted' | 'string' | 'integer' | 'parameter' | 'symbol' | 'end';

export interface Token {
  kind: TokenKind;
  /** Keywords upper-cased; identifiers, strings and parameters with escapes resolved; symbols as written. */
  text: string;
  position: Position;
}

/** GoogleSQL's reserved keywords this grammar meets, plus the ones a stray query is most likely to hold. */
const KEYWORDS = new Set([
  'ALL', 'AND', 'AS', 'ASC', 'BETWEEN', 'BY', 'CASE', 'CAST', 'CROSS', 'DESC', 'DISTINCT', 'ELSE', 'END', 'EXISTS', 'FALSE', 'FROM', 'FULL',
  'GROUP', 'HAVING', 'IN', 'INNER', 'IS', 'JOIN', 'LEFT', 'LIKE', 'LIMIT', 'NOT', 'NULL', 'NULLS', 'ON', 'OR', 'ORDER', 'OUTER', 'RIGHT',
  'SELECT', 'THEN', 'TRUE', 'UNION', 'USING', 'WHEN', 'WHERE', 'WITH',
]);

const SYMBOLS = ['>=', '<=', '!=', '<>', '(', ')', ',', '.', '*', '=', '>', '<', ';', '+', '-', '/'];

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '?': '?', '"': '"', "'": "'", '`': '`' };

/** Splits a query into tokens; a malformed one is the 400 invalidQuery BigQuery gives. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (message: string, position: Position): never => {
    throw invalidQuery(`Syntax error: ${message} ${at(position.line, position.column)}`);
  };
  const advance = (count: number): void => {
    for (let k = 0; k < count; k++) {
      if (sql[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };

  /** Reads a quoted body (string or identifier) from the opening quote; escapes as GoogleSQL string literals have them. */
  const quoted = (quote: string, what: string): string => {
    const start = here();
    advance(1);
    let text = '';
    for (;;) {
      const ch = sql[i];
      if (ch === undefined || (ch === '\n' && quote !== '`')) return fail(`Unclosed ${what}`, start);
      if (ch === quote) {
        advance(1);
        return text;
      }
      if (ch !== '\\') {
        text += ch;
        advance(1);
        continue;
      }
      const next = sql[i + 1] ?? '';
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        text += simple;
        advance(2);
        continue;
      }
      const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3}))/.exec(sql.slice(i + 1));
      if (hex === null) return fail(`Illegal escape sequence: \\${next}`, here());
      const code = hex[1] ?? hex[2] ?? hex[3];
      text += String.fromCodePoint(code === undefined ? parseInt(hex[4] ?? '0', 8) : parseInt(code, 16));
      advance(1 + hex[0].length);
    }
  };

  while (i < sql.length) {
    const ch = sql[i] ?? '';
    const rest = sql.slice(i);
    if (/\s/.test(ch)) {
      advance(1);
      continue;
    }
    if (rest.startsWith('--') || ch === '#') {
      while (i < sql.length && sql[i] !== '\n') advance(1);
      continue;
    }
    if (rest.startsWith('/*')) {
      const start = here();
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) fail('Unclosed comment', start);
      advance(end + 2 - i);
      continue;
    }
    const position = here();
    if (ch === '`') {
      const text = quoted('`', 'identifier literal');
      if (text === '') fail('Invalid empty identifier', position);
      tokens.push({ kind: 'quoted', text, position });
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (rest.startsWith(ch.repeat(3))) fail('triple-quoted strings are not supported by the fake', position);
      tokens.push({ kind: 'string', text: quoted(ch, 'string literal'), position });
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
    if (word !== undefined) {
      advance(word.length);
      const upper = word.toUpperCase();
      tokens.push(KEYWORDS.has(upper) ? { kind: 'keyword', text: upper, position } : { kind: 'identifier', text: word, position });
      continue;
    }
    const integer = /^\d+/.exec(rest)?.[0];
    if (integer !== undefined) {
      if (/^[A-Za-z_.]/.test(sql.slice(i + integer.length))) fail(`Illegal input character "${sql[i + integer.length] ?? ''}"`, { line, column: position.column + integer.length });
      advance(integer.length);
      tokens.push({ kind: 'integer', text: integer, position });
      continue;
    }
    if (ch === '@') {
      const name = /^@([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)?.[1];
      if (name !== undefined) {
        advance(name.length + 1);
        tokens.push({ kind: 'parameter', text: name, position });
        continue;
      }
      if (sql[i + 1] === '`') {
        advance(1);
        tokens.push({ kind: 'parameter', text: quoted('`', 'identifier literal'), position });
        continue;
      }
    }
    const symbol = SYMBOLS.find((candidate) => rest.startsWith(candidate));
    if (symbol === undefined) fail(`Illegal input character "${ch}"`, position);
    else {
      advance(symbol.length);
      tokens.push({ kind: 'symbol', text: symbol, position });
    }
  }
  tokens.push({ kind: 'end', text: '', position: here() });
  return tokens;
}

/** How BigQuery names a token in "Expected … but got …". */
export function describe(token: Token): string {
  switch (token.kind) {
    case 'keyword':
      return `keyword ${token.text}`;
    case 'identifier':
      return `identifier "${token.text}"`;
    case 'quoted':
      return `identifier \`${token.text}\``;
    case 'string':
      return `string literal "${token.text}"`;
    case 'integer':
      return `integer literal "${token.text}"`;
    case 'parameter':
      return `query parameter @${token.text}`;
    case 'symbol':
      return `"${token.text}"`;
    case 'end':
      return 'end of input';
  }
}
