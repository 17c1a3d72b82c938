import type { ConnectionCheck, ConnectionRequest } from '../../connector.js';
import type { ConnectorMetadata } from '../../connector-metadata.js';
import { NotYetAvailableError } from '../not-yet-available.js';
import { assertDestinations } from './destination-fields.js';
import type { OutboundPolicy } from './outbound-policy.js';

/**
 * The connection check of a connector that cannot call its service yet: its destinations
 * (host and URL fields) checked as a connection would check them, then the
 * not-yet-available error. So a saved host that now
 * resolves to a private address is named as such.
 */
export async function checkDestinationsOnly(policy: OutboundPolicy, metadata: ConnectorMetadata, request: ConnectionRequest): Promise<ConnectionCheck> {
  await assertDestinations(policy, metadata, request);
  throw new NotYetAvailableError(metadata.key, 'check connections');
}
