import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, ConnectionRequest, Connector, ReadRequest } from '../connector.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { resumeFrom, withFirstPageNotes } from '../kit/cursor/cursor-codec.js';
import { OutboundHttp } from '../kit/http/outbound-http.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { OUTBOUND_OBSERVER, type OutboundObserver, observerFor } from '../kit/observe/outbound-observer.js';
import { BucketsByCredential } from '../kit/pacing/buckets-by-credential.js';
import { TokenBucket } from '../kit/pacing/token-bucket.js';
import { capability, integerField, tokenField, urlField } from '../metadata-builders.js';
import { TrackStarClient } from './trackstar-client.js';
import { connectionOf, inventorySynced } from './trackstar-connection.js';
import { TRACKSTAR_CURSOR } from './trackstar-cursor.js';
import { readTrackStar } from './trackstar.reader.js';

const PRODUCTION = 'https://production.trackstarhq.com';
/**
 * TrackStar allows 10 GET requests a second per access token, counted per second: paced
 * evenly a little under that, without a burst (a burst of 10 and the refill after it could
 * land 15 in one counted second).
 */
const PACE = { perSecond: 9.5, burst: 1 };
const HOUR_MS = 3_600_000;

/** TrackStar's unified warehouse-management API. */
@Injectable()
export class TrackStarConnector implements Connector {
  readonly metadata: ConnectorMetadata = {
    key: 'trackstar',
    displayName: 'TrackStar',
    description: 'Warehouse management system for inventory data',
    capabilities: [
      capability('warehouse_inventory', 'On hand, committed and available (fulfillable) quantities per SKU and warehouse'),
      capability('products', 'Inventory items (SKU and name) as Tether SKUs'),
    ],
    credentialFields: [
      tokenField('apiKey', 'API key', { description: "Your organization's TrackStar API key" }),
      tokenField('accessToken', 'Access token', { description: 'The access token of the connected warehouse (one per WMS connection)' }),
    ],
    settingFields: [
      urlField('baseUrl', 'API base URL', {
        required: false,
        default: PRODUCTION,
        description: "TrackStar's API (change only for a sandbox or a regional endpoint)",
        pattern: '^https?://[^\\s/$.?#][^\\s]*$',
        patternDescription: 'an https:// URL',
      }),
      integerField('fullInventoryHours', 'Full inventory read every (hours)', {
        required: false,
        default: 24,
        minimum: 1,
        maximum: 168,
        description: 'Between full reads only changed items are read; a full read replaces the stored stock, so items deleted in the WMS lose theirs',
      }),
    ],
  };

  private readonly http: OutboundHttp;
  /** One per access token: TrackStar's limit is per token, whichever integration uses it. */
  private readonly buckets = new BucketsByCredential(() => new TokenBucket(PACE));

  constructor(policy: OutboundPolicy, @Optional() @Inject(OUTBOUND_OBSERVER) observer?: OutboundObserver) {
    this.http = new OutboundHttp(policy, observerFor(observer, 'trackstar'));
  }

  async checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const { client, accessToken } = this.client(request);
    // The access token's own check (the connections route takes the API key alone).
    await client.get('/wms/inventory', { limit: 1 }, request.signal);
    const connection = await connectionOf(client, accessToken, request.signal);
    const synced = inventorySynced(connection);
    return {
      summary: `connected to ${connection?.integration_name ?? 'TrackStar'}`,
      details: {
        ...(connection === null ? {} : { connection: connection.connection_id }),
        ...(connection?.integration_name === undefined ? {} : { wms: connection.integration_name }),
        inventory: synced === false ? "TrackStar's first sync of the WMS is still running" : 'ready',
      },
    };
  }

  read(request: ReadRequest): AsyncIterable<SourcePage> {
    const { capability: wanted } = request;
    if (wanted !== 'warehouse_inventory' && wanted !== 'products') throw new ConnectorError('config', `TrackStar does not provide ${wanted}`, false);
    const { client, accessToken } = this.client(request);
    const { position, notes } = resumeFrom(TRACKSTAR_CURSOR, request.cursor, wanted);
    const hours = typeof request.settings.fullInventoryHours === 'number' ? request.settings.fullInventoryHours : 24;
    const pages = readTrackStar(client, {
      capability: wanted,
      cursor: position,
      fullEveryMs: hours * HOUR_MS,
      historicalSyncDone: async () => inventorySynced(await connectionOf(client, accessToken, request.signal)),
      signal: request.signal,
    });
    return withFirstPageNotes(pages, notes);
  }

  private client(request: ConnectionRequest): { client: TrackStarClient; accessToken: string } {
    const { apiKey, accessToken } = request.credentials;
    if (typeof apiKey !== 'string' || apiKey === '') throw new ConnectorError('config', 'credentials.apiKey is missing', false);
    if (typeof accessToken !== 'string' || accessToken === '') throw new ConnectorError('config', 'credentials.accessToken is missing', false);
    const base = new URL(typeof request.settings.baseUrl === 'string' ? request.settings.baseUrl : PRODUCTION);
    return { client: new TrackStarClient(base, apiKey, accessToken, this.http, this.buckets.of(base.host, accessToken)), accessToken };
  }
}

