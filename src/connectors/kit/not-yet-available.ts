import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { SourcePage } from '../../sync-contract/source-page.js';
import type { ConnectionCheck, Connector } from '../connector.js';

/**
 * A connector whose service cannot be talked to yet: its `read` and `checkConnection`
 * exist and fail with this, a `config` error that no retry fixes, so that the runner and
 * the connection check treat it as any other failure (no optional methods to test for).
 */
export class NotYetAvailableError extends ConnectorError {
  constructor(
    readonly service: string,
    what: 'read data' | 'check connections',
  ) {
    super('config', `the ${service} connector cannot ${what} yet`, false);
    this.name = 'NotYetAvailableError';
  }
}

/** `read` and `checkConnection` for a connector of `service` (its metadata key) that cannot reach it yet. */
export function notYetAvailable(service: string): Pick<Connector, 'read' | 'checkConnection'> {
  return {
    read: (): Iterable<SourcePage> => {
      throw new NotYetAvailableError(service, 'read data');
    },
    checkConnection: (): Promise<ConnectionCheck> => Promise.reject(new NotYetAvailableError(service, 'check connections')),
  };
}
