import { formatDate } from './model.js';

/** The WMS functions a fake connection reports (TrackStar's `functions_to_sync` names). */
export const WMS_FUNCTIONS = [
  'get_inventory',
  'get_products',
  'get_orders',
  'get_inbound_shipments',
  'get_returns',
  'get_warehouses',
  'get_shipping_methods',
  'get_warehouse_customers',
] as const;
export type WmsFunction = (typeof WMS_FUNCTIONS)[number];

/** One connected WMS: its access token, warehouses and sync state. */
export interface StoredConnection {
  connectionId: string;
  accessToken: string;
  integrationName: string;
  customerId: string | null;
  /** Epoch seconds. */
  createdAt: number;
  warehouses: string[];
  warehouseCustomers: string[];
  /** Functions whose first (historical) sync has finished; reads of the others are empty. */
  historicalSyncCompleted: Map<WmsFunction, boolean>;
  /** Functions the WMS lacks: 501 and left out of available_actions. */
  notImplemented: Set<WmsFunction>;
  revoked: boolean;
  lastUsed: number | null;
  timesUsed: number;
  /** When the latest sync of each function ended (epoch seconds). */
  lastCrawlEnd: number;
}

/** A sync schedule entry (`SyncSchedule`). */
interface SyncSchedule {
  function_name: WmsFunction;
  latest_sync: string | null;
  last_crawl_start: string | null;
  last_crawl_end: string | null;
  sync_frequency: number;
  in_progress: boolean;
  sync_status: 'enabled' | 'disabled' | 'sync_in_progress' | 'first_sync_in_progress' | 'error';
}

/** What `GET /connections` and `GET /connections/{id}` send for a connection (`Connection` plus `historical_sync_completed`). */
export interface ConnectionWire {
  connection_id: string;
  integration_name: string;
  customer_id: string | null;
  created_at: string;
  last_used: string | null;
  times_used: number | null;
  latest_sync: string | null;
  sync_schedules: SyncSchedule[];
  errors: unknown[];
  available_actions: string[];
  available_endpoints: string[];
  integration_type: 'wms';
  webhooks_disabled: boolean | null;
  historical_sync_completed: Record<string, boolean>;
}

/** Hourly for inventory, orders and the like, 12 hours for reference data (TrackStar's documented defaults). */
const FREQUENCY: Record<WmsFunction, number> = {
  get_inventory: 3600,
  get_products: 3600,
  get_orders: 3600,
  get_inbound_shipments: 3600,
  get_returns: 3600,
  get_warehouses: 43_200,
  get_shipping_methods: 43_200,
  get_warehouse_customers: 43_200,
};

export function toConnectionWire(connection: StoredConnection): ConnectionWire {
  const implemented = WMS_FUNCTIONS.filter((name) => !connection.notImplemented.has(name));
  const crawlEnd = formatDate(connection.lastCrawlEnd);
  const crawlStart = formatDate(connection.lastCrawlEnd - 60);
  return {
    connection_id: connection.connectionId,
    integration_name: connection.integrationName,
    customer_id: connection.customerId,
    created_at: formatDate(connection.createdAt),
    last_used: connection.lastUsed === null ? null : formatDate(connection.lastUsed),
    times_used: connection.timesUsed,
    latest_sync: crawlEnd,
    sync_schedules: implemented.map((name) => {
      const done = connection.historicalSyncCompleted.get(name) ?? true;
      return {
        function_name: name,
        latest_sync: done ? crawlEnd : null,
        last_crawl_start: crawlStart,
        last_crawl_end: done ? crawlEnd : null,
        sync_frequency: FREQUENCY[name],
        in_progress: !done,
        sync_status: done ? 'enabled' : 'first_sync_in_progress',
      };
    }),
    errors: [],
    available_actions: [...implemented],
    available_endpoints: [...implemented],
    integration_type: 'wms',
    webhooks_disabled: false,
    historical_sync_completed: Object.fromEntries(implemented.map((name) => [name, connection.historicalSyncCompleted.get(name) ?? true])),
  };
}
