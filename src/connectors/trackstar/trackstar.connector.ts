import { Injectable } from '@nestjs/common';
import type { Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { capability, tokenField } from '../metadata-builders.js';

/** TrackStar's unified warehouse-management API. */
@Injectable()
export class TrackStarConnector implements Connector {
  /** Metadata only for now: reading and checking fail as `config` until the client exists. */
  private readonly unavailable = notYetAvailable('trackstar');
  readonly read = this.unavailable.read;
  readonly checkConnection = this.unavailable.checkConnection;

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
    settingFields: [],
  };
}
