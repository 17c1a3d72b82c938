import { ConnectorError } from '../../../sync-contract/connector-error.js';
import type { ConnectionCheck, ConnectionRequest } from '../../connector.js';
import type { ConnectorMetadata } from '../../connector-metadata.js';
import { assertDestinations } from './destination-fields.js';
import type { OutboundPolicy } from './outbound-policy.js';

/**
 * The connection check of a connector that cannot call its service yet: its destinations
 * (host and URL fields) checked as a connection would check them, then the same config
 * error the check service gives a connector without a check. So a saved host that now
 * resolves to a private address is named as such.
 */
export async function checkDestinationsOnly(policy: OutboundPolicy, metadata: ConnectorMetadata, request: ConnectionRequest): Promise<ConnectionCheck> {
  await assertDestinations(policy, metadata, request);
  throw new ConnectorError('config', `the ${metadata.key} connector cannot check connections yet`, false);
}
