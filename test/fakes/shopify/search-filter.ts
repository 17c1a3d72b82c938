import { parseGid } from './gid.js';
import { type FakeOrder, type FakeVariant } from './model.js';
import { type Comparator, parseSearchQuery, type SearchNode } from './search-query.js';

/** What Shopify puts in `extensions.search[].warnings` for a field it ignored. */
export interface SearchWarning {
  field: string;
  message: string;
}

type TermMatcher<T> = (item: T, comparator: Comparator, value: string) => boolean;

export interface SearchFields<T> {
  fields: Readonly<Record<string, TermMatcher<T>>>;
  /** Text a bare word (no `field:`) is looked for in. */
  text: (item: T) => readonly string[];
}

export interface CompiledSearch<T> {
  matches: (item: T) => boolean;
  warnings: SearchWarning[];
}

/**
 * Turns a query into a predicate. A term on a field the resource does not know is
 * dropped with a warning, as Shopify does ("Invalid search field for this query."),
 * so `foo:bar` alone matches everything rather than nothing.
 */
export function compileSearch<T>(query: string | null | undefined, spec: SearchFields<T>): CompiledSearch<T> {
  const warnings: SearchWarning[] = [];
  const compile = (node: SearchNode): ((item: T) => boolean) | null => {
    switch (node.kind) {
      case 'all':
        return null;
      case 'and':
      case 'or': {
        const parts = node.children.map(compile).filter((p): p is (item: T) => boolean => p !== null);
        if (parts.length === 0) return null;
        return node.kind === 'and' ? (item) => parts.every((p) => p(item)) : (item) => parts.some((p) => p(item));
      }
      case 'not': {
        const inner = compile(node.child);
        return inner === null ? null : (item) => !inner(item);
      }
      case 'term': {
        if (node.field === null) {
          const needle = node.value.toLowerCase();
          return (item) => spec.text(item).some((text) => text.toLowerCase().includes(needle));
        }
        const matcher = spec.fields[node.field];
        if (matcher === undefined) {
          warnings.push({ field: node.field, message: 'Invalid search field for this query.' });
          return null;
        }
        const { comparator, value } = node;
        return (item) => matcher(item, comparator, value);
      }
    }
  };
  const predicate = compile(parseSearchQuery(query));
  return { matches: predicate ?? (() => true), warnings };
}

function compare<V extends number | string>(actual: V, comparator: Comparator, wanted: V): boolean {
  switch (comparator) {
    case '=':
      return actual === wanted;
    case '>':
      return actual > wanted;
    case '>=':
      return actual >= wanted;
    case '<':
      return actual < wanted;
    case '<=':
      return actual <= wanted;
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates compare as instants; `field:2026-11-01` (no comparator, no time) means that UTC day. */
export function dateMatcher<T>(get: (item: T) => number | null): TermMatcher<T> {
  return (item, comparator, value) => {
    const actual = get(item);
    const wanted = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (actual === null || Number.isNaN(wanted)) return false;
    if (comparator === '=' && DATE_ONLY.test(value)) return actual >= wanted && actual < wanted + 86_400_000;
    return compare(actual, comparator, wanted);
  };
}

/** Numeric ids; a gid is accepted too (`id:>gid://shopify/Order/5`). */
export function idMatcher<T>(get: (item: T) => number): TermMatcher<T> {
  return (item, comparator, value) => {
    const wanted = parseGid(value)?.id ?? Number(value);
    return !Number.isNaN(wanted) && compare(get(item), comparator, wanted);
  };
}

/** Case-insensitive keywords; a trailing `*` matches a prefix. Any of several values may match. */
export function keywordMatcher<T>(get: (item: T) => readonly (string | null)[]): TermMatcher<T> {
  return (item, comparator, value) => {
    const wanted = value.toLowerCase();
    return get(item).some((raw) => {
      if (raw === null) return false;
      const actual = raw.toLowerCase();
      if (comparator === '=' && wanted.endsWith('*')) return actual.startsWith(wanted.slice(0, -1));
      return compare(actual, comparator, wanted);
    });
  };
}

export function booleanMatcher<T>(get: (item: T) => boolean): TermMatcher<T> {
  return (item, _comparator, value) => String(get(item)) === value.toLowerCase();
}

const FULFILLMENT_WORDS: Record<FakeOrder['fulfillmentStatus'], readonly string[]> = {
  FULFILLED: ['fulfilled', 'shipped'],
  UNFULFILLED: ['unfulfilled', 'unshipped'],
  PARTIALLY_FULFILLED: ['partial', 'partially_fulfilled'],
};

export const ORDER_SEARCH: SearchFields<FakeOrder> = {
  fields: {
    id: idMatcher((o) => o.legacyId),
    name: keywordMatcher((o) => [o.name, o.name.slice(1)]),
    created_at: dateMatcher((o) => o.createdAt),
    updated_at: dateMatcher((o) => o.updatedAt),
    processed_at: dateMatcher((o) => o.processedAt),
    financial_status: keywordMatcher((o) => [o.financialStatus.toLowerCase()]),
    fulfillment_status: keywordMatcher((o) => FULFILLMENT_WORDS[o.fulfillmentStatus]),
    status: keywordMatcher((o) => [o.cancelledAt === null ? 'open' : 'cancelled']),
    test: booleanMatcher((o) => o.test),
    sku: keywordMatcher((o) => o.lineItems.map((line) => line.sku)),
  },
  text: (o) => [o.name, ...o.lineItems.map((line) => line.name)],
};

export const VARIANT_SEARCH: SearchFields<FakeVariant> = {
  fields: {
    id: idMatcher((v) => v.legacyId),
    sku: keywordMatcher((v) => [v.sku]),
    barcode: keywordMatcher((v) => [v.barcode]),
    title: keywordMatcher((v) => [v.title]),
    product_id: idMatcher((v) => v.product.legacyId),
    created_at: dateMatcher((v) => v.createdAt),
    updated_at: dateMatcher((v) => v.updatedAt),
  },
  text: (v) => [v.sku, v.title, v.product.title],
};
