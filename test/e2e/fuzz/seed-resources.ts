import type { ApiClient } from '../../support/api-client.js';
import { bodyOf, createChannel, createSku } from '../../support/catalog-fixtures.js';
import { shopifyIntegration } from '../../support/fixtures.js';
import { createIntegration } from '../../support/service-fixtures.js';
import { scriptedIntegration, syncToEnd, triggerSync } from '../../support/sync-fixtures.js';
import type { Resource } from './resource-pool.js';

/**
 * Fresh resources of every kind a path addresses, made through the API: a Shopify
 * integration, a scripted one synced to its end (so sessions, executions, orders, unmapped
 * ids exist) and a slow one whose session is still running (to be cancelled), SKUs,
 * channels, mappings and a default channel. Keyed by the kind (a path's first segment),
 * each item as the API returned it.
 */
export async function seedResources(client: ApiClient, label: string): Promise<Record<string, Resource[]>> {
  const shopify = await createIntegration(client, shopifyIntegration({ name: `Fuzz Shopify ${label}` }));
  const scripted = await createIntegration(
    client,
    scriptedIntegration({ records: 6, pageSize: 3, unmappedLines: 2 }, { name: `Fuzz scripted ${label}`, capabilities: ['channels', 'products', 'sales_orders'] }),
  );
  const session = await syncToEnd(client, scripted.id);
  const slow = await createIntegration(
    client,
    scriptedIntegration({ records: 20, pageSize: 1, pageDelayMs: 250 }, { name: `Fuzz slow ${label}`, capabilities: ['channels', 'products', 'sales_orders'] }),
  );
  const running = await triggerSync(client, slow.id);
  const skus = [await createSku(client, `FZ-${label}-1`), await createSku(client, `FZ-${label}-2`)];
  const channels = [await createChannel(client, `FZ-${label}-1`), await createChannel(client, `FZ-${label}-2`)];
  const integrationId = scripted.id;
  const skuMapping = bodyOf(await client.POST('/sku-mappings', { body: { externalId: `fz-sku-${label}`, skuId: skus[0]?.id ?? '', integrationId } }), 201);
  const channelMapping = bodyOf(
    await client.POST('/channel-mappings', { body: { externalId: `fz-channel-${label}`, channelId: channels[0]?.id ?? '', integrationId } }),
    201,
  );
  bodyOf(await client.PUT('/integrations/{id}/default-channel', { params: { path: { id: integrationId } }, body: { channelId: channels[1]?.id ?? '' } }));
  const orders = bodyOf(await client.GET('/sales-orders', { params: { query: { integrationId } } })).items;
  const services = bodyOf(await client.GET('/external-services'));
  return {
    integrations: [scripted, shopify, slow],
    'sync-sessions': [running, session],
    skus,
    channels,
    'sku-mappings': [skuMapping],
    'channel-mappings': [channelMapping],
    'sales-orders': orders,
    'external-services': services,
  };
}
