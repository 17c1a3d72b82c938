import pRetry from 'p-retry';
import { QueryFailedError } from 'typeorm';

// Deadlock and serialization failure: PostgreSQL aborted the transaction so another could go on.
const RETRYABLE_SQL_STATES = new Set(['40P01', '40001']);

const isRetryable = (error: unknown): boolean =>
  error instanceof QueryFailedError
    ? RETRYABLE_SQL_STATES.has((error.driverError as { code?: string }).code ?? '')
    : RETRYABLE_SQL_STATES.has((error as { code?: string } | null)?.code ?? '');

/**
 * Runs a transaction again when PostgreSQL aborts it as a deadlock victim. Two writers that
 * lock an integration and its sessions in opposite orders (the engine ending a session and
 * recording it on the integration; an admin deleting the integration, which cascades to its
 * sessions) are then both served, in some order, instead of one answering with an error.
 */
export function retryOnConflict<T>(transaction: () => Promise<T>): Promise<T> {
  return pRetry(transaction, { retries: 3, minTimeout: 10, maxTimeout: 100, randomize: true, shouldRetry: ({ error }) => isRetryable(error) });
}
