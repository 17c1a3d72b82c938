import type { DataSource, EntityManager } from 'typeorm';
import type { Capability } from '../../src/sync-contract/capability.js';
import type { CanonicalRecord } from '../../src/sync-contract/records/canonical-record.js';
import type { SinkContext, SinkResult } from '../../src/tether/sinks/sink.js';
import { SINKS } from '../../src/tether/sinks/sink-registry.js';
import type { TestApp } from './test-app.js';
import { newOrganization } from './tokens.js';

/** An integration to write for, created through the API, and a way to write pages as a sync does. */
export interface SinkHarness {
  organizationId: string;
  integrationId: string;
  context(defaultChannelId?: string | null): SinkContext;
  /** One page in its own transaction, as the runner commits it. */
  write<C extends Capability>(
    capability: C,
    records: CanonicalRecord<C>[],
    options?: { dryRun?: boolean; defaultChannelId?: string | null },
  ): Promise<SinkResult>;
  query<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

export async function sinkHarness(t: TestApp, organizationId = newOrganization('sink')): Promise<SinkHarness> {
  const { data } = await t.client(organizationId).POST('/integrations', {
    body: {
      name: `Sink target ${Math.random().toString(36).slice(2, 8)}`,
      externalService: 'bigquery',
      capabilities: ['products', 'channels', 'sales_orders'],
      credentials: {
        projectId: 'tether-test',
        dataset: 'sales',
        serviceAccountKey: { client_email: 'x@tether-test.iam.gserviceaccount.com', private_key: 'test' },
      },
      settings: { productsTable: 'products', channelsTable: 'channels', salesOrdersTable: 'orders' },
    },
  });
  const integrationId = data?.id;
  if (integrationId === undefined) throw new Error('could not create the integration');
  const dataSource: DataSource = t.dataSource;
  const context = (defaultChannelId: string | null = null): SinkContext => ({ organizationId, integrationId, defaultChannelId });
  return {
    organizationId,
    integrationId,
    context,
    write: (capability, records, options = {}) =>
      dataSource.transaction((manager: EntityManager) =>
        SINKS[capability].write(manager, context(options.defaultChannelId ?? null), records, { dryRun: options.dryRun }),
      ),
    query: <T>(sql: string, parameters: unknown[] = []) => dataSource.query<T[]>(sql, parameters),
  };
}
