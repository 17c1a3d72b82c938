import type { EntityManager } from 'typeorm';
import type { Capability } from '../../sync-contract/capability.js';
import type { UnmappedKind } from '../entities/unmapped-external-id.entity.js';

/** Whose records a page holds. */
export interface SinkContext {
  organizationId: string;
  integrationId: string;
  /** Where records that name no channel go; null: they are skipped. */
  defaultChannelId: string | null;
}

/** Records skipped because an external id had no mapping, by id, with how often. */
export interface UnmappedCount {
  kind: UnmappedKind;
  externalId: string;
  count: number;
}

/** How many refused records an execution names (the first ones; `failed` counts them all). */
export const MAX_REFUSED = 20;

/**
 * A record a sink refused (counted in `invalid`): which one, and why, naming the field and
 * the rule ("sku is empty"), never a value.
 */
export interface RefusedRecord {
  /** The record's external id; for records without one of their own (sales history, forecasts), their SKU's. */
  externalId: string;
  reason: string;
}

export interface SinkResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Records not written (for orders: whole orders; skipped lines are in `unmapped`). */
  skipped: number;
  /** Why: every external id that could not be mapped (also lines of orders). */
  unmapped: UnmappedCount[];
  /** Records skipped for another reason (e.g. a product without a SKU code). */
  invalid: number;
  /** The first of those (at most MAX_REFUSED), in page order; absent when the sink names none. */
  refused?: RefusedRecord[];
}

/**
 * Writes one page of canonical records of one data type, in bulk and idempotently,
 * inside the caller's transaction (the caller commits the page with its cursor).
 */
export interface Sink<R> {
  readonly capability: Capability;
  write(manager: EntityManager, context: SinkContext, records: readonly R[], options?: { dryRun?: boolean }): Promise<SinkResult>;
  /**
   * Writes the records as the whole current state of the integration's data of this type
   * (a snapshot, such as the open orders): its rows not among them are removed. Only some
   * sinks can.
   */
  replaceAll?(manager: EntityManager, context: SinkContext, records: readonly R[], options?: { dryRun?: boolean }): Promise<SinkResult>;
}

export const emptySinkResult = (): SinkResult => ({ created: 0, updated: 0, unchanged: 0, skipped: 0, unmapped: [], invalid: 0 });

/** The counts of a page written in parts (or of pages), with the unmapped ids of all parts merged and the first refused records. */
export function sumSinkResults(results: readonly SinkResult[]): SinkResult {
  const unmapped = new Map<string, UnmappedCount>();
  for (const miss of results.flatMap((r) => r.unmapped)) {
    const key = `${miss.kind}\u0000${miss.externalId}`;
    const seen = unmapped.get(key);
    unmapped.set(key, seen === undefined ? { ...miss } : { ...seen, count: seen.count + miss.count });
  }
  const refused = results.flatMap((r) => r.refused ?? []).slice(0, MAX_REFUSED);
  return {
    created: results.reduce((n, r) => n + r.created, 0),
    updated: results.reduce((n, r) => n + r.updated, 0),
    unchanged: results.reduce((n, r) => n + r.unchanged, 0),
    skipped: results.reduce((n, r) => n + r.skipped, 0),
    invalid: results.reduce((n, r) => n + r.invalid, 0),
    unmapped: [...unmapped.values()].sort((a, b) => b.count - a.count || a.externalId.localeCompare(b.externalId)),
    ...(refused.length === 0 ? {} : { refused }),
  };
}
