import type { Capability } from '../sync-contract/capability.js';

/**
 * The order a session runs its capabilities in: what others map through first (channels
 * and products create the SKUs and channels the rest resolve; forecast versions come
 * before the forecasts that name them). A Record, so a new capability cannot be forgotten.
 */
const RANK: Readonly<Record<Capability, number>> = {
  channels: 0,
  products: 1,
  forecast_versions: 2,
  pricing: 3,
  warehouse_inventory: 4,
  sales_orders: 5,
  pending_sales: 6,
  sales_history: 7,
  sales_forecast: 8,
};

export function inRunOrder(capabilities: readonly Capability[]): Capability[] {
  return [...new Set(capabilities)].sort((a, b) => RANK[a] - RANK[b]);
}
