/** A product as a source knows it; becomes a Tether SKU (by code) and an external id. */
export interface ProductRecord {
  /** The source's id (a Shopify variant id, a warehouse item id...). */
  externalId: string;
  /** Tether's SKU code; a product without one cannot be mapped and is skipped. */
  sku: string | null;
  name: string;
  barcode?: string | null;
}
