import type { ApiClient } from '../../support/api-client.js';
import { bodyOf, createChannel, createSku } from '../../support/catalog-fixtures.js';
import { shopifyIntegration } from '../../support/fixtures.js';
import { createIntegration } from '../../support/service-fixtures.js';
import { scriptedIntegration, syncToEnd, triggerSync } from '../../support/sync-fixtures.js';
import type { Resource } from './resource-pool.js';

/** Resources by kind (a path's first segment), each item as the API returned it. */
export type Seeded = Record<string, Resource[]>;

const CAPABILITIES = ['channels', 'products', 'sales_orders'] as const;

/**
 * Fresh integrations (one of the fake Shopify store, one scripted), SKUs, channels, their
 * mappings and a default channel, made through the API: quick, so it is redone whenever
 * deletions have used up a kind.
 */
export async function seedCatalog(client: ApiClient, label: string, shopifyCredentials: Record<string, string>): Promise<Seeded> {
  const shopify = await createIntegration(client, shopifyIntegration({ name: `Fuzz Shopify ${label}`, credentials: shopifyCredentials }));
  const scripted = await createIntegration(
    client,
    scriptedIntegration({ records: 6, pageSize: 3, unmappedLines: 2 }, { name: `Fuzz scripted ${label}`, capabilities: [...CAPABILITIES] }),
  );
  const skus = [await createSku(client, `FZ-${label}-1`), await createSku(client, `FZ-${label}-2`)];
  const channels = [await createChannel(client, `FZ-${label}-1`), await createChannel(client, `FZ-${label}-2`)];
  const integrationId = scripted.id;
  const skuMappings = await Promise.all(
    skus.map(async (sku, i) => bodyOf(await client.POST('/sku-mappings', { body: { externalId: `fz-sku-${label}-${i}`, skuId: sku.id, integrationId } }), 201)),
  );
  const channelMappings = await Promise.all(
    channels.map(async (channel, i) =>
      bodyOf(await client.POST('/channel-mappings', { body: { externalId: `fz-channel-${label}-${i}`, channelId: channel.id, integrationId } }), 201),
    ),
  );
  // A name that never resolves: saved (as at create), never delivered to.
  const webhookEndpoints = [bodyOf(await client.POST('/webhook-endpoints', { body: { url: 'https://hooks.fuzz.invalid/tether' } }), 201)];
  bodyOf(await client.PUT('/integrations/{id}/default-channel', { params: { path: { id: integrationId } }, body: { channelId: channels[1]?.id ?? '' } }));
  return { integrations: [scripted, shopify], skus, channels, 'sku-mappings': skuMappings, 'channel-mappings': channelMappings, 'webhook-endpoints': webhookEndpoints };
}

/**
 * Everything the catalog has, and what syncs leave: the scripted integration synced to its end
 * (sessions, executions, orders, unmapped ids) and a slow one whose session is still running
 * (to be cancelled); the services catalog.
 */
export async function seedEverything(client: ApiClient, label: string, shopifyCredentials: Record<string, string>): Promise<Seeded> {
  const catalog = await seedCatalog(client, label, shopifyCredentials);
  const [scripted] = catalog.integrations ?? [];
  const integrationId = String(scripted?.id);
  const session = await syncToEnd(client, integrationId);
  const slow = await createIntegration(
    client,
    scriptedIntegration({ records: 20, pageSize: 1, pageDelayMs: 250 }, { name: `Fuzz slow ${label}`, capabilities: [...CAPABILITIES] }),
  );
  const running = await triggerSync(client, slow.id);
  return {
    ...catalog,
    integrations: [...(catalog.integrations ?? []), slow],
    'sync-sessions': [running, session],
    'sales-orders': bodyOf(await client.GET('/sales-orders', { params: { query: { integrationId } } })).items,
    'external-services': bodyOf(await client.GET('/external-services')),
  };
}
