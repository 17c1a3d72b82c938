import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { Capability } from '../../../src/sync-contract/capability.js';
import type { ConnectionCheck, ConnectionRequest, Connector, ReadRequest } from '../../../src/connectors/connector.js';
import type { SourcePage } from '../../../src/sync-contract/source-page.js';
import { ConnectorError } from '../../../src/sync-contract/connector-error.js';
import type { ConnectorMetadata } from '../../../src/connectors/connector-metadata.js';
import { capability, integerField, secretField, textField } from '../../../src/connectors/metadata-builders.js';
import type { CanonicalRecord } from '../../../src/sync-contract/records/canonical-record.js';
import { MALFORMED, SCRIPT_DEFAULTS, type ScriptSettings, scriptedChannel, scriptedOrder, scriptedProduct } from './scripted-source.js';

/**
 * A fake external service for the sync engine's tests: it pages a deterministic source
 * described by the integration's settings (size, page size, latency, failures), with an
 * offset cursor, as a real connector pages its API.
 */
@Injectable()
export class ScriptedConnector implements Connector {
  /** Reads that failed on purpose so far, per integration token and page. */
  private readonly failures = new Map<string, number>();

  readonly metadata: ConnectorMetadata = {
    key: 'scripted',
    displayName: 'Scripted source',
    description: 'A scripted fake service for tests',
    capabilities: [
      capability('channels', 'The one store'),
      capability('products', 'Products'),
      capability('sales_orders', 'Orders of two lines'),
    ],
    credentialFields: [secretField('token', 'Token')],
    settingFields: [
      integerField('records', 'Records', { required: false, default: SCRIPT_DEFAULTS.records, minimum: 0 }),
      integerField('pageSize', 'Page size', { required: false, default: SCRIPT_DEFAULTS.pageSize, minimum: 1 }),
      integerField('pageDelayMs', 'Delay per page', { required: false, default: SCRIPT_DEFAULTS.pageDelayMs, minimum: 0 }),
      integerField('failAtPage', 'Failing page', { required: false, default: SCRIPT_DEFAULTS.failAtPage, minimum: -1 }),
      integerField('failTimes', 'Failures', { required: false, default: SCRIPT_DEFAULTS.failTimes, minimum: 0 }),
      textField('failKind', 'Failure kind', { required: false, default: SCRIPT_DEFAULTS.failKind, pattern: '^(auth|config|transient|data)$' }),
      integerField('version', 'Data version', { required: false, default: SCRIPT_DEFAULTS.version, minimum: 1 }),
      integerField('unmappedLines', 'Orders with an unmapped line', { required: false, default: SCRIPT_DEFAULTS.unmappedLines, minimum: 0 }),
      integerField('productsWithoutSku', 'Products without a SKU code', { required: false, default: SCRIPT_DEFAULTS.productsWithoutSku, minimum: 0 }),
      integerField('malformedOrders', 'Orders that break the record contract', { required: false, default: SCRIPT_DEFAULTS.malformedOrders, minimum: 0 }),
      integerField('announceTotal', 'Pages announce the total', { required: false, default: SCRIPT_DEFAULTS.announceTotal, minimum: 0, maximum: 1 }),
    ],
  };

  /** Succeeds with the token it was given, so a test sees the stored credentials decrypted. */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const token = String(request.credentials.token);
    return Promise.resolve({ summary: 'Scripted source reached', details: { tokenLength: String(token.length) } });
  }

  async *read(request: ReadRequest): AsyncIterable<SourcePage> {
    const settings: ScriptSettings = { ...SCRIPT_DEFAULTS, ...(request.settings as Partial<ScriptSettings>) };
    const total = request.capability === 'channels' ? 1 : settings.records;
    let offset = typeof request.cursor === 'object' && request.cursor !== null && !Array.isArray(request.cursor) ? Number(request.cursor.offset) : 0;
    while (offset < total) {
      const page = Math.floor(offset / settings.pageSize);
      if (settings.pageDelayMs > 0) await sleep(settings.pageDelayMs);
      this.failIfScripted(settings, page, String(request.credentials.token));
      const end = Math.min(total, offset + settings.pageSize);
      const records = Array.from({ length: end - offset }, (_, k) => record(request.capability, offset + k, settings));
      offset = end;
      yield { records, cursor: { offset }, ...(settings.announceTotal === 1 ? { total } : {}) };
    }
  }

  private failIfScripted(settings: ScriptSettings, page: number, token: string): void {
    if (page !== settings.failAtPage) return;
    const key = `${token}:${page}`;
    const failed = this.failures.get(key) ?? 0;
    if (settings.failTimes !== 0 && failed >= settings.failTimes) return;
    this.failures.set(key, failed + 1);
    // Quotes the token, as careless services do: the runner must redact it.
    throw new ConnectorError(settings.failKind, `scripted ${settings.failKind} failure at page ${page} (token ${token})`);
  }
}

function record(capabilityKey: Capability, i: number, settings: ScriptSettings): CanonicalRecord<Capability> {
  if (capabilityKey === 'channels') return scriptedChannel();
  if (capabilityKey === 'products') return scriptedProduct(i, settings);
  const order = scriptedOrder(i, settings);
  // A malformed order is what a careless connector would emit: the runner must refuse it.
  return i < settings.malformedOrders ? ((MALFORMED[i % MALFORMED.length]?.break(order) ?? order) as CanonicalRecord<Capability>) : order;
}
