import { Inject, Injectable, Optional } from '@nestjs/common';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, ConnectionRequest, Connector, ReadRequest } from '../connector.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundHttp } from '../kit/http/outbound-http.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { OUTBOUND_OBSERVER, type OutboundObserver, observerFor } from '../kit/observe/outbound-observer.js';
import { secretJsonField, textField, urlField } from '../metadata-builders.js';
import { checkWarehouse, readWarehouse, type WarehouseSource } from '../warehouse/warehouse-reader.js';
import { warehouseCapabilities, warehouseTableSettings } from '../warehouse/warehouse-source.js';
import { openBigQuery } from './bigquery-session.js';

const capabilities = warehouseCapabilities('dataset');

/** Google BigQuery: reads customer tables that follow Tether's column contracts. */
@Injectable()
export class BigQueryConnector implements Connector {
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
        // Where the key is exchanged for tokens: it must not point at the metadata service or inside the network.
        urlProperties: ['token_uri'],
      }),
    ],
    settingFields: [
      ...warehouseTableSettings(capabilities, '^[A-Za-z_][A-Za-z0-9_]{0,1023}$'),
      urlField('apiEndpoint', 'API endpoint (tests only)', {
        required: false,
        testOnly: true,
        description: 'Where BigQuery requests go instead of https://bigquery.googleapis.com: a local fake, under the outbound test policy only',
      }),
      urlField('tokenEndpoint', 'Token endpoint (tests only)', {
        required: false,
        testOnly: true,
        description: "Where the key is exchanged for tokens instead of its token_uri: a local fake, under the outbound test policy only",
      }),
    ],
  };

  private readonly source: WarehouseSource;

  constructor(policy: OutboundPolicy, @Optional() @Inject(OUTBOUND_OBSERVER) observer?: OutboundObserver) {
    const http = new OutboundHttp(policy, observerFor(observer, 'bigquery'));
    this.source = { displayName: 'BigQuery', open: (request) => openBigQuery(policy, http, request) };
  }

  /** Exchanges the key for a token and checks each configured table's schema against its contract. */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    return checkWarehouse(this.source, request);
  }

  read(request: ReadRequest): AsyncIterable<SourcePage> {
    return readWarehouse(this.source, request);
  }
}
