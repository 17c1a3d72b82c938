import { ConnectorError } from '../../sync-contract/connector-error.js';
import { redactSecrets } from '../../sync-contract/redact-secrets.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';
import type { TokenBucket } from '../kit/pacing/token-bucket.js';
import { httpFailure } from '../kit/retry/http-failure.js';
import { networkFailure } from '../kit/retry/network-failure.js';
import { RetryLater, withRetries } from '../kit/retry/with-retries.js';

/** Tries per request; waits the 429's headers ask for, capped. */
const RETRY = { attempts: 8, baseMs: 500, maxMs: 30_000 };

/** A query string's parameters (filters as `field[op]` names). */
export type Query = Record<string, string | number>;

/**
 * TrackStar's REST API for one WMS connection: each GET paced by the access token's bucket
 * (10 GET/s), 429 and 5xx retried after the wait the rate-limit headers ask
 * (`retry-after`, `x-ratelimit-reset` or the older `x-rate-limit-reset`), malformed replies
 * retried; 401/403 fail as `auth`, 404, 422 and 501 ("not implemented for this WMS") as
 * `config`, each with TrackStar's own message.
 */
export class TrackStarClient {
  constructor(
    private readonly base: URL,
    private readonly apiKey: string,
    private readonly accessToken: string | null,
    private readonly http: OutboundHttp,
    private readonly bucket: TokenBucket,
  ) {}

  /** A GET as JSON; `accessToken: false` for the routes of the API key alone (connections). */
  get<T>(path: string, query: Query, signal: AbortSignal, options: { accessToken?: boolean } = {}): Promise<T> {
    const url = new URL(path, this.base);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { accept: 'application/json', 'x-trackstar-api-key': this.apiKey };
    if (options.accessToken !== false && this.accessToken !== null) headers['x-trackstar-access-token'] = this.accessToken;
    const secrets = [this.apiKey, ...(this.accessToken === null ? [] : [this.accessToken])];
    return withRetries(
      async () => {
        await this.bucket.take(signal);
        const reply = await this.http.send({ method: 'GET', url, headers, signal }).catch((error: unknown) => networkFailure(error, signal, { what: 'TrackStar host', host: url.host }));
        if (reply instanceof RetryLater) return reply;
        const failure = reply.status === 422 || reply.status === 501 ? vendorRefusal(reply.status, reply.body, secrets) : httpFailure(reply, { service: 'TrackStar', secrets, capMs: RETRY.maxMs });
        if (failure instanceof RetryLater) return failure;
        if (failure !== null) throw withVendorMessage(failure, reply.body, secrets);
        try {
          return JSON.parse(reply.body) as T;
        } catch {
          return new RetryLater(`TrackStar answered HTTP ${reply.status} with a body that is not JSON`);
        }
      },
      { ...RETRY, signal, service: 'TrackStar', secrets, observer: this.http.observer },
    );
  }
}

/** TrackStar's `{"error": "...", "detail": {...}}`, when the body is that. */
function vendorMessage(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; detail?: unknown };
    if (typeof parsed.error !== 'string') return null;
    return parsed.detail === undefined ? parsed.error : `${parsed.error} ${JSON.stringify(parsed.detail)}`;
  } catch {
    return null;
  }
}

/** 422 (a filter or parameter refused) and 501 (the WMS behind the connection lacks the endpoint): the integration's setup, not the data. */
function vendorRefusal(status: number, body: string, secrets: readonly string[]): ConnectorError {
  const said = vendorMessage(body) ?? body.trim().slice(0, 200);
  return new ConnectorError('config', redactSecrets(`TrackStar answered HTTP ${status}: ${said}`, secrets), false);
}

/** The kit's failure with TrackStar's own message instead of its raw body. */
function withVendorMessage(failure: ConnectorError, body: string, secrets: readonly string[]): ConnectorError {
  const said = vendorMessage(body);
  if (said === null) return failure;
  return new ConnectorError(failure.kind, redactSecrets(`${failure.message.replace(/: .*$/s, '')}: ${said}`, secrets), failure.retryable);
}
