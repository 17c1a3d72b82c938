/** The data types Tether syncs; every connector supports a subset. */
export const CAPABILITIES = [
  'sales_orders',
  'sales_history',
  'pending_sales',
  'warehouse_inventory',
  'products',
  'channels',
  'pricing',
  'forecast_versions',
  'sales_forecast',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const CAPABILITY_NAMES: Readonly<Record<Capability, string>> = {
  sales_orders: 'Sales Orders',
  sales_history: 'Sales History',
  pending_sales: 'Pending Sales',
  warehouse_inventory: 'Warehouse Inventory',
  products: 'Products',
  channels: 'Channels',
  pricing: 'Pricing',
  forecast_versions: 'Forecast Versions',
  sales_forecast: 'Sales Forecast',
};
