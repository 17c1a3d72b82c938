import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The operations in the order a user works through them. Swagger UI lists each tag's
 * operations in path order, so paths are ordered by their first operation here, and an
 * operation's methods by their place. An operation not listed goes last.
 */
export const WORKFLOW_ORDER = [
  // What can be connected
  'listExternalServices',
  'getExternalService',
  'checkServiceConnection',
  // Integrations
  'createIntegration',
  'listIntegrations',
  'getIntegration',
  'updateIntegration',
  'replaceCredentials',
  'checkIntegrationConnection',
  'previewSchedule',
  'deleteIntegration',
  // Syncs
  'triggerSync',
  'listSessions',
  'listSyncSessions',
  'getSyncSession',
  'listExecutions',
  'cancelSyncSession',
  'resetSyncState',
  // Tether's SKUs and channels, and what the sources' ids map to
  'createSku',
  'listSkus',
  'getSku',
  'createChannel',
  'listChannels',
  'getChannel',
  'listUnmappedExternalIds',
  'mapSku',
  'listSkuMappings',
  'unmapSku',
  'mapChannel',
  'listChannelMappings',
  'unmapChannel',
  'setDefaultChannel',
  'getDefaultChannel',
  'clearDefaultChannel',
  // What landed
  'listSalesOrders',
  'getSalesOrder',
  'listSalesHistory',
  'listPendingSales',
  'listWarehouseInventory',
  'listPricing',
  'listForecastVersions',
  'listSalesForecast',
  // Who changed what
  'listAuditEvents',
  // Being told when syncs fail
  'createWebhookEndpoint',
  'listWebhookEndpoints',
  'getWebhookEndpoint',
  'updateWebhookEndpoint',
  'deleteWebhookEndpoint',
  'listWebhookDeliveries',
  'getOrganizationSettings',
  'putOrganizationSettings',
  // Operating the service
  'getLiveness',
  'getReadiness',
  'getHealth',
  'getMetrics',
];

const rankOf = (entry: unknown): number => {
  const operationId = (entry as { operationId?: unknown } | null)?.operationId;
  const rank = typeof operationId === 'string' ? WORKFLOW_ORDER.indexOf(operationId) : -1;
  return rank === -1 ? WORKFLOW_ORDER.length : rank;
};

const byRank = <T>(entries: [string, T][], rank: (value: T) => number): [string, T][] =>
  // Array.prototype.sort is stable: equal ranks keep their (alphabetical) order.
  [...entries].sort((a, b) => rank(a[1]) - rank(b[1]));

/** The paths (and each path's methods) in workflow order. */
export function inWorkflowOrder(paths: OpenAPIObject['paths']): OpenAPIObject['paths'] {
  const ordered = Object.entries(paths).map(([path, item]): [string, Record<string, unknown>] => [
    path,
    Object.fromEntries(byRank(Object.entries(item), rankOf)),
  ]);
  return Object.fromEntries(byRank(ordered, (item) => Math.min(...Object.values(item).map(rankOf))));
}
