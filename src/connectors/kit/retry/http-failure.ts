import { ConnectorError } from '../../../sync-contract/connector-error.js';
import { redactSecrets } from '../../../sync-contract/redact-secrets.js';
import { httpErrorKind } from './http-error-kind.js';
import { type ReplyHeaders, waitHintMs } from './retry-after.js';
import { RetryLater } from './with-retries.js';

/** A reply as the outbound HTTP client gives it (the same shape as Shopify's transport's). */
export interface ReplyLike {
  status: number;
  headers: ReplyHeaders;
  body: string;
}

/** The most of a service's error body quoted in a message. */
const QUOTED_BODY = 200;

/**
 * A reply's failure by its status (null when it has none): transient ones as a RetryLater
 * with the wait the headers ask (capped), the others as a ConnectorError quoting the start
 * of the service's body with every credential value cut out.
 */
export function httpFailure(reply: ReplyLike, options: { service: string; secrets: readonly string[]; capMs: number; now?: number }): RetryLater | ConnectorError | null {
  const kind = httpErrorKind(reply.status);
  if (kind === null) return null;
  if (kind === 'transient') return new RetryLater(`HTTP ${reply.status}`, waitHintMs(reply.headers, options.now ?? Date.now(), options.capMs));
  const said = reply.body.trim().slice(0, QUOTED_BODY);
  const message = `${options.service} answered HTTP ${reply.status}${said === '' ? '' : `: ${said}`}`;
  return new ConnectorError(kind, redactSecrets(message, options.secrets), false);
}
