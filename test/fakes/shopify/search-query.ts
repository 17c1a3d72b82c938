/**
 * Shopify's search syntax (the `query:` argument), parsed for real rather than matched
 * with regular expressions: `updated_at:>'2026-11-01T00:00:00Z' AND (financial_status:paid
 * OR -test:true)`. Grammar, loosest first:
 *
 *   or      := and ('OR' and)*
 *   and     := unary (['AND'] unary)*        terms side by side are ANDed
 *   unary   := ('NOT' | '-') unary | primary
 *   primary := '(' or ')' | term
 *   term    := field ':' [ '>' | '>=' | '<' | '<=' ] value | value
 *
 * Like Shopify it never rejects a query: a stray ')' or a dangling connective is skipped.
 */
export type Comparator = '=' | '>' | '>=' | '<' | '<=';

export type SearchNode =
  | { kind: 'all' }
  | { kind: 'and'; children: SearchNode[] }
  | { kind: 'or'; children: SearchNode[] }
  | { kind: 'not'; child: SearchNode }
  | { kind: 'term'; field: string | null; comparator: Comparator; value: string };

type Token =
  | { kind: '(' | ')' | 'AND' | 'OR' | 'NOT' }
  | { kind: 'term'; field: string | null; comparator: Comparator; value: string };

const COMPARATORS: readonly Comparator[] = ['>=', '<=', '>', '<'];
const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const quote = input[i];
    let value = '';
    i++;
    while (i < input.length && input[i] !== quote) {
      if (input[i] === '\\' && i + 1 < input.length) i++;
      value += input[i] ?? '';
      i++;
    }
    i++; // the closing quote (or the end of an unterminated string)
    return value;
  };
  const readBare = (stopAtColon: boolean): string => {
    const start = i;
    while (i < input.length && !isSpace(input[i]) && input[i] !== '(' && input[i] !== ')' && !(stopAtColon && input[i] === ':')) i++;
    return input.slice(start, i);
  };
  const readValue = (): string => (input[i] === '"' || input[i] === "'" ? readQuoted() : readBare(false));

  while (i < input.length) {
    const char = input[i];
    if (isSpace(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char });
      i++;
    } else if (char === '-' && i + 1 < input.length && !isSpace(input[i + 1])) {
      tokens.push({ kind: 'NOT' });
      i++;
    } else if (char === '"' || char === "'") {
      tokens.push({ kind: 'term', field: null, comparator: '=', value: readQuoted() });
    } else {
      const word = readBare(true);
      if (input[i] === ':') {
        i++;
        const comparator = COMPARATORS.find((c) => input.startsWith(c, i)) ?? '=';
        if (comparator !== '=') i += comparator.length;
        tokens.push({ kind: 'term', field: word.toLowerCase(), comparator, value: readValue() });
      } else if (word === 'AND' || word === 'OR' || word === 'NOT') {
        tokens.push({ kind: word });
      } else {
        tokens.push({ kind: 'term', field: null, comparator: '=', value: word });
      }
    }
  }
  return tokens;
}

export function parseSearchQuery(input: string | null | undefined): SearchNode {
  const tokens = tokenize(input ?? '');
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  const parseOr = (): SearchNode | null => {
    const children: SearchNode[] = [];
    for (;;) {
      const child = parseAnd();
      if (child !== null) children.push(child);
      if (peek()?.kind !== 'OR') break;
      position++;
    }
    return combine('or', children);
  };
  const parseAnd = (): SearchNode | null => {
    const children: SearchNode[] = [];
    for (;;) {
      const next = peek();
      if (next === undefined || next.kind === 'OR' || next.kind === ')') break;
      if (next.kind === 'AND') {
        position++;
        continue;
      }
      const child = parseUnary();
      if (child !== null) children.push(child);
    }
    return combine('and', children);
  };
  const parseUnary = (): SearchNode | null => {
    const token = peek();
    if (token?.kind === 'NOT') {
      position++;
      const child = parseUnary();
      return child === null ? null : { kind: 'not', child };
    }
    return parsePrimary();
  };
  const parsePrimary = (): SearchNode | null => {
    const token = peek();
    position++;
    if (token === undefined) return null;
    if (token.kind === '(') {
      const inner = parseOr();
      if (peek()?.kind === ')') position++;
      return inner;
    }
    return token.kind === 'term' ? { kind: 'term', field: token.field, comparator: token.comparator, value: token.value } : null;
  };

  const parts: SearchNode[] = [];
  while (position < tokens.length) {
    const node = parseOr();
    if (node !== null) parts.push(node);
    if (peek()?.kind === ')') position++; // a stray closing parenthesis
  }
  return combine('and', parts) ?? { kind: 'all' };
}

function combine(kind: 'and' | 'or', children: SearchNode[]): SearchNode | null {
  if (children.length === 0) return null;
  if (children.length === 1) return children[0] ?? null;
  return { kind, children };
}
