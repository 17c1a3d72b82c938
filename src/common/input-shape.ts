import type { ValidationDetail } from './validation-detail.js';

/** Deeper than any of our bodies needs (credentials and settings hold a few levels at most). */
export const MAX_INPUT_DEPTH = 32;

// Keys that name the object machinery rather than data: refused like any unknown key,
// never dropped silently on the way to a DTO.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === 'object' && value !== null;

/**
 * The first shape problem of a parsed body or query, walked without recursion (a
 * hostile body nested thousands of levels must not overflow the stack): too deep, or a
 * reserved key. Null when the input is fine.
 */
export function inputShapeProblem(input: unknown): ValidationDetail | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    if (!isContainer(value)) continue;
    const field = path === '' ? 'body' : path;
    if (depth >= MAX_INPUT_DEPTH) {
      return { field, rule: 'maxDepth', message: `${field} is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)` };
    }
    for (const key of Object.keys(value)) {
      const child = path === '' ? key : `${path}.${key}`;
      if (!Array.isArray(value) && RESERVED_KEYS.has(key)) {
        return { field: child, rule: 'whitelistValidation', message: `${child} is not an accepted field` };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * An input object without its null-valued fields: an explicit null in an optional field
 * means "absent" everywhere (PATCH keeps the current value, a filter does not filter),
 * and a required field set to null is reported missing by its own rules.
 */
export function withoutNulls(input: unknown): unknown {
  if (!isContainer(input) || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}
