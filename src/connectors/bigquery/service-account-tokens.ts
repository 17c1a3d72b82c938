import { AuthClient } from 'google-auth-library';
import jwt from 'jsonwebtoken';
import { ConnectorError } from '../../sync-contract/connector-error.js';
import type { OutboundHttp } from '../kit/http/outbound-http.js';
import type { ServiceAccountKey } from './service-account-key.js';

const SCOPE = 'https://www.googleapis.com/auth/bigquery';
/** A token is renewed this long before Google says it expires. */
const RENEW_EARLY_MS = 60_000;

interface Token {
  value: string;
  expiresAt: number;
}

/**
 * Google's OAuth 2.0 flow for service accounts (RFC 7523): a JWT signed with the key,
 * exchanged at the key's token URL for an access token, over the outbound HTTP client (so
 * the token URL is checked by the outbound policy; Google's own client posts to a fixed
 * address, whatever the key says). Refusals are `auth` errors with Google's reason, never
 * the key.
 */
export async function exchangeKey(http: OutboundHttp, key: ServiceAccountKey, tokenUrl: string, signal: AbortSignal): Promise<Token> {
  const now = Math.floor(Date.now() / 1000);
  let assertion: string;
  try {
    assertion = jwt.sign({ iss: key.clientEmail, scope: SCOPE, aud: tokenUrl, iat: now, exp: now + 3600 }, key.privateKey, {
      algorithm: 'RS256',
      ...(key.privateKeyId === undefined ? {} : { keyid: key.privateKeyId }),
    });
  } catch {
    throw new ConnectorError('config', 'credentials.serviceAccountKey.private_key is not an RSA private key in PEM form', false);
  }
  const body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }).toString();
  let reply;
  try {
    reply = await http.post(tokenUrl, { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body, signal);
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof ConnectorError) throw error;
    throw new ConnectorError('transient', `Google's token endpoint could not be reached: ${(error as Error).message}`, true, { cause: error });
  }
  const answer = parse(reply.body);
  if (reply.status === 200 && typeof answer.access_token === 'string') {
    const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    return { value: answer.access_token, expiresAt: Date.now() + seconds * 1000 };
  }
  const why = [answer.error, answer.error_description].filter((part) => typeof part === 'string').join(': ') || `HTTP ${reply.status}`;
  if (reply.status === 429 || reply.status >= 500) throw new ConnectorError('transient', `Google's token endpoint answered ${why}`, true);
  throw new ConnectorError('auth', `Google refused the service account key (${why}): check that the key exists and is enabled`, false);
}

function parse(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The auth client given to the BigQuery client: it only authorizes the requests that client
 * sends (a bearer token, exchanged once and renewed before it expires).
 */
export class ServiceAccountTokens extends AuthClient {
  private token: Token | null = null;
  private pending: Promise<Token> | null = null;

  constructor(private readonly exchange: () => Promise<Token>) {
    super();
  }

  private async current(): Promise<string> {
    if (this.token !== null && this.token.expiresAt - RENEW_EARLY_MS > Date.now()) return this.token.value;
    this.pending ??= this.exchange().finally(() => (this.pending = null));
    this.token = await this.pending;
    return this.token.value;
  }

  async getAccessToken(): Promise<{ token: string }> {
    return { token: await this.current() };
  }

  async getRequestHeaders(): Promise<Headers> {
    return new Headers({ authorization: `Bearer ${await this.current()}` });
  }

  /** Not for sending: requests sent from here would bypass the outbound policy. The BigQuery client sends its own, authorized by getRequestHeaders. */
  request<T>(): Promise<T> {
    return Promise.reject(new Error('ServiceAccountTokens only authorizes the BigQuery client’s requests'));
  }
}
