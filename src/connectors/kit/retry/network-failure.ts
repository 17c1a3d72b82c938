import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { RetryLater } from './with-retries.js';

/**
 * A request that got no reply: the caller's abort is thrown on; a name that does not
 * resolve, or resolves only to private addresses (the outbound guard's EADDRNOTPUBLIC),
 * is `config` (the integration names the wrong host); anything else (reset, timeout,
 * refused) is worth another try.
 */
export function networkFailure(error: unknown, signal: AbortSignal, host: { what: string; host: string }): RetryLater {
  if (signal.aborted) throw error;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'EADDRNOTPUBLIC') throw new ConnectorError('config', `the ${host.what} ${host.host} does not resolve to a public address`, false);
  if (code === 'ENOTFOUND') throw new ConnectorError('config', `the ${host.what} ${host.host} does not exist`, false);
  return new RetryLater(`network: ${error instanceof Error ? error.message : String(error)}`);
}
