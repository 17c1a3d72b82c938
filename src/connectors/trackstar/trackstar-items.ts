import type { ProductRecord } from '../../sync-contract/records/product.record.js';
import type { WarehouseInventoryRecord } from '../../sync-contract/records/warehouse-inventory.record.js';
import { jsonDecimal } from '../kit/records/json-decimal.js';

/** A warehouse's levels of an item, as TrackStar gives them. */
export interface TrackStarLevels {
  onhand?: number;
  committed?: number;
  fulfillable?: number;
}

/** What the connector reads of an inventory item (`GET /wms/inventory`). */
export interface TrackStarItem {
  id: string;
  sku: string | null;
  name?: string | null;
  trackstar_updated_date?: string;
  updated_date?: string;
  inventory_by_warehouse_id?: Record<string, TrackStarLevels> | null;
}

/** One page of `GET /wms/inventory`: `total_count` counts this page only; the walk ends on `next_token: null`. */
export interface TrackStarPage {
  data: TrackStarItem[];
  next_token: string | null;
  total_count?: number;
}


export const hasSku = (item: TrackStarItem): boolean => typeof item.sku === 'string' && item.sku.trim() !== '';

/** An item as a product: its TrackStar id is the external id the inventory rows name. */
export const toProduct = (item: TrackStarItem): ProductRecord => ({ externalId: item.id, sku: hasSku(item) ? item.sku : null, name: item.name ?? item.sku ?? item.id, barcode: null });

/**
 * An item's stock, one row per warehouse of its breakdown (on hand, committed, available =
 * fulfillable), as of TrackStar's last change of it; each warehouse in `zeroed` it no
 * longer lists gets a row of zeros (the stock left it).
 */
export function toInventory(item: TrackStarItem, zeroed: readonly string[] = []): WarehouseInventoryRecord[] {
  const asOf = item.trackstar_updated_date ?? item.updated_date ?? new Date().toISOString();
  const levels = item.inventory_by_warehouse_id ?? {};
  const rows = Object.entries(levels).map(([warehouse, level]) => ({
    skuExternalId: item.id,
    location: warehouse,
    onHand: jsonDecimal(level.onhand ?? 0),
    committed: jsonDecimal(level.committed ?? 0),
    available: jsonDecimal(level.fulfillable ?? 0),
    asOf,
  }));
  const gone = zeroed.filter((warehouse) => !(warehouse in levels)).map((warehouse) => ({ skuExternalId: item.id, location: warehouse, onHand: '0', committed: '0', available: '0', asOf }));
  return [...rows, ...gone];
}
