import type { ApiClient } from './api-client.js';
import { apiClient } from './api-client.js';
import { replicaScript } from './dist-script.js';
import { type ServiceProcess, startServiceProcess } from './service-process.js';
import { FAST_SYNC } from './sync-fixtures.js';
import { testEnvironment } from './test-config.js';
import { tokenFor } from './tokens.js';

export interface Replica {
  process: ServiceProcess;
  /** The generated client on this replica, as an admin of `organizationId`. */
  admin(organizationId: string): ApiClient;
}

/**
 * A replica of the service (with the scripted fake service) as its own process, on the
 * given database, with the sync engine at test speed; `env` overrides any variable.
 */
export async function startReplica(databaseUrl: string, env: Record<string, string> = {}): Promise<Replica> {
  const environment = Object.fromEntries(
    Object.entries(testEnvironment({ DATABASE_URL: databaseUrl, ...FAST_SYNC, ...env })).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const process = await startServiceProcess(environment, { script: replicaScript() });
  return { process, admin: (organizationId) => apiClient(process.baseUrl, tokenFor(organizationId, 'admin')) };
}
