import type { Capability } from '../sync-contract/capability.js';

/** What the scheduler needs of an integration. */
export interface IntegrationSchedule {
  id: string;
  organizationId: string;
  cronExpression: string;
  timezone: string;
  enabled: boolean;
  dryRun: boolean;
  capabilities: Capability[];
  updatedAt: Date;
}
