import { Injectable } from '@nestjs/common';
import type { ConnectionCheck, ConnectionRequest, Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { checkDestinationsOnly } from '../kit/outbound/not-yet-connected.js';
import { capability, tokenField, urlField } from '../metadata-builders.js';

/** TrackStar's unified warehouse-management API. */
@Injectable()
export class TrackStarConnector implements Connector {
  /** Reading fails as `config` until the client exists. */
  readonly read = notYetAvailable('trackstar').read;

  readonly metadata: ConnectorMetadata = {
    key: 'trackstar',
    displayName: 'TrackStar',
    description: 'Warehouse management system for inventory data',
    capabilities: [
      capability('warehouse_inventory', 'On hand, committed, fulfillable and awaiting quantities per SKU and warehouse'),
      capability('products', 'Inventory items (SKU and name) as Tether SKUs'),
    ],
    credentialFields: [
      tokenField('apiKey', 'API key', { description: "Your organization's TrackStar API key" }),
      tokenField('accessToken', 'Access token', { description: 'The access token of the connected warehouse (one per WMS connection)' }),
    ],
    settingFields: [
      urlField('baseUrl', 'API base URL', {
        required: false,
        default: 'https://production.trackstarhq.com',
        description: "TrackStar's API (change only for a sandbox or a regional endpoint)",
        pattern: '^https://[^\\s/$.?#][^\\s]*$',
        patternDescription: 'an https:// URL',
      }),
    ],
  };

  constructor(private readonly policy: OutboundPolicy) {}

  /** The destinations checked as at a connection (no call to TrackStar yet). */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    return checkDestinationsOnly(this.policy, this.metadata, request);
  }
}
