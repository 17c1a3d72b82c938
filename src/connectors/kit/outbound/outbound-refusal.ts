import { ConnectorError } from '../../../sync-contract/connector-error.js';

/**
 * A destination the outbound policy refuses: a config error whose message names the field
 * and why (`credentials.host resolves to a private address`), never the value.
 */
export class OutboundRefusal extends ConnectorError {
  /** EADDRNOTPUBLIC, as the lookup's error, so callers classify both alike. */
  readonly code = 'EADDRNOTPUBLIC';

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super('config', `${field} ${reason}`, false);
    this.name = 'OutboundRefusal';
  }
}
