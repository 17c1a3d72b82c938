/**
 * What the connector reads of Brewman's answers, with the vendor's property names
 * (`types.ts` of Premier-Systems/brewman-api); everything else they carry is ignored.
 */

export interface BrewmanItem {
  details: { id: string; code: string | null; name: string | null; mainPurpose?: string; isHidden?: boolean };
  externalCodes?: { eanBarcodeNumber?: string | null } | null;
}

/** `Item/v1/GetEntireItemsByFilter`. */
export interface FilteredEntireItems {
  results: { matchingCount: number; entireItems: BrewmanItem[] };
}

/** One row of `Stock/v1/GetStockItemsQuantityCurrentlyInStock`: an item's stock at a location (a level at 0 may be left out). */
export interface StockLevel {
  stockItemId: string;
  stockLocationId: string;
  quantity: number;
}

export interface BrewmanOrderLine {
  id: string;
  stockItemId: string;
  quantity: number;
  unitNetPrice: number;
}

export interface BrewmanOrder {
  id: string;
  header: {
    readOnly: {
      status: string;
      orderNumber: string | null;
      createdAt: string;
      lastUpdatedAt: string | null;
      totalNetPrice: number;
      outletId: string | null;
      cancelledAt: string | null;
    };
  };
  lines: BrewmanOrderLine[];
}

/** `Order/v1/GetOrdersByFilter`: `maximumResults` truncates, `matchingCount` counts every match. */
export interface FilteredOrders {
  results?: { matchingCount?: number; orders?: BrewmanOrder[] };
}

export interface BrewmanOutlet {
  id: string;
  displayName?: string | null;
  businessName?: string | null;
  readOnly: { code: string | null };
}

export interface PriceListLine {
  stockItemId: string;
  isAvailable: boolean;
  currentListPrice: number | null;
}

export interface StockLocation {
  id: string;
  name: string | null;
}
