import { hash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SalesOrderLineRecord, SalesOrderRecord } from '../../sync-contract/records/sales-order.record.js';
import { NEW_ORDERS_SQL, STORED_ORDERS_SQL, UPSERT_ORDERS_SQL } from './sales-orders.sql.js';
import { transactionClient } from '../../database/prepared-statement.js';
import { runSinkStatement } from './sink-statement.js';
import { emptySinkResult, type Sink, type SinkContext, type SinkResult, sumSinkResults } from './sink.js';

/*
 * Orders and their lines. One probe per order sorts a page: orders unchanged since they
 * were stored (digest and mapping version equal) are done; orders not stored yet are
 * inserted; the others are compared with their stored rows and upserted. The statements
 * are in sales-orders.sql.ts.
 */

/** The last record of each key, in the order of their last appearance. */
function lastOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/**
 * A digest of everything the sink stores from an order (lines in a fixed order), with the
 * default channel it falls back to when it names none.
 */
function digest(order: SalesOrderRecord, lines: readonly SalesOrderLineRecord[], defaultChannelId: string | null): string {
  const channel = order.channelExternalId ?? { default: defaultChannelId };
  const header = [order.orderNumber, channel, order.status, countsAsSale(order), order.orderedAt, order.cancelledAt, order.currency];
  const body = [...lines]
    .sort((a, b) => (a.externalId < b.externalId ? -1 : 1))
    .map((l) => [l.externalId, l.skuExternalId, l.quantity, l.orderedQuantity ?? null, l.unitPrice]);
  return hash('sha1', JSON.stringify([...header, order.totalAmount, order.refundedAmount ?? null, order.sourceUpdatedAt, body]), 'base64');
}

const countsAsSale = (order: SalesOrderRecord): boolean => order.countsAsSale ?? true;

interface KeptOrder {
  order: SalesOrderRecord;
  lines: SalesOrderLineRecord[];
  hash: string;
}

class SalesOrdersSink implements Sink<SalesOrderRecord> {
  readonly capability = 'sales_orders' as const;
  private readonly upsert = { name: 'tether.sink.sales_orders', text: UPSERT_ORDERS_SQL };
  private readonly insert = { name: 'tether.sink.sales_orders.new', text: NEW_ORDERS_SQL };
  private readonly stored = { name: 'tether.sink.sales_orders.stored', text: STORED_ORDERS_SQL };

  async write(
    manager: EntityManager,
    context: SinkContext,
    records: readonly SalesOrderRecord[],
    options: { dryRun?: boolean } = {},
  ): Promise<SinkResult> {
    const dryRun = options.dryRun === true;
    const occurrences = new Map<string, number>();
    for (const record of records) occurrences.set(record.externalId, (occurrences.get(record.externalId) ?? 0) + 1);
    // A page that repeats an order keeps its last record (and that record's lines only).
    const kept = lastOfEach(records, (o) => o.externalId).map((order) => {
      const lines = lastOfEach(order.lines, (l) => l.externalId);
      return { order, lines, hash: digest(order, lines, context.defaultChannelId) };
    });

    // One probe per order sorts the page: unchanged orders (most of a re-read page) are
    // done; orders not stored yet are plain inserts; the others are compared and upserted.
    const client = await transactionClient(manager);
    const { rows } = await client.query<{ external_id: string; unchanged: boolean }>({
      ...this.stored,
      values: [context.organizationId, context.integrationId, kept.map((k) => k.order.externalId), kept.map((k) => k.hash)],
    });
    const stored = new Map(rows.map((row) => [row.external_id, row.unchanged]));
    const results = [
      {
        ...emptySinkResult(),
        unchanged: kept.filter((k) => stored.get(k.order.externalId) === true).reduce((n, k) => n + (occurrences.get(k.order.externalId) ?? 1), 0),
      },
    ];
    const fresh = kept.filter((k) => !stored.has(k.order.externalId));
    if (fresh.length > 0) results.push(await this.insertNew(manager, context, fresh, occurrences, dryRun));
    const changed = kept.filter((k) => stored.get(k.order.externalId) === false);
    if (changed.length > 0) results.push(await runSinkStatement(manager, this.upsert, this.values(context, changed, occurrences), dryRun));
    return sumSinkResults(results);
  }

  /** Plain inserts; if a concurrent writer stored one of these orders meanwhile, the upsert instead. */
  private async insertNew(
    manager: EntityManager,
    context: SinkContext,
    orders: KeptOrder[],
    occurrences: ReadonlyMap<string, number>,
    dryRun: boolean,
  ): Promise<SinkResult> {
    const client = await transactionClient(manager);
    const values = this.values(context, orders, occurrences);
    await client.query('SAVEPOINT sink_new_orders');
    try {
      const result = await runSinkStatement(manager, this.insert, values, dryRun);
      await client.query('RELEASE SAVEPOINT sink_new_orders');
      return result;
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await client.query('ROLLBACK TO SAVEPOINT sink_new_orders');
      return runSinkStatement(manager, this.upsert, values, dryRun);
    }
  }

  private values(context: SinkContext, kept: readonly KeptOrder[], occurrences: ReadonlyMap<string, number>): unknown[] {
    const orders = kept.map((k) => k.order);
    const lines = kept.flatMap((k, index) => k.lines.map((line) => ({ order: index + 1, line })));
    return [
      context.organizationId,
      context.integrationId,
      this.capability,
      context.defaultChannelId,
      orders.map((o) => o.externalId),
      orders.map((o) => o.orderNumber ?? null),
      orders.map((o) => o.channelExternalId ?? null),
      orders.map((o) => o.status),
      orders.map((o) => o.orderedAt),
      orders.map((o) => o.cancelledAt ?? null),
      orders.map((o) => o.currency),
      orders.map((o) => o.totalAmount),
      orders.map((o) => o.sourceUpdatedAt ?? null),
      lines.map((l) => l.order),
      lines.map((l) => l.line.externalId),
      lines.map((l) => l.line.skuExternalId),
      lines.map((l) => l.line.quantity),
      lines.map((l) => l.line.unitPrice),
      orders.map((o) => occurrences.get(o.externalId) ?? 1),
      kept.map((k) => k.hash),
      orders.map(countsAsSale),
      orders.map((o) => o.refundedAmount ?? null),
      lines.map((l) => l.line.orderedQuantity ?? null),
    ];
  }
}

const UNIQUE_VIOLATION = '23505';

export const salesOrdersSink = new SalesOrdersSink();
