import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { BrewmanClient } from './brewman-client.js';
import { GOODS, itemsOf } from './brewman-items.js';
import { toChannel, toInventory, toPrice, toProduct } from './brewman-records.js';
import type { BrewmanOutlet, PriceListLine, StockLevel } from './brewman-wire.js';

/**
 * The capabilities Brewman answers whole in one call: each read is one page that replaces
 * what the integration stored (an item, outlet or price line gone upstream goes here; stock
 * that left a location, which Brewman stops listing, is no longer stored).
 */

const snapshot = (records: SourcePage['records']): SourcePage => ({ records, cursor: null, replace: true });

const listOf = <T>(value: T[] | undefined, what: string): T[] => {
  if (!Array.isArray(value)) throw new ConnectorError('data', `Brewman answered ${what}`, true);
  return value;
};

export async function* readBrewmanProducts(client: BrewmanClient, signal: AbortSignal): AsyncGenerator<SourcePage> {
  yield snapshot((await itemsOf(client, GOODS, signal)).map(toProduct));
}

/** Stock of goods only: materials (malt, hops) are stock-tracked too, but are not what Tether plans. */
export async function* readBrewmanInventory(client: BrewmanClient, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const goods = new Set((await itemsOf(client, GOODS, signal)).map((item) => item.details.id));
  const asOf = new Date().toISOString();
  const answer = await client.call<{ stockLevels?: StockLevel[] }>('Stock/v1/GetStockItemsQuantityCurrentlyInStock', {}, signal);
  const levels = listOf(answer.stockLevels, 'Stock/v1/GetStockItemsQuantityCurrentlyInStock without stockLevels');
  yield snapshot(levels.filter((level) => goods.has(level.stockItemId)).map((level) => toInventory(level, asOf)));
}

/** Every outlet, closed (hidden) ones too: their past orders still name them. */
export async function* readBrewmanChannels(client: BrewmanClient, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const answer = await client.call<{ outlets?: BrewmanOutlet[] }>('Outlet/v1/GetAllOutlets', {}, signal);
  yield snapshot(listOf(answer.outlets, 'Outlet/v1/GetAllOutlets without outlets').map(toChannel));
}

/** The lines of the price list (`settings.priceListId`); an unknown list fails as `config`. */
export async function priceLinesOf(client: BrewmanClient, priceListId: string, signal: AbortSignal): Promise<PriceListLine[]> {
  const answer = await client.call<{ lines?: PriceListLine[] }>('PriceList/v1/GetLinesForPriceList', { priceListId }, signal, {
    notFound: 'Brewman has no price list with the id in settings.priceListId',
  });
  return listOf(answer.lines, 'PriceList/v1/GetLinesForPriceList without lines');
}

/** The list's current prices of the items available on it (a line marked unavailable, or without a price, is not a price). */
export async function* readBrewmanPrices(client: BrewmanClient, priceListId: string, currency: string, signal: AbortSignal): AsyncGenerator<SourcePage> {
  const lines = await priceLinesOf(client, priceListId, signal);
  yield snapshot(lines.filter((line) => line.isAvailable && line.currentListPrice !== null).map((line) => toPrice(line, priceListId, currency)));
}
