import type { CanonicalRecord } from '../tether/records/canonical-record.js';
import type { Capability } from './capability.js';
import type { ConnectorMetadata } from './connector-metadata.js';

/** Where a read resumes: whatever the connector needs, as JSON (stored per integration and capability). */
export type SyncCursor = string | number | boolean | null | SyncCursor[] | { [key: string]: SyncCursor };

export interface ConnectionRequest {
  credentials: Readonly<Record<string, unknown>>;
  settings: Readonly<Record<string, unknown>>;
  /** Aborted when the session is cancelled or the service stops. */
  signal: AbortSignal;
}

export interface ReadRequest extends ConnectionRequest {
  capability: Capability;
  /** The cursor committed after the last page written; null reads from the beginning. */
  cursor: SyncCursor | null;
}

/** A successful connection check: what the service said about itself. */
export interface ConnectionCheck {
  summary: string;
  details: Record<string, string>;
}

/** One page of a capability's records and the cursor to resume after it. */
export interface SourcePage {
  records: CanonicalRecord<Capability>[];
  cursor: SyncCursor | null;
  /** For the admins, kept on the execution (e.g. "orders older than 60 days need the read_all_orders scope"). */
  notes?: string[];
  /** The page is the whole current state (a snapshot, e.g. open orders): stored rows not in it are removed. */
  replace?: boolean;
}

/**
 * The contract every external service implements. `read` yields a capability's pages
 * in order; `checkConnection` makes a cheap call with the credentials. Both throw
 * ConnectorError for failures they can classify. A connector that cannot talk to its
 * service yet leaves them out.
 */
export interface Connector {
  readonly metadata: ConnectorMetadata;
  /** Pages as they arrive; a source computed in memory (the sample store) may hand them over synchronously. */
  read?(request: ReadRequest): AsyncIterable<SourcePage> | Iterable<SourcePage>;
  checkConnection?(request: ConnectionRequest): Promise<ConnectionCheck>;
}

/** Multi-provider token under which every connector is collected. */
export const CONNECTORS = Symbol('CONNECTORS');
