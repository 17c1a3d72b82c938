import { Injectable } from '@nestjs/common';
import type { ConnectionCheck, ConnectionRequest, Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { checkDestinationsOnly } from '../kit/outbound/not-yet-connected.js';
import { secretJsonField, textField } from '../metadata-builders.js';
import { warehouseCapabilities, warehouseTableSettings } from '../warehouse/warehouse-source.js';

const capabilities = warehouseCapabilities('dataset');

/** Google BigQuery: reads customer tables that follow Tether's column contracts. */
@Injectable()
export class BigQueryConnector implements Connector {
  /** Reading fails as `config` until the client exists. */
  readonly read = notYetAvailable('bigquery').read;

  readonly metadata: ConnectorMetadata = {
    key: 'bigquery',
    displayName: 'BigQuery',
    description: 'Google Cloud data warehouse for sales history and other data',
    capabilities,
    credentialFields: [
      textField('projectId', 'Project ID', {
        placeholder: 'my-gcp-project',
        pattern: '^[a-z][a-z0-9-]{4,28}[a-z0-9]$',
        patternDescription: 'a Google Cloud project id: 6-30 lowercase letters, digits or hyphens',
      }),
      textField('dataset', 'Dataset', {
        placeholder: 'tether_export',
        pattern: '^[A-Za-z0-9_]{1,1024}$',
        patternDescription: 'letters, digits and underscores',
      }),
      textField('location', 'Location', { required: false, placeholder: 'US', description: 'Dataset location (default US)' }),
      secretJsonField('serviceAccountKey', 'Service account key (JSON)', {
        description: 'The JSON key of a service account with BigQuery Data Viewer and Job User roles',
        placeholder: '{"type": "service_account", ...}',
        requiredKeys: ['client_email', 'private_key'],
        // Where a client exchanges the key for tokens: it must not point at the metadata service or inside the network.
        urlProperties: ['token_uri'],
      }),
    ],
    settingFields: warehouseTableSettings(capabilities, '^[A-Za-z_][A-Za-z0-9_]{0,1023}$'),
  };

  constructor(private readonly policy: OutboundPolicy) {}

  /** The destinations checked as at a connection (no call to BigQuery yet). */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    return checkDestinationsOnly(this.policy, this.metadata, request);
  }
}
