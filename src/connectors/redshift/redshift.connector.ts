import { Injectable } from '@nestjs/common';
import type { Connector } from '../connector.js';
import { notYetAvailable } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { integerField, secretField, textField } from '../metadata-builders.js';
import { warehouseCapabilities, warehouseTableSettings } from '../warehouse-source.js';

const capabilities = warehouseCapabilities('schema');

/** Amazon Redshift over the PostgreSQL wire protocol, read-only. */
@Injectable()
export class RedshiftConnector implements Connector {
  /** Metadata only for now: reading and checking fail as `config` until the client exists. */
  private readonly unavailable = notYetAvailable('redshift');
  readonly read = this.unavailable.read;
  readonly checkConnection = this.unavailable.checkConnection;

  readonly metadata: ConnectorMetadata = {
    key: 'redshift',
    displayName: 'Redshift',
    description: 'AWS data warehouse for sales history and other data',
    capabilities,
    credentialFields: [
      textField('host', 'Host', { placeholder: 'my-cluster.abc123.us-east-1.redshift.amazonaws.com' }),
      integerField('port', 'Port', { required: false, placeholder: '5439', minimum: 1, maximum: 65535 }),
      textField('database', 'Database', { placeholder: 'analytics' }),
      textField('user', 'User', { placeholder: 'tether_reader', description: 'A user with read access only' }),
      secretField('password', 'Password'),
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
}
