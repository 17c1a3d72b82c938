import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { BrewmanClient } from './brewman-client.js';
import type { BrewmanItem } from './brewman-wire.js';

/** Items that are goods: what Tether plans as SKUs. */
export const GOODS = ['Product', 'AutoAssembledItem'] as const;
/** Items that are charges on an order, not goods sold: their order lines are left out. */
export const CHARGES = ['DeliveryService', 'PoDeliveryService', 'BottleDepositCharge', 'BottleDepositRedemption'] as const;

/** Brewman sends every match without a limit; one this high is asked so that `matchingCount` shows a server-side cap. */
const MOST_ITEMS = 100_000;

interface ItemsAnswer {
  results?: { matchingCount: number; entireItems?: BrewmanItem[]; items?: BrewmanItem[] };
}

/**
 * The items of the given main purposes (`filter.mainPurposes`), hidden ones included (old
 * orders name them). `GetEntireItemsByFilter` is the vendor's repository's method; later
 * versions of the API name it `GetItemsByFilter`.
 */
export async function itemsOf(client: BrewmanClient, mainPurposes: readonly string[], signal: AbortSignal): Promise<BrewmanItem[]> {
  const answer = await client.callFirst<ItemsAnswer>(['Item/v1/GetEntireItemsByFilter', 'Item/v1/GetItemsByFilter'], { filter: { mainPurposes, maximumResults: MOST_ITEMS } }, signal);
  const items = answer.results?.entireItems ?? answer.results?.items;
  if (!Array.isArray(items)) throw new ConnectorError('data', 'Brewman answered Item/v1/GetEntireItemsByFilter without results.entireItems', true);
  if ((answer.results?.matchingCount ?? 0) > items.length) {
    throw new ConnectorError('data', `Brewman returned ${items.length} of ${answer.results?.matchingCount ?? 0} items in one answer; the rest cannot be asked for`, false);
  }
  return items;
}
