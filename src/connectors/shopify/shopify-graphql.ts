import { ConnectorError } from '../../sync-contract/connector-error.js';
import { CostBucket, type ThrottleStatus } from '../kit/pacing/cost-bucket.js';
import { httpErrorKind } from '../kit/retry/http-error-kind.js';
import { networkFailure } from '../kit/retry/network-failure.js';
import { retryAfterMs } from '../kit/retry/retry-after.js';
import { RetryLater, withRetries } from '../kit/retry/with-retries.js';
import type { HttpReply } from '../kit/http/http-reply.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';

interface Envelope {
  data?: unknown;
  errors?: string | { message?: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requestedQueryCost?: number; actualQueryCost?: number | null; throttleStatus?: ThrottleStatus } };
}

/** Tries per query (throttling, 429, 5xx, network); then the runner's own retry takes over. */
const ATTEMPTS = 8;
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;

/** Counts for the execution report and the benchmark. */
export interface GraphqlStats {
  queries: number;
  throttled: number;
  retried: number;
  actualCost: number;
}

/**
 * One store's GraphQL Admin API. It owns pacing (waits until the bucket holds a query's
 * requested cost) and retries: THROTTLED replies (HTTP 200), 429 with Retry-After in
 * seconds, 5xx and network errors, bounded and jittered. 401/403 fail at once as `auth`.
 * Messages never carry the token (it only travels in a header).
 */
export class ShopifyGraphql {
  readonly stats: GraphqlStats = { queries: 0, throttled: 0, retried: 0, actualCost: 0 };

  constructor(
    private readonly endpoint: URL,
    private readonly accessToken: string,
    private readonly transport: OutboundHttp,
    private readonly bucket = new CostBucket(),
  ) {}

  /** Points per second the store's bucket restores, once a reply has said. */
  restoreRate(): number | undefined {
    return this.bucket.restoreRate();
  }

  /** The reply's `data`, shaped as the document asks (callers state that shape). */
  query(document: string, variables: Record<string, unknown>, requestedCost: number, signal: AbortSignal): Promise<unknown> {
    return withRetries(
      async () => {
        await this.bucket.take(requestedCost, signal);
        this.stats.queries += 1;
        return this.send(document, variables, signal);
      },
      {
        attempts: ATTEMPTS,
        baseMs: BACKOFF_BASE_MS,
        maxMs: BACKOFF_MAX_MS,
        signal,
        service: 'Shopify',
        secrets: [this.accessToken],
        observer: this.transport.observer,
        onRetry: () => {
          this.stats.retried += 1;
        },
      },
    );
  }

  /** The data, or why not and how long to wait before the next try (an error if no retry can help). */
  private async send(document: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
    let response: HttpReply;
    try {
      response = await this.transport.post(
        this.endpoint,
        { 'content-type': 'application/json', accept: 'application/json', 'x-shopify-access-token': this.accessToken },
        JSON.stringify({ query: document, variables }),
        signal,
      );
    } catch (error) {
      return networkFailure(error, signal, { what: 'store domain', host: this.endpoint.host });
    }
    const { status } = response;
    const kind = httpErrorKind(status);
    if (kind === 'auth') {
      throw new ConnectorError('auth', `Shopify refused the access token (HTTP ${status}): check the token and its scopes (read_orders, read_products)`, false);
    }
    if (status === 404) throw new ConnectorError('config', `Shopify has no store or API version at ${this.endpoint.host}${this.endpoint.pathname} (HTTP 404)`, false);
    // Retry-After is in seconds (the official client reads it as milliseconds).
    if (status === 429) return new RetryLater('HTTP 429', retryAfterMs(response.headers['retry-after'], Date.now(), BACKOFF_MAX_MS));
    // Every 5xx (501 included: Shopify's 5xx are its own trouble, not the integration's).
    if (status >= 500) return new RetryLater(`HTTP ${status}`);
    if (status !== 200) throw new ConnectorError('data', `Shopify answered HTTP ${status}`, false);

    let envelope: Envelope;
    try {
      envelope = JSON.parse(response.body) as Envelope;
    } catch {
      return new RetryLater('a reply that is not JSON');
    }
    const cost = envelope.extensions?.cost;
    this.bucket.observe(cost?.throttleStatus);
    if (typeof cost?.actualQueryCost === 'number') this.stats.actualCost += cost.actualQueryCost;
    const errors = typeof envelope.errors === 'string' ? [{ message: envelope.errors }] : (envelope.errors ?? []);
    const first = errors[0];
    if (first !== undefined) {
      const code = first.extensions?.code;
      if (code === 'THROTTLED') {
        this.stats.throttled += 1;
        return new RetryLater('throttled', this.bucket.waitFor(cost?.requestedQueryCost ?? 0));
      }
      if (code === 'ACCESS_DENIED') throw new ConnectorError('auth', `Shopify denied access: ${first.message ?? 'missing scope'}`, false);
      throw new ConnectorError('data', `Shopify refused the query (${code ?? 'error'}): ${first.message ?? 'no message'}`, false);
    }
    if (envelope.data === undefined || envelope.data === null) return new RetryLater('a reply without data');
    return envelope.data;
  }
}
