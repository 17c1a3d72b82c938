import type { Capability } from '../connectors/capability.js';

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
