import { Injectable } from '@nestjs/common';
import type { ConnectionCheck, ConnectionRequest, Connector } from '../connector.js';
import { notYetAvailable, NotYetAvailableError } from '../kit/not-yet-available.js';
import type { ConnectorMetadata } from '../connector-metadata.js';
import { OutboundPolicy } from '../kit/outbound/outbound-policy.js';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import { connectPublic } from '../kit/net/connect-public.js';
import { hostField, integerField, secretField, textField } from '../metadata-builders.js';
import { warehouseCapabilities, warehouseTableSettings } from '../warehouse-source.js';

const capabilities = warehouseCapabilities('schema');
const DEFAULT_PORT = 5439;

/** Amazon Redshift over the PostgreSQL wire protocol, read-only. */
@Injectable()
export class RedshiftConnector implements Connector {
  /** Reading fails as `config` until the client exists. */
  readonly read = notYetAvailable('redshift').read;

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

  constructor(private readonly policy: OutboundPolicy) {}

  /**
   * The host resolved through the outbound policy, as a connection would be (no query yet).
   * A reader connects the PostgreSQL driver to the address connectPublic returns, with the
   * name as TLS servername, so the name is not resolved a second time.
   */
  async checkConnection(request: ConnectionRequest): Promise<ConnectionCheck> {
    const { host, port } = request.credentials;
    if (typeof host !== 'string') throw new ConnectorError('config', 'credentials.host is missing', false);
    await connectPublic(this.policy, host, typeof port === 'number' ? port : DEFAULT_PORT);
    throw new NotYetAvailableError('redshift', 'check connections');
  }
}
