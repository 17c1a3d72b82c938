import { Injectable } from '@nestjs/common';
import type { ConnectionCheck, ConnectionRequest, Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { checkDestinationsOnly } from '../kit/outbound/not-yet-connected.js';
import { capability, integerField, textField, tokenField, urlField } from '../metadata-builders.js';

/** Brewman (Premier Systems) Web API. */
@Injectable()
export class BrewmanConnector implements Connector {
  /** Reading fails as `config` until the client exists. */
  readonly read = notYetAvailable('brewman').read;

  readonly metadata: ConnectorMetadata = {
    key: 'brewman',
    displayName: 'Brewman',
    description: 'Brewery management system',
    capabilities: [
      capability('sales_orders', 'Orders with their lines, re-read in date windows with a lookback'),
      capability('warehouse_inventory', 'Quantities currently in stock per item and stock location'),
      capability('products', 'Items (code, name) as Tether SKUs'),
      capability('channels', 'Outlets (customers) as sales channels'),
      capability('pricing', 'Lines of one price list'),
    ],
    credentialFields: [
      urlField('baseUrl', 'Web API URL', {
        placeholder: 'https://yourbrewery.brewman.example',
        pattern: '^https://[^\\s/$.?#][^\\s]*$',
        patternDescription: 'an https:// URL',
      }),
      tokenField('apiToken', 'API token'),
      textField('tenantId', 'Tenant ID'),
    ],
    settingFields: [
      integerField('orderLookbackDays', 'Order lookback (days)', {
        required: false,
        default: 30,
        minimum: 1,
        maximum: 365,
        description: 'How far back each sync re-reads orders (Brewman has no updated-since filter)',
      }),
      textField('priceListId', 'Price list ID', { required: false, requiredFor: ['pricing'] }),
    ],
  };

  constructor(private readonly policy: OutboundPolicy) {}

  /** The destinations checked as at a connection (no call to Brewman yet). */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    return checkDestinationsOnly(this.policy, this.metadata, request);
  }
}
