import { ConnectorError } from '../../sync-contract/connector-error.js';
import { RetryLater } from '../kit/retry/with-retries.js';

/** Reasons another try can help: Google's own advice for these is to back off and retry (the client retries only 5xx and 429). */
const RETRY = new Set(['rateLimitExceeded', 'jobRateLimitExceeded', 'backendError', 'internalError', 'quotaExceeded', 'jobBackendError', 'tableUnavailable']);
/** The integration is set up wrong: a missing table or dataset, a query the table cannot answer, no permission. */
const CONFIG = new Set(['notFound', 'invalidQuery', 'invalid', 'accessDenied', 'billingNotEnabled', 'duplicate', 'responseTooLarge']);

interface ApiErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: { reason?: unknown; message?: unknown }[];
}

/**
 * A BigQuery failure (the client's ApiError: HTTP status in `code`, Google's reason in
 * `errors[0].reason`): a RetryLater when another try may help, otherwise a ConnectorError
 * with Google's message (which names tables and columns, never the key).
 */
export function bigqueryFailure(error: unknown): RetryLater | ConnectorError {
  if (error instanceof ConnectorError) return error;
  const { code, message, errors } = (error ?? {}) as ApiErrorLike;
  const reason = typeof errors?.[0]?.reason === 'string' ? errors[0].reason : undefined;
  const text = `BigQuery: ${typeof message === 'string' ? message : String(error)}${reason === undefined ? '' : ` (${reason})`}`;
  if (reason !== undefined && RETRY.has(reason)) return new RetryLater(text);
  if (code === 401 || reason === 'authError') return new ConnectorError('auth', `${text}: the access token was refused`, false);
  if (reason !== undefined && CONFIG.has(reason)) return new ConnectorError('config', text, false);
  if (typeof code === 'number' && (code === 408 || code === 429 || code >= 500)) return new RetryLater(text);
  if (typeof code === 'number' && code >= 400) return new ConnectorError('config', text, false);
  // No HTTP status: the request got no reply (reset, timeout, refused).
  return new RetryLater(text);
}
