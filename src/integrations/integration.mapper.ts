import type { Capability } from '../sync-contract/capability.js';
import type { IntegrationDto, IntegrationSummaryDto } from './dto/integration.dto.js';
import type { IntegrationEntity } from './integration.entity.js';

/** What the mapper needs besides the row; computed by the service. */
export interface IntegrationView {
  externalServiceName: string;
  nextSync: Date | null;
}

export function toIntegrationSummary(entity: IntegrationEntity, view: IntegrationView): IntegrationSummaryDto {
  return {
    id: entity.id,
    name: entity.name,
    externalService: entity.externalService,
    externalServiceName: view.externalServiceName,
    enabled: entity.enabled,
    status: entity.enabled ? 'enabled' : 'disabled',
    dryRun: entity.dryRun,
    disabledReason: entity.disabledReason,
    disabledAt: entity.disabledAt?.toISOString() ?? null,
    cronExpression: entity.cronExpression,
    timezone: entity.timezone,
    capabilities: entity.capabilities as Capability[],
    lastSync:
      entity.lastSyncSessionId === null || entity.lastSyncAt === null
        ? null
        : { sessionId: entity.lastSyncSessionId, status: entity.lastSyncStatus ?? 'unknown', at: entity.lastSyncAt.toISOString() },
    nextSync: view.nextSync?.toISOString() ?? null,
  };
}

export function toIntegrationDto(entity: IntegrationEntity, view: IntegrationView, credentialFields: string[]): IntegrationDto {
  return Object.assign(toIntegrationSummary(entity, view), {
    settings: entity.settings,
    credentialFields,
    createdAt: entity.createdAt.toISOString(),
    createdBy: entity.createdBy,
    updatedAt: entity.updatedAt.toISOString(),
    updatedBy: entity.updatedBy,
  });
}
