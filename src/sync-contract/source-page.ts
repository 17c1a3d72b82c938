import type { Capability } from './capability.js';
import type { CanonicalRecord } from './records/canonical-record.js';

/** Where a read resumes: whatever the connector needs, as JSON (stored per integration and capability). */
export type SyncCursor = string | number | boolean | null | SyncCursor[] | { [key: string]: SyncCursor };

/** One page of a capability's records and the cursor to resume after it. */
export interface SourcePage {
  records: CanonicalRecord<Capability>[];
  cursor: SyncCursor | null;
  /** For the admins, kept on the execution (e.g. "orders older than 60 days need the read_all_orders scope"). */
  notes?: string[];
  /** The page is the whole current state (a snapshot, e.g. open orders): stored rows not in it are removed. */
  replace?: boolean;
  /** Records the whole read will have, when the source says (e.g. a bulk export's count): shown as progress, with an estimate of the time left. */
  total?: number;
}
