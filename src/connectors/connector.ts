import type { ConnectorMetadata } from './connector-metadata.js';

/**
 * The contract every external service implements. Reading capabilities and checking
 * connections join it as each connector learns to talk to its service.
 */
export interface Connector {
  readonly metadata: ConnectorMetadata;
}

/** Multi-provider token under which every connector is collected. */
export const CONNECTORS = Symbol('CONNECTORS');
