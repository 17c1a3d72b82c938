import type { ChannelRecord } from '../../../src/tether/records/channel.record.js';
import type { ProductRecord } from '../../../src/tether/records/product.record.js';
import type { SalesOrderRecord } from '../../../src/tether/records/sales-order.record.js';

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
};

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
