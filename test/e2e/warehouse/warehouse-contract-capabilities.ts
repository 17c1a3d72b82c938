import { contractCapability, type ContractCapability } from '../../support/connector-contract.js';

/** The capabilities the warehouse connectors' contract runs read: incremental ones (orders grouped from lines, a composite key with a nullable part) and a snapshot. */
export const WAREHOUSE_CONTRACT_CAPABILITIES: readonly ContractCapability[] = [
  contractCapability('sales_orders', (r) => r.externalId, (r) => ({ ...r, externalId: 42 })),
  contractCapability('sales_history', (r) => `${r.skuExternalId}|${r.channelExternalId ?? ''}|${r.periodStart}|${r.periodLength}`, (r) => ({ ...r, quantity: 1.5 })),
  contractCapability('products', (r) => r.externalId, (r) => ({ ...r, name: null })),
  contractCapability('pricing', (r) => `${r.skuExternalId}|${r.priceList}|${r.channelExternalId ?? ''}|${r.currency}`, (r) => ({ ...r, currency: 'dollars' })),
  contractCapability('warehouse_inventory', (r) => `${r.skuExternalId}@${r.location}`, (r) => ({ ...r, asOf: 'yesterday' })),
];
