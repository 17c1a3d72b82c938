import type { ChannelRecord } from '../../../src/sync-contract/records/channel.record.js';
import type { ProductRecord } from '../../../src/sync-contract/records/product.record.js';
import type { SalesOrderRecord } from '../../../src/sync-contract/records/sales-order.record.js';

/**
 * The data behind the scripted connector, a pure function of the integration's settings,
 * so tests (and other processes) know exactly what a sync must end with.
 */
export interface ScriptSettings {
  /** Records per capability (products, orders); channels: always the one store. */
  records: number;
  pageSize: number;
  /** Wait before each page, as a slow API would. */
  pageDelayMs: number;
  /** The page (0-based) at which reads fail; -1: never. */
  failAtPage: number;
  /** How many times that page fails before it reads (0: every time). */
  failTimes: number;
  failKind: 'auth' | 'config' | 'transient' | 'data';
  /** Bump to change every order line's quantity. */
  version: number;
  /** Order lines name a product this many past the last one (left unmapped). */
  unmappedLines: number;
  /** Products below this index come without a SKU code (the products sink refuses them). */
  productsWithoutSku: number;
  /** Orders below this index break the record contract, each in one of MALFORMED's ways. */
  malformedOrders: number;
  /** 1: every page says how many records the whole read has (as a bulk export's count does); 0: none says. */
  announceTotal: number;
}

export const SCRIPT_DEFAULTS: ScriptSettings = {
  records: 100,
  pageSize: 25,
  pageDelayMs: 0,
  failAtPage: -1,
  failTimes: 0,
  failKind: 'transient',
  version: 1,
  unmappedLines: 0,
  productsWithoutSku: 0,
  malformedOrders: 0,
  announceTotal: 0,
};

/** How a malformed order breaks the contract, and the reason the runner gives for it. */
export const MALFORMED: readonly { break: (order: SalesOrderRecord) => unknown; reason: string }[] = [
  { break: (o) => ({ ...o, totalAmount: 20 }), reason: 'totalAmount must be a decimal string (e.g. "2.50"), not a number' },
  { break: (o) => ({ ...o, orderedAt: '2026-01-01T00:00:00' }), reason: 'orderedAt must be an ISO 8601 instant with an offset (e.g. "2026-11-01T10:00:00Z")' },
  { break: (o) => ({ ...o, lines: o.lines.map((l, i) => (i === 1 ? { ...l, quantity: '1e3' } : l)) }), reason: 'lines[1].quantity must be a decimal string with at most 16 digits before the point (e.g. "2.50")' },
  { break: (o) => ({ ...o, currency: 'usd' }), reason: 'currency must be a three-letter ISO 4217 code (e.g. "USD")' },
];

export const scriptedChannel = (): ChannelRecord => ({ externalId: 'store', code: 'SCRIPTED-STORE', name: 'Scripted store' });

export const scriptedProduct = (i: number, settings: Pick<ScriptSettings, 'productsWithoutSku'> = SCRIPT_DEFAULTS): ProductRecord => ({
  externalId: `variant-${i}`,
  sku: i < settings.productsWithoutSku ? '' : `SCRIPTED-${i}`,
  name: `Product ${i}`,
});

export function scriptedOrder(i: number, settings: ScriptSettings): SalesOrderRecord {
  const orderedAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const quantity = String(settings.version);
  return {
    externalId: `order-${i}`,
    orderNumber: `#${1000 + i}`,
    channelExternalId: 'store',
    status: 'paid',
    orderedAt,
    currency: 'USD',
    totalAmount: (2 * settings.version * 10).toFixed(2),
    sourceUpdatedAt: orderedAt,
    lines: [0, 1].map((line) => ({
      externalId: `order-${i}-line-${line}`,
      // Orders below `unmappedLines` name a product nobody synced on their second line.
      skuExternalId: line === 1 && i < settings.unmappedLines ? `variant-missing-${i}` : `variant-${(i + line) % settings.records}`,
      quantity,
      unitPrice: '10.00',
    })),
  };
}
