import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import { cursorCodec, cursorObject } from '../kit/cursor/cursor-codec.js';
import { type DateWindow, readDateWindows } from '../kit/paging/date-windows.js';
import type { BrewmanClient } from './brewman-client.js';
import { CHARGES, itemsOf } from './brewman-items.js';
import { toSalesOrder } from './brewman-records.js';
import type { BrewmanOrder, FilteredOrders } from './brewman-wire.js';

const DAY_MS = 86_400_000;
/** Days per request before a window that hits the limit is split. */
const WINDOW_DAYS = 7;

/** Where order reading resumes: the first order day not read yet (the next read starts the lookback before it). */
export interface BrewmanOrdersCursor {
  next: string;
}

export const BREWMAN_ORDERS_CURSOR = cursorCodec<BrewmanOrdersCursor>({
  name: 'brewman-orders',
  decode: (stored) => {
    const fields = cursorObject(stored);
    return fields?.v === 1 && typeof fields.next === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.next) ? { next: fields.next } : null;
  },
  encode: (cursor) => ({ v: 1, next: cursor.next }),
});

export interface BrewmanOrdersRead {
  cursor: BrewmanOrdersCursor | null;
  lookbackDays: number;
  /** How far back the first read goes. */
  historyDays: number;
  /** `maximumResults` of each request. */
  limit: number;
  currency: string;
  signal: AbortSignal;
  now?: Date;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
const startOfDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/**
 * Orders in windows of order date (Brewman has no cursor and no updated-since filter): from
 * the cursor less the lookback (or `historyDays` back at first) through tomorrow, since the
 * server dates orders in the tenant's zone, which may be ahead of UTC. A window whose
 * `matchingCount` exceeds what came back is split in halves; one day that still does not
 * fit fails as `data` naming the day, the cursor left after the last whole window. Each
 * window's orders are upserted whole, so one re-read (the lookback, a status changed, a
 * cancellation) updates them. The cursor never passes today: today is always re-read.
 */
export async function* readBrewmanOrders(client: BrewmanClient, read: BrewmanOrdersRead): AsyncGenerator<SourcePage> {
  const now = read.now ?? new Date();
  const today = startOfDay(now.getTime());
  const from = read.cursor === null ? new Date(today - read.historyDays * DAY_MS) : new Date(`${read.cursor.next}T00:00:00Z`);
  const charges = new Set((await itemsOf(client, CHARGES, read.signal)).map((item) => item.details.id));
  const fetchWindow = async (window: DateWindow): Promise<{ items: BrewmanOrder[]; matching: number }> => {
    const filter = { fromOrderDate: day(window.from), toOrderDate: day(new Date(window.to.getTime() - DAY_MS)), maximumResults: read.limit };
    const answer = await client.callFirst<FilteredOrders>(['Order/v1/GetOrdersByFilter', 'Order/v2/GetOrdersByFilter'], { filter }, read.signal);
    const orders = answer.results?.orders;
    if (!Array.isArray(orders)) throw new ConnectorError('data', 'Brewman answered Order/v1/GetOrdersByFilter without results.orders', true);
    return { items: orders, matching: answer.results?.matchingCount ?? orders.length };
  };
  const windows = readDateWindows(fetchWindow, {
    from,
    lookbackDays: read.cursor === null ? 0 : read.lookbackDays,
    windowDays: WINDOW_DAYS,
    now: new Date(today + DAY_MS),
    limit: read.limit,
  });
  for await (const window of windows) {
    if (window.truncated) {
      throw new ConnectorError(
        'data',
        `Brewman has ${window.matching} orders dated ${day(window.from)}, more than the ${read.limit} one request returns (settings.ordersPerRequest); raise it to read that day whole`,
        false,
      );
    }
    yield {
      records: window.items.map((order) => toSalesOrder(order, read.currency, charges)),
      cursor: BREWMAN_ORDERS_CURSOR.encode({ next: day(new Date(Math.min(window.to.getTime(), today))) }),
    };
  }
}
