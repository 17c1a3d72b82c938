import { isDeepStrictEqual } from 'node:util';
import type { AuditChanges } from './audit-changes.js';

/** The fields whose values differ, before and after; null when none does. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Required<AuditChanges> | null {
  const keys = Object.keys(after).filter((key) => !isDeepStrictEqual(before[key], after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}
