import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Capability } from '../../sync-contract/capability.js';
import type { ConnectionCheck, Connector, ConnectionRequest, ReadRequest } from '../connector.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import { OutboundHttp } from '../kit/http/outbound-http.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { OUTBOUND_OBSERVER, type OutboundObserver, observerFor } from '../kit/observe/outbound-observer.js';
import { timerSleep } from '../kit/pacing/sleep.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { capability, textField, tokenField } from '../metadata-builders.js';
import { API_VERSION_DESCRIPTION, API_VERSION_PATTERN, apiVersionOf, DEFAULT_API_VERSION, OLDEST_API_VERSION } from './api-version.js';
import { cursorCodec, resumeFrom, withFirstPageNotes } from '../kit/cursor/cursor-codec.js';
import { BULK_CURSOR, type BulkCursor, readOrdersInBulk } from './shopify-bulk.reader.js';
import { ShopifyGraphql } from './shopify-graphql.js';
import { BucketsByCredential } from '../kit/pacing/buckets-by-credential.js';
import { CostBucket } from '../kit/pacing/cost-bucket.js';
import { ORDERS_CURSOR, ordersChangedSince, type OrdersCursor, readOrders } from './shopify-orders.reader.js';
import { readPendingSales } from './shopify-pending.reader.js';
import { ORDERS_COUNT_COST, ORDERS_COUNT_QUERY, SHOP_COST, SHOP_QUERY } from './shopify-queries.js';
import { storeChannel, toPriceRecord, toProductRecord } from './shopify-records.js';
import { readVariants, VARIANTS_CURSOR } from './shopify-variants.reader.js';
import { STORE_DOMAIN_DESCRIPTION, storeDomainPattern, storeEndpoint } from './store-domain.js';

export { DEFAULT_API_VERSION, OLDEST_API_VERSION } from './api-version.js';

/** A gap since the store was last read after which the changed orders are counted, to choose between paging and an export. */
const LONG_GAP_MS = 7 * 86_400_000;
/** Actual points one changed order costs when paged (the order, its two totals, a few lines). */
const POINTS_PER_PAGED_ORDER = 20;
/** What an export costs in time beyond reading its file (start, polling): paging that would take longer goes through one. */
const EXPORT_OVERHEAD_MS = 60_000;
/** The lowest plan's restore rate, until the store's replies say what it is. */
const SLOWEST_RESTORE_RATE = 50;

/** Where sales_orders resume: an export under way, or the incremental read's position. */
type SalesOrdersPosition = { bulk: BulkCursor } | { since: OrdersCursor };
const SALES_ORDERS_CURSOR = cursorCodec<SalesOrdersPosition>({
  name: 'Shopify sales orders',
  decode: (stored) => {
    const bulk = BULK_CURSOR.decode(stored);
    if (bulk !== null) return { bulk };
    const since = ORDERS_CURSOR.decode(stored);
    return since === null ? null : { since };
  },
  encode: (position) => ('bulk' in position ? BULK_CURSOR.encode(position.bulk) : ORDERS_CURSOR.encode(position.since)),
});

interface Shop {
  name: string;
  currencyCode: string;
  ianaTimezone: string;
}

/** Shopify through the GraphQL Admin API. */
@Injectable()
export class ShopifyConnector implements Connector {
  readonly metadata: ConnectorMetadata;
  private readonly transport: OutboundHttp;
  /**
   * Each store's cost bucket as its last reply described it, kept between reads in this
   * process so that a read does not start by running into a bucket the last one drained.
   */
  private readonly buckets: BucketsByCredential<CostBucket>;

  constructor(
    private readonly policy: OutboundPolicy,
    @Optional() @Inject(OUTBOUND_OBSERVER) observer?: OutboundObserver,
  ) {
    this.transport = new OutboundHttp(policy, observerFor(observer, 'shopify'));
    this.buckets = new BucketsByCredential(() => new CostBucket(Date.now, timerSleep, this.transport.observer));
    this.metadata = {
      key: 'shopify',
      displayName: 'Shopify',
      description: 'E-commerce platform for sales orders and products',
      capabilities: [
        capability('sales_orders', 'Every order but test orders, with its line items, new and changed since the last sync: refunds, voids and cancellations included, units counted net of refunds'),
        capability('pending_sales', 'Open orders not yet paid (pending, authorized, partially paid), replaced on each sync'),
        capability('products', 'Product variants (SKU, barcode, title, price) as Tether SKUs'),
        capability('channels', 'The store as a sales channel'),
        capability('pricing', "Variant prices on the store's channel"),
      ],
      credentialFields: [
        textField('storeDomain', 'Store URL', {
          placeholder: 'your-store.myshopify.com',
          description: "The store's myshopify.com domain (a pasted https://… address, such as https://your-store.myshopify.com/admin, is reduced to it)",
          // Exactly what storeEndpoint() accepts and reduces to the bare lower-case domain; loopback fakes in tests only.
          pattern: storeDomainPattern(policy),
          patternDescription: STORE_DOMAIN_DESCRIPTION,
        }),
        tokenField('accessToken', 'Admin API Access Token', {
          placeholder: 'shpat_...',
          description: 'Generated in Shopify Admin under Settings, Apps and sales channels (needs read_orders and read_products)',
        }),
      ],
      settingFields: [
        textField('apiVersion', 'API version', {
          required: false,
          default: DEFAULT_API_VERSION,
          description: `Shopify Admin API version (quarterly releases, each supported about 12 months; ${OLDEST_API_VERSION} or later, whose bulk exports group an order's lines with it)`,
          pattern: API_VERSION_PATTERN,
          patternDescription: API_VERSION_DESCRIPTION,
        }),
      ],
    };
  }

  async checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const shop = await shopOf(this.client(request), request.signal);
    return { summary: `connected to ${shop.name}`, details: { shop: shop.name, currency: shop.currencyCode, timezone: shop.ianaTimezone } };
  }

  read(request: ReadRequest): AsyncIterable<SourcePage> {
    const reader = this.readers[request.capability];
    if (reader === undefined) throw new ConnectorError('config', `Shopify does not provide ${request.capability}`, false);
    const { host } = storeEndpoint(request.credentials.storeDomain, this.policy);
    return reader(this.client(request), request, host);
  }

  /** One reader per capability. */
  private readonly readers: Partial<Record<Capability, (client: ShopifyGraphql, request: ReadRequest, host: string) => AsyncIterable<SourcePage>>> = {
    sales_orders: (client, request, host) => this.readSalesOrders(client, request, host),
    pending_sales: (client, request, host) => readPendingSales(client, host, request.signal),
    products: (client, request) => {
      const { position, notes } = resumeFrom(VARIANTS_CURSOR, request.cursor, request.capability);
      return withFirstPageNotes(readVariants(client, position, request.signal, toProductRecord), notes);
    },
    pricing: async function* (client, request, host) {
      const { position, notes } = resumeFrom(VARIANTS_CURSOR, request.cursor, request.capability);
      const { currencyCode } = await shopOf(client, request.signal);
      yield* withFirstPageNotes(readVariants(client, position, request.signal, (variant) => toPriceRecord(variant, host, currencyCode)), notes);
    },
    channels: async function* (client, request, host) {
      const shop = await shopOf(client, request.signal);
      yield { records: [storeChannel(host, shop.name)], cursor: null };
    },
  };

  /**
   * A first sync (or one after a reset, or an interrupted export) exports every order in
   * bulk. Otherwise what changed since the cursor, page by page; after a long gap the
   * changed orders are counted first, and when paging them would take longer than an
   * export (which is not charged against the rate limit), they are exported instead. A
   * stored cursor of neither shape starts over as a first sync does, with a note.
   */
  private readSalesOrders(client: ShopifyGraphql, request: ReadRequest, host: string): AsyncGenerator<SourcePage> {
    const { position, notes } = resumeFrom(SALES_ORDERS_CURSOR, request.cursor, request.capability);
    return withFirstPageNotes(this.readSalesOrdersFrom(client, position, host, request.signal), notes);
  }

  private async *readSalesOrdersFrom(client: ShopifyGraphql, position: SalesOrdersPosition | null, host: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
    if (position === null || 'bulk' in position) {
      yield* readOrdersInBulk(client, this.transport, position?.bulk ?? null, null, host, signal);
    } else if (await exportIsQuicker(client, position.since, signal)) {
      yield* readOrdersInBulk(client, this.transport, null, position.since, host, signal);
    } else {
      yield* readOrders(client, ORDERS_CURSOR.encode(position.since), host, signal);
    }
  }

  private client(request: ConnectionRequest): ShopifyGraphql {
    const { host, protocol } = storeEndpoint(request.credentials.storeDomain, this.policy);
    const token = request.credentials.accessToken;
    if (typeof token !== 'string' || token === '') throw new ConnectorError('config', 'credentials.accessToken is missing', false);
    const version = apiVersionOf(request.settings.apiVersion);
    return new ShopifyGraphql(new URL(`${protocol}//${host}/admin/api/${version}/graphql.json`), token, this.transport, this.buckets.of(host, token));
  }
}

/** Whether the orders changed since the cursor are read sooner by an export than page by page. */
async function exportIsQuicker(client: ShopifyGraphql, since: OrdersCursor, signal: AbortSignal): Promise<boolean> {
  // A cursor from before `readAt` was kept: its last order's change is the best guess.
  if (Date.now() - Date.parse(since.readAt ?? since.updatedAt) <= LONG_GAP_MS) return false;
  let counted: { count: number; precision: string } | null;
  try {
    const data = (await client.query(ORDERS_COUNT_QUERY, { query: ordersChangedSince(since) }, ORDERS_COUNT_COST, signal)) as {
      ordersCount: { count: number; precision: string } | null;
    };
    counted = data.ordersCount;
  } catch (error) {
    // A store that cannot count (a refused query): after a long gap, an export is the safe guess.
    if (error instanceof ConnectorError && error.kind === 'data') return true;
    throw error;
  }
  if (counted === null) return true;
  const pagingMs = ((counted.count * POINTS_PER_PAGED_ORDER) / (client.restoreRate() ?? SLOWEST_RESTORE_RATE)) * 1000;
  return counted.precision !== 'EXACT' || pagingMs > EXPORT_OVERHEAD_MS;
}

async function shopOf(client: ShopifyGraphql, signal: AbortSignal): Promise<Shop> {
  const data = (await client.query(SHOP_QUERY, {}, SHOP_COST, signal)) as { shop: Shop };
  return data.shop;
}
