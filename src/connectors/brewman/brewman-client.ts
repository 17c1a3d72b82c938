import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';
import type { HttpReply } from '../kit/http/http-reply.js';
import { httpFailure } from '../kit/retry/http-failure.js';
import { networkFailure } from '../kit/retry/network-failure.js';
import { RetryLater, withRetries } from '../kit/retry/with-retries.js';

/** Tries per call; Brewman says it does not rate-limit, so the waits are for a proxy's 429/503 and restarts. */
const RETRY = { attempts: 8, baseMs: 500, maxMs: 30_000 };

/** The credentials of one Brewman tenant. */
export interface BrewmanAccess {
  /** The Web API's root (`https://…`), under which every method is `webapi/{Resource}/v{n}/{Method}`. */
  base: URL;
  apiToken: string;
  tenantId: string;
}

/** A 404 without a body: the server has no such method (a route renamed in a later version of the API). */
export class UnknownMethodError extends ConnectorError {
  constructor(readonly method: string) {
    super('config', `Brewman has no method ${method} at credentials.baseUrl (HTTP 404): check the Web API URL`, false);
  }
}

export interface CallOptions {
  /** Calls that name no tenant (the user context). */
  withoutTenant?: boolean;
  /** What a 404 with a body (an unknown id, not an unknown route) means, for the message. */
  notFound?: string;
}

/**
 * Brewman's Web API: every method a POST of JSON with the `Api-Token` header and the
 * tenant in the body. 429 and 5xx are retried after the `Retry-After` they send (else a
 * jittered backoff), as are dropped connections and replies cut short; 401 (the token) and
 * 403 (the tenant) fail as `auth`, a 400's validation errors and an unknown route as
 * `config`, each naming the method and never a credential.
 */
export class BrewmanClient {
  private readonly secrets: string[];
  /** The base with a trailing slash, so that `webapi/…` resolves under its path. */
  private readonly root: URL;
  /** A method's name as this server has it (see callFirst). */
  private readonly found = new Map<string, string>();

  constructor(
    private readonly access: BrewmanAccess,
    private readonly http: OutboundHttp,
  ) {
    this.secrets = [access.apiToken, access.tenantId, access.base.href, access.base.host];
    this.root = new URL(access.base.href.endsWith('/') ? access.base.href : `${access.base.href}/`);
  }

  /** `method` as `Resource/vN/Method`; the body's other properties besides `tenantId`. */
  call<T>(method: string, body: Record<string, unknown>, signal: AbortSignal, options: CallOptions = {}): Promise<T> {
    const url = new URL(`webapi/${method}`, this.root);
    const payload = JSON.stringify(options.withoutTenant === true ? body : { tenantId: this.access.tenantId, ...body });
    const headers = { 'api-token': this.access.apiToken, 'content-type': 'application/json', accept: 'application/json' };
    return withRetries(
      async () => {
        const reply = await this.http.post(url, headers, payload, signal).catch((error: unknown) => networkFailure(error, signal, { what: 'Brewman host', host: 'of credentials.baseUrl' }));
        if (reply instanceof RetryLater) return reply;
        const failure = this.failure(method, reply, options);
        if (failure !== null) return failure;
        try {
          return JSON.parse(reply.body) as T;
        } catch {
          return new RetryLater(`Brewman answered ${method} with a body that is not JSON`);
        }
      },
      { ...RETRY, signal, service: 'Brewman', secrets: this.secrets, observer: this.http.observer },
    );
  }

  /**
   * The first of `methods` the server has (the vendor's repository's route, then its later
   * name: the API moved orders to v2 and deprecated the entire-item methods), remembered
   * for this client's later calls.
   */
  async callFirst<T>(methods: readonly [string, ...string[]], body: Record<string, unknown>, signal: AbortSignal): Promise<T> {
    const known = this.found.get(methods[0]);
    if (known !== undefined) return this.call<T>(known, body, signal);
    for (const [index, method] of methods.entries()) {
      try {
        const answer = await this.call<T>(method, body, signal);
        this.found.set(methods[0], method);
        return answer;
      } catch (error) {
        if (!(error instanceof UnknownMethodError) || index === methods.length - 1) throw error;
      }
    }
    throw new UnknownMethodError(methods[0]);
  }

  private failure(method: string, reply: HttpReply, options: CallOptions): RetryLater | null {
    const { status } = reply;
    if (status === 401) throw new ConnectorError('auth', `Brewman refused the API token (HTTP 401 on ${method}): check credentials.apiToken`, false);
    if (status === 403) throw new ConnectorError('auth', `Brewman refused access to the tenant (HTTP 403 on ${method}): check credentials.tenantId and the token's access to it`, false);
    if (status === 404) {
      if (reply.body.trim() === '' || options.notFound === undefined) throw new UnknownMethodError(method);
      throw new ConnectorError('config', `${options.notFound} (Brewman answered HTTP 404 on ${method})`, false);
    }
    if (status === 400 || status === 415) throw new ConnectorError('config', `Brewman refused the request to ${method} (HTTP ${status})${validationErrors(reply.body)}`, false);
    const failure = httpFailure(reply, { service: 'Brewman', secrets: this.secrets, capMs: RETRY.maxMs });
    if (failure instanceof RetryLater) return new RetryLater(`${failure.problem} on ${method}`, failure.retryAfterMs);
    if (failure !== null) throw failure;
    return null;
  }
}

/** ASP.NET's ValidationProblemDetails `errors`, as `: $.filter.x: message; …`, or nothing. */
function validationErrors(body: string): string {
  try {
    const { errors } = JSON.parse(body) as { errors?: unknown };
    if (errors === undefined || errors === null || typeof errors !== 'object') return '';
    const said = Object.entries(errors as Record<string, unknown>).map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`);
    return said.length === 0 ? '' : `: ${said.join('; ').slice(0, 400)}`;
  } catch {
    return '';
  }
}
