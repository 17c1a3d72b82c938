import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, ConnectionRequest, Connector, ReadRequest } from '../connector.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { resumeFrom, withFirstPageNotes } from '../kit/cursor/cursor-codec.js';
import { OutboundHttp } from '../kit/http/outbound-http.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { OUTBOUND_OBSERVER, type OutboundObserver, observerFor } from '../kit/observe/outbound-observer.js';
import { capability, integerField, textField, tokenField, urlField } from '../metadata-builders.js';
import { BrewmanClient } from './brewman-client.js';
import { BREWMAN_ORDERS_CURSOR, readBrewmanOrders } from './brewman-orders.reader.js';
import { priceLinesOf, readBrewmanChannels, readBrewmanInventory, readBrewmanPrices, readBrewmanProducts } from './brewman-snapshots.js';
import type { StockLocation } from './brewman-wire.js';

const GUID = { pattern: '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$', patternDescription: 'a GUID (8-4-4-4-12 hexadecimal digits)' };
const setting = <T>(value: unknown, kind: 'number' | 'string', fallback: T): T => (typeof value === kind ? (value as T) : fallback);

/** Brewman (Premier Systems) Web API v7. */
@Injectable()
export class BrewmanConnector implements Connector {
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
        pattern: '^https?://[^\\s/$.?#][^\\s]*$',
        patternDescription: 'an https:// URL',
      }),
      tokenField('apiToken', 'API token'),
      textField('tenantId', 'Tenant ID', { ...GUID, description: 'The tenant (brewery) the token reads, as Brewman shows it' }),
    ],
    settingFields: [
      integerField('orderLookbackDays', 'Order lookback (days)', {
        required: false,
        default: 30,
        minimum: 1,
        maximum: 365,
        description: 'How far back each sync re-reads orders (Brewman has no updated-since filter): an order changed or cancelled within this many days of its date is updated',
      }),
      integerField('orderHistoryDays', 'Order history (days)', {
        required: false,
        default: 365,
        minimum: 1,
        maximum: 3650,
        description: 'How far back the first sync (and a sync after a reset) reads orders',
      }),
      integerField('ordersPerRequest', 'Orders per request', {
        required: false,
        default: 1000,
        minimum: 10,
        maximum: 10_000,
        description: "Brewman's maximumResults: a date window with more orders is split, down to one day; a day with more fails the sync",
      }),
      textField('currency', 'Currency', { required: false, default: 'GBP', pattern: '^[A-Z]{3}$', patternDescription: 'an ISO 4217 code such as GBP', description: "Brewman's amounts carry no currency: the one they are in" }),
      textField('priceListId', 'Price list ID', { ...GUID, required: false, requiredFor: ['pricing'], description: 'The price list whose current list prices are synced' }),
    ],
  };

  private readonly http: OutboundHttp;

  constructor(policy: OutboundPolicy, @Optional() @Inject(OUTBOUND_OBSERVER) observer?: OutboundObserver) {
    this.http = new OutboundHttp(policy, observerFor(observer, 'brewman'));
  }

  async checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const client = this.client(request);
    // The token alone first, then the tenant: a 401 and a 403 name different fields.
    const context = await client.call<{ userContext?: { user?: { name?: string | null } } }>('User/v1/GetCurrentUserContext', {}, request.signal, { withoutTenant: true });
    const { stockLocations } = await client.call<{ stockLocations?: StockLocation[] }>('StockLocation/v1/GetAllStockLocations', {}, request.signal);
    const details: Record<string, string> = { stockLocations: String(stockLocations?.length ?? 0) };
    const priceListId = request.settings.priceListId;
    if (typeof priceListId === 'string') details.priceListLines = String((await priceLinesOf(client, priceListId, request.signal)).length);
    const user = context.userContext?.user?.name;
    return { summary: `connected to Brewman${typeof user === 'string' && user !== '' ? ` as ${user}` : ''}`, details };
  }

  read(request: ReadRequest): AsyncIterable<SourcePage> {
    const client = this.client(request);
    const { settings, signal } = request;
    const currency = setting(settings.currency, 'string', 'GBP');
    switch (request.capability) {
      case 'products':
        return readBrewmanProducts(client, signal);
      case 'warehouse_inventory':
        return readBrewmanInventory(client, signal);
      case 'channels':
        return readBrewmanChannels(client, signal);
      case 'pricing': {
        const priceListId = settings.priceListId;
        if (typeof priceListId !== 'string') throw new ConnectorError('config', 'settings.priceListId is required to sync pricing', false);
        return readBrewmanPrices(client, priceListId, currency, signal);
      }
      case 'sales_orders': {
        const { position, notes } = resumeFrom(BREWMAN_ORDERS_CURSOR, request.cursor, 'sales_orders');
        const pages = readBrewmanOrders(client, {
          cursor: position,
          lookbackDays: setting(settings.orderLookbackDays, 'number', 30),
          historyDays: setting(settings.orderHistoryDays, 'number', 365),
          limit: setting(settings.ordersPerRequest, 'number', 1000),
          currency,
          signal,
        });
        return withFirstPageNotes(pages, notes);
      }
      case 'sales_history':
      case 'pending_sales':
      case 'forecast_versions':
      case 'sales_forecast':
        throw new ConnectorError('config', `Brewman does not provide ${request.capability}`, false);
    }
  }

  private client(request: ConnectionRequest): BrewmanClient {
    const { baseUrl, apiToken, tenantId } = request.credentials;
    for (const [name, value] of Object.entries({ baseUrl, apiToken, tenantId })) {
      if (typeof value !== 'string' || value === '') throw new ConnectorError('config', `credentials.${name} is missing`, false);
    }
    return new BrewmanClient({ base: new URL(baseUrl as string), apiToken: apiToken as string, tenantId: tenantId as string }, this.http);
  }
}
