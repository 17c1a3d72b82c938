import type { AuditRecord } from '../audit/audit.service.js';
import { changedFields } from '../audit/changed-fields.js';
import type { IntegrationEntity } from './integration.entity.js';

/** What the audit trail keeps of an integration's configuration: every field but the credentials. */
export type IntegrationSnapshot = Pick<
  IntegrationEntity,
  'name' | 'externalService' | 'cronExpression' | 'timezone' | 'capabilities' | 'settings' | 'enabled' | 'dryRun'
>;

export const snapshotOf = (entity: IntegrationEntity): IntegrationSnapshot => ({
  name: entity.name,
  externalService: entity.externalService,
  cronExpression: entity.cronExpression,
  timezone: entity.timezone,
  capabilities: [...entity.capabilities],
  settings: structuredClone(entity.settings),
  enabled: entity.enabled,
  dryRun: entity.dryRun,
});

export const integrationTarget = (entity: { id: string; name: string }): AuditRecord['target'] => ({
  type: 'integration',
  id: entity.id,
  label: entity.name,
});

/**
 * The events an edit makes: `integration.updated` with the fields it changed, and
 * `integration.enabled`/`disabled` of its own when the flag flipped; none for an edit that changed nothing.
 */
export function updateRecords(before: IntegrationSnapshot, after: IntegrationEntity): AuditRecord[] {
  const target = integrationTarget(after);
  const { enabled: wasEnabled, ...configBefore } = before;
  const { enabled, ...configAfter } = snapshotOf(after);
  const records: AuditRecord[] = [];
  const changes = changedFields(configBefore, configAfter);
  if (changes !== null) records.push({ action: 'integration.updated', target, changes });
  if (enabled !== wasEnabled) {
    records.push({ action: enabled ? 'integration.enabled' : 'integration.disabled', target, changes: { before: { enabled: wasEnabled }, after: { enabled } } });
  }
  return records;
}
