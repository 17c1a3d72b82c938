import { QueryFailedError } from 'typeorm';
import { ConnectorError } from '../sync-contract/connector-error.js';
import { CredentialsUnreadableError } from '../credentials/credentials-unreadable.error.js';
import { redactSecrets } from '../sync-contract/redact-secrets.js';
import type { SyncError } from './sync-error.js';

const MAX_MESSAGE = 1_000;
// Serialization failure, deadlock, lock timeout, connection loss: worth another try.
const TRANSIENT_SQL_STATES = new Set(['40001', '40P01', '55P03', '57P01', '08000', '08003', '08006']);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/**
 * What a failure is recorded as: classified, and with every credential value the
 * integration holds cut out of the message (a connector's own message, or a library's,
 * might quote a URL or header that carries one).
 */
export function toSyncError(error: unknown, secrets: readonly string[]): SyncError {
  const { kind, retryable, message } = classify(error);
  return { kind, retryable, message: redactSecrets(message, secrets).slice(0, MAX_MESSAGE) };
}

function classify(error: unknown): SyncError {
  if (error instanceof ConnectorError) return { kind: error.kind, retryable: error.retryable, message: error.message };
  // Fixed only by an operator (the key ring) or an admin (new credentials), not by retrying.
  if (error instanceof CredentialsUnreadableError) return { kind: 'config', retryable: false, message: error.message };
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string }).code ?? '';
    if (TRANSIENT_SQL_STATES.has(code)) return { kind: 'transient', retryable: true, message: `database: ${error.message}` };
    return { kind: 'data', retryable: false, message: `could not store the records: ${error.message}` };
  }
  const code = (error as { code?: string; cause?: { code?: string } } | undefined)?.code ?? (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  if (code !== undefined && TRANSIENT_NETWORK_CODES.has(code)) {
    return { kind: 'transient', retryable: true, message: `network: ${(error as Error).message}` };
  }
  return { kind: 'data', retryable: false, message: `unexpected error: ${error instanceof Error ? error.message : String(error)}` };
}
