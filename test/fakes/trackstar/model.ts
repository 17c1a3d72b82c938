/**
 * TrackStar's inventory item (`InventorySchema` of its OpenAPI document, plus the
 * `trackstar_created_date` / `trackstar_updated_date` every record carries) as the fake
 * keeps it. Times are epoch seconds: TrackStar's dates have no fraction, and its date
 * filters compare whole seconds.
 */

/** One warehouse's quantities (`InventoryInWarehouse`). */
export interface StockLevels {
  onhand: number;
  committed: number;
  fulfillable: number;
  unfulfillable: number;
  sellable: number;
  awaiting: number;
  /** Deprecated by TrackStar; always sent, always 0 here. */
  unsellable: number;
}

export const LEVEL_FIELDS = ['onhand', 'committed', 'fulfillable', 'unfulfillable', 'sellable', 'awaiting', 'unsellable'] as const;

export interface Lot {
  lot_id: string;
  onhand: number;
  expiration_date: string | null;
  warehouse_id: string | null;
}

export interface Location {
  location_id: string;
  quantity: number;
  warehouse_id: string;
}

export interface Measurements {
  length: number | null;
  width: number | null;
  height: number | null;
  unit: 'cm' | 'in' | null;
  weight: number | null;
  weight_unit: 'kg' | 'oz' | 'lb' | null;
}

export interface StoredItem {
  id: string;
  connectionId: string;
  warehouseCustomerId: string | null;
  sku: string | null;
  name: string;
  unitCost: number | null;
  active: boolean;
  createdAt: number;
  updatedAt: number;
  trackstarCreatedAt: number;
  trackstarUpdatedAt: number;
  /** Warehouse id → levels, in the order the warehouses were added. */
  byWarehouse: Map<string, StockLevels>;
  lots: Lot[];
  locations: Location[];
  measurements: Measurements;
}

/** What `GET /wms/inventory` sends for an item: TrackStar's field names and order. */
export interface InventoryItem {
  id: string;
  warehouse_customer_id: string | null;
  created_date: string;
  updated_date: string;
  trackstar_created_date: string;
  trackstar_updated_date: string;
  name: string;
  sku: string | null;
  unit_cost: number | null;
  active: boolean;
  awaiting: number;
  onhand: number;
  committed: number;
  unfulfillable: number;
  fulfillable: number;
  unsellable: number;
  sellable: number;
  substitute_skus: string[];
  inventory_by_warehouse_id: Record<string, StockLevels>;
  lots: Lot[];
  measurements: Measurements;
  locations: Location[];
  external_system_url: string | null;
  trackstar_tags: unknown[];
  additional_fields: Record<string, unknown>;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the only form TrackStar sends and accepts. */
export const formatDate = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const zeroLevels = (): StockLevels => ({ onhand: 0, committed: 0, fulfillable: 0, unfulfillable: 0, sellable: 0, awaiting: 0, unsellable: 0 });

/** TrackStar's totals are the sums over `inventory_by_warehouse_id`. */
export function totals(item: StoredItem): StockLevels {
  const sum = zeroLevels();
  for (const levels of item.byWarehouse.values()) for (const field of LEVEL_FIELDS) sum[field] += levels[field];
  return sum;
}

export function toWire(item: StoredItem): InventoryItem {
  const sum = totals(item);
  return {
    id: item.id,
    warehouse_customer_id: item.warehouseCustomerId,
    created_date: formatDate(item.createdAt),
    updated_date: formatDate(item.updatedAt),
    trackstar_created_date: formatDate(item.trackstarCreatedAt),
    trackstar_updated_date: formatDate(item.trackstarUpdatedAt),
    name: item.name,
    sku: item.sku,
    unit_cost: item.unitCost,
    active: item.active,
    awaiting: sum.awaiting,
    onhand: sum.onhand,
    committed: sum.committed,
    unfulfillable: sum.unfulfillable,
    fulfillable: sum.fulfillable,
    unsellable: sum.unsellable,
    sellable: sum.sellable,
    substitute_skus: [],
    inventory_by_warehouse_id: Object.fromEntries([...item.byWarehouse].map(([warehouse, levels]) => [warehouse, { ...levels }])),
    lots: item.lots.map((lot) => ({ ...lot })),
    measurements: { ...item.measurements },
    locations: item.locations.map((location) => ({ ...location })),
    external_system_url: `https://wms.example.com/inventory/${item.id}`,
    trackstar_tags: [],
    additional_fields: {},
  };
}
