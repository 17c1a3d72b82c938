import { Injectable } from '@nestjs/common';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, ConnectionRequest, Connector, ReadRequest } from '../connector.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { hostField, integerField, secretField, textField } from '../metadata-builders.js';
import { checkWarehouse, readWarehouse, type WarehouseSource } from '../warehouse/warehouse-reader.js';
import { warehouseCapabilities, warehouseTableSettings } from '../warehouse/warehouse-source.js';
import { DEFAULT_PORT, openRedshift } from './redshift-session.js';

const capabilities = warehouseCapabilities('schema');

/** Amazon Redshift over the PostgreSQL wire protocol, read-only: each capability from a table or view in the column contract. */
@Injectable()
export class RedshiftConnector implements Connector {
  readonly metadata: ConnectorMetadata = {
    key: 'redshift',
    displayName: 'Redshift',
    description: 'AWS data warehouse for sales history and other data',
    capabilities,
    credentialFields: [
      hostField('host', 'Host', {
        placeholder: 'my-cluster.abc123.us-east-1.redshift.amazonaws.com',
        description: "The cluster's endpoint host name (no port): a public address",
      }),
      integerField('port', 'Port', { required: false, placeholder: String(DEFAULT_PORT), minimum: 1, maximum: 65535 }),
      textField('database', 'Database', { placeholder: 'analytics' }),
      textField('user', 'User', { placeholder: 'tether_reader', description: 'A user with read access only' }),
      secretField('password', 'Password'),
      textField('sslMode', 'SSL mode', {
        required: false,
        placeholder: 'require',
        pattern: '^(require|disable)$',
        patternDescription: 'require or disable',
        description: "require (unset): TLS, the server's certificate checked against the host name; disable only under the outbound test policy (local test servers)",
      }),
    ],
    settingFields: [
      textField('schema', 'Schema', {
        required: false,
        default: 'public',
        pattern: '^[A-Za-z_][A-Za-z0-9_$]{0,126}$',
        patternDescription: 'a schema name: letters, digits, _ or $, not starting with a digit',
      }),
      ...warehouseTableSettings(capabilities, '^[A-Za-z_][A-Za-z0-9_$]{0,126}$'),
    ],
  };

  private readonly source: WarehouseSource;

  constructor(policy: OutboundPolicy) {
    this.source = { displayName: 'Redshift', open: (request) => openRedshift(policy, request) };
  }

  /** Connects as a sync would (host checked, TLS, read-only session) and checks each configured table against its contract. */
  checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    return checkWarehouse(this.source, request);
  }

  read(request: ReadRequest): AsyncIterable<SourcePage> {
    return readWarehouse(this.source, request);
  }
}
