import { Injectable } from '@nestjs/common';
import { CAPABILITIES, type Capability } from '../../sync-contract/capability.js';
import type { ConnectionCheck, Connector, ConnectionRequest, ReadRequest } from '../connector.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { ConnectorMetadata, FieldDefinition } from '../connector-metadata.js';
import { validateFieldValues } from '../field-values.validator.js';
import { capability, integerField } from '../metadata-builders.js';
import { ANCHOR_DATE, dateOf } from './sample-calendar.js';
import { SAMPLE_FEEDS } from './sample-feeds.js';
import { samplePages } from './sample-pages.js';
import { type SampleSettings, sampleStore } from './sample-store.js';

const SAMPLE_SETTING_FIELDS: FieldDefinition[] = [
  integerField('seed', 'Seed', {
    required: false,
    default: 1,
    minimum: 0,
    maximum: 2_147_483_647,
    description: 'The same seed and size give the same store, sync after sync',
  }),
  integerField('size', 'Products', {
    required: false,
    default: 25,
    minimum: 1,
    maximum: 5000,
    description: 'How many products; orders (about size/5 a day), pending orders, stock, prices and forecasts scale with it',
  }),
];

const DESCRIPTIONS: Readonly<Record<Capability, string>> = {
  sales_orders: 'Orders with their lines: 90 days of history, then one trading day more per sync (new orders, cancellations, partial refunds)',
  sales_history: 'Weekly sales per product and channel, summed from the orders',
  pending_sales: "The day's orders awaiting payment, replaced on each sync",
  warehouse_inventory: 'Stock per product at two distribution centres, replaced on each sync',
  products: 'The store’s products as Tether SKUs',
  channels: 'The web store and the retail shops',
  pricing: 'A price list per channel, replaced on each sync; a few prices change every day',
  forecast_versions: 'A fixed baseline and the latest revision',
  sales_forecast: 'Eight weeks ahead per product and channel; the latest version revised on each sync',
};

/**
 * A store that exists only as generated data, for trying Tether without an external
 * system: deterministic (a function of the seed, the size and the cursor), and one
 * trading day further on at every sync. No credentials.
 */
@Injectable()
export class SampleConnector implements Connector {
  readonly metadata: ConnectorMetadata = {
    key: 'sample',
    displayName: 'Sample store (demo data)',
    description: 'Generated demo data for every data type, a day further on at every sync; needs no credentials',
    capabilities: CAPABILITIES.map((key) => capability(key, DESCRIPTIONS[key])),
    credentialFields: [],
    settingFields: SAMPLE_SETTING_FIELDS,
  };

  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const { seed, size } = settingsOf(request.settings);
    return Promise.resolve({
      summary: `Sample store: ${size} products, seed ${seed}`,
      details: { products: String(size), seed: String(seed), historyFrom: dateOf(0), anchor: ANCHOR_DATE },
    });
  }

  read(request: ReadRequest): Iterable<SourcePage> {
    return samplePages(SAMPLE_FEEDS[request.capability], sampleStore(settingsOf(request.settings)), request.cursor);
  }
}

/** The stored settings, checked again (they were when saved) with their defaults. */
function settingsOf(settings: Readonly<Record<string, unknown>>): SampleSettings {
  const { values, problems } = validateFieldValues(SAMPLE_SETTING_FIELDS, settings, { path: 'settings', capabilities: [], applyDefaults: true });
  if (problems.length > 0) throw new ConnectorError('config', problems.map((p) => p.message).join('; '), false);
  return { seed: Number(values.seed), size: Number(values.size) };
}
