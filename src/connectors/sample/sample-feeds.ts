import type { CanonicalRecord } from '../../sync-contract/records/canonical-record.js';
import type { Capability } from '../../sync-contract/capability.js';
import { lastDayOf } from './sample-calendar.js';
import { channels, prices, products } from './sample-catalog.js';
import { forecastVersions, salesForecast } from './sample-forecasts.js';
import { salesHistory } from './sample-history.js';
import { changedOrders, toOrderRecord } from './sample-orders.js';
import { inventory, pendingSales } from './sample-stock.js';
import { type SampleSettings, type SampleStore, sampleStore } from './sample-store.js';

/** How one capability reads: what a generation yields, and in what pages. */
export interface SampleFeed<C extends Capability> {
  /** Generation 1: the initial state; a later one: what changed on its day (for snapshots: the whole state again). */
  records(store: SampleStore, generation: number): Iterable<CanonicalRecord<C>>;
  /** A snapshot: the whole state in one page that replaces what was stored. */
  snapshot: boolean;
  pageSize: number;
}

function* map<T, U>(items: Iterable<T>, to: (item: T) => U): Generator<U> {
  for (const item of items) yield to(item);
}

/** A snapshot is one page whatever its size. */
const SNAPSHOT = { snapshot: true, pageSize: Infinity } as const;

export const SAMPLE_FEEDS: { [C in Capability]: SampleFeed<C> } = {
  channels: { records: () => channels(), snapshot: false, pageSize: 100 },
  products: { records: (store) => products(store), snapshot: false, pageSize: 500 },
  pricing: { records: (store, generation) => prices(store, lastDayOf(generation)), ...SNAPSHOT },
  warehouse_inventory: { records: (store, generation) => inventory(store, lastDayOf(generation)), ...SNAPSHOT },
  pending_sales: { records: (store, generation) => pendingSales(store, lastDayOf(generation)), ...SNAPSHOT },
  forecast_versions: { records: (_, generation) => forecastVersions(lastDayOf(generation)), ...SNAPSHOT },
  sales_orders: { records: (store, generation) => map(changedOrders(store, generation), toOrderRecord), snapshot: false, pageSize: 100 },
  sales_history: { records: salesHistory, snapshot: false, pageSize: 500 },
  sales_forecast: { records: salesForecast, snapshot: false, pageSize: 500 },
};

/** Everything a generation of a capability yields, in order (what a read of it writes). */
export function sampleRecords<C extends Capability>(capability: C, settings: SampleSettings, generation: number): CanonicalRecord<C>[] {
  const feed = SAMPLE_FEEDS[capability] as SampleFeed<C>;
  return [...feed.records(sampleStore(settings), generation)];
}
