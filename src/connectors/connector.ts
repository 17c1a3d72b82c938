import type { Capability } from '../sync-contract/capability.js';
import type { SourcePage, SyncCursor } from '../sync-contract/source-page.js';
import type { ConnectorMetadata } from './connector-metadata.js';

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

/**
 * The contract every external service implements. `read` yields a capability's pages
 * in order; `checkConnection` makes a cheap call with the credentials. Both throw
 * ConnectorError for failures they can classify.
 */
export interface Connector {
  readonly metadata: ConnectorMetadata;
  /** Pages as they arrive; a source computed in memory (the sample store) may hand them over synchronously. */
  read(request: ReadRequest): AsyncIterable<SourcePage> | Iterable<SourcePage>;
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck>;
}

/** Multi-provider token under which every connector is collected. */
export const CONNECTORS = Symbol('CONNECTORS');
