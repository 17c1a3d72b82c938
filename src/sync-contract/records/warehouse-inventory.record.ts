import type { Decimal, Instant } from './decimal.js';

export interface WarehouseInventoryRecord {
  skuExternalId: string;
  location: string;
  onHand: Decimal;
  committed: Decimal;
  available: Decimal;
  asOf: Instant;
}
