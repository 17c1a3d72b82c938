import { Injectable } from '@nestjs/common';
import type { Connector } from '../connectors/connector.js';
import { CredentialsUnreadableError } from '../credentials/credentials-unreadable.error.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import { assertDestinations } from '../connectors/kit/outbound/destination-fields.js';
import { OutboundPolicy } from '../connectors/kit/outbound/outbound-policy.js';
import { IntegrationNotFoundException } from '../integrations/integration-not-found.exception.js';
import { IntegrationsService } from '../integrations/integrations.service.js';
import { LogSecrets } from '../logging/log-secrets.service.js';
import type { RunnableIntegration } from '../integrations/runnable-integration.js';
import type { SyncError } from './sync-error.js';
import type { ConnectionCheckDto } from './dto/check-connection.dto.js';
import { secretValues } from '../sync-contract/redact-secrets.js';
import { toSyncError } from './to-sync-error.js';

/** A check that hangs is a failed check. */
const CHECK_TIMEOUT_MS = 15_000;

/** Tries an integration's credentials (saved, or about to be) with a cheap call to its service. */
@Injectable()
export class ConnectionCheckService {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly registry: ConnectorRegistry,
    private readonly policy: OutboundPolicy,
    private readonly logSecrets: LogSecrets,
  ) {}

  async checkSaved(organizationId: string, integrationId: string): Promise<ConnectionCheckDto> {
    await this.integrations.assertExists(organizationId, integrationId);
    let integration: RunnableIntegration | null;
    try {
      integration = await this.integrations.forRun(integrationId);
    } catch (error) {
      if (!(error instanceof CredentialsUnreadableError)) throw error;
      return failed(toSyncError(error, []));
    }
    if (integration === null) throw new IntegrationNotFoundException(integrationId);
    return this.check(this.registry.of(integration), integration.credentials, integration.settings);
  }

  async checkNew(externalService: string, credentials: Record<string, unknown>, settings: Record<string, unknown>): Promise<ConnectionCheckDto> {
    const valid = this.integrations.validConnectionInput(externalService, credentials, settings);
    return this.check(valid.connector, valid.credentials, valid.settings);
  }

  private async check(connector: Connector, credentials: Record<string, unknown>, settings: Record<string, unknown>): Promise<ConnectionCheckDto> {
    const secrets = secretValues(credentials);
    // Values typed in for a check were never saved: kept out of the logs while it runs.
    return this.logSecrets.during(secrets, async () => {
      try {
        const request = { credentials, settings, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) };
        // As before a sync: where the hosts and URLs resolve now, checked before the connector connects (a refusal names the field).
        await assertDestinations(this.policy, connector.metadata, request);
        const result = await connector.checkConnection(request);
        return { ok: true, summary: result.summary, details: result.details, error: null };
      } catch (error) {
        return failed(toSyncError(error, secrets));
      }
    });
  }
}

const failed = (error: SyncError): ConnectionCheckDto => ({ ok: false, summary: null, details: {}, error });
