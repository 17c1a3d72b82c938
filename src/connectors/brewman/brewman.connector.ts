import { Injectable } from '@nestjs/common';
import type { Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { capability, integerField, textField, tokenField } from '../metadata-builders.js';

/** Brewman (Premier Systems) Web API. */
@Injectable()
export class BrewmanConnector implements Connector {
  /** Metadata only for now: reading and checking fail as `config` until the client exists. */
  private readonly unavailable = notYetAvailable('brewman');
  readonly read = this.unavailable.read;
  readonly checkConnection = this.unavailable.checkConnection;

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
      textField('baseUrl', 'Web API URL', {
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
}
