import type { Capability } from '../sync-contract/capability.js';

/** What the sync runner needs of an integration, credentials decrypted (never to leave the runner). */
export interface RunnableIntegration {
  id: string;
  organizationId: string;
  externalService: string;
  capabilities: Capability[];
  settings: Record<string, unknown>;
  enabled: boolean;
  dryRun: boolean;
  credentials: Record<string, unknown>;
}
