import type { Capability } from '../../sync-contract/capability.js';

/** Rows per query unless the integration's `pageSize` says otherwise. */
export const DEFAULT_PAGE_ROWS = 10_000;

/** A snapshot is one page held in memory and written in one statement: beyond this, read incrementally. */
export const MAX_SNAPSHOT_ROWS = 200_000;

/** A capability's setting: sales_history + Table → salesHistoryTable. */
export const capabilitySetting = (capability: Capability, suffix: 'Table' | 'Mode'): string =>
  `${capability.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}${suffix}`;
