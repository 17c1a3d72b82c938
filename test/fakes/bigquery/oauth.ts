import { createPublicKey, createSign, generateKeyPairSync, type KeyObject, randomBytes, randomInt, verify } from 'node:crypto';
import { insufficientScopes, invalidCredentials, invalidGrant, loginRequired, OAuthFailure } from './errors.js';

/** A service account key file, field for field as the Cloud console downloads it. */
export interface ServiceAccountKey {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  /** PKCS#8 PEM, `\n`-separated, as in Google's files. */
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  /** The fake's own `/token` URL. */
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export interface ServiceAccountOptions {
  /** The project the account lives in (its email's domain and `project_id`). Default: the fake's projectId. */
  projectId?: string;
  /** Projects it may not use: jobs there, or reading their tables, answer 403 accessDenied. */
  deniedProjects?: string[];
}

export interface Account {
  email: string;
  projectId: string;
  clientId: string;
  keys: Map<string, { publicKey: KeyObject; revoked: boolean }>;
  deniedProjects: Set<string>;
}

interface IssuedToken {
  account: Account;
  keyId: string;
  expiresAt: number;
  /** Granted with a BigQuery (or cloud-platform) scope; without one the API answers 403. */
  bigquery: boolean;
}

export const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
const BIGQUERY_SCOPES = new Set([BIGQUERY_SCOPE, 'https://www.googleapis.com/auth/cloud-platform']);

const BAD_SIGNATURE = 'Invalid JWT Signature.';
const BAD_TIME = 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';
/** Google accepts some clock skew; the figure is not documented (this one is a guess). */
const SKEW_SECONDS = 300;

export interface ClaimOverrides {
  iss?: string;
  scope?: string;
  aud?: string;
  iat?: number;
  exp?: number;
  sub?: string;
}

/**
 * A signed JWT-bearer assertion for the key, as a service-account client makes it (RS256,
 * `iss`, `scope`, `aud` = token_uri, `iat`, `exp` = iat + 3600). Tests use it to get a
 * token as production code would; overrides make bad ones.
 */
export function signAssertion(key: Pick<ServiceAccountKey, 'client_email' | 'private_key' | 'private_key_id' | 'token_uri'>, overrides: ClaimOverrides = {}): string {
  const iat = overrides.iat ?? Math.floor(Date.now() / 1000);
  const claims = { iss: key.client_email, scope: BIGQUERY_SCOPE, aud: key.token_uri, iat, exp: iat + 3600, ...overrides };
  const encode = (part: unknown): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: key.private_key_id })}.${encode(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key.private_key, 'base64url')}`;
}

/** Service accounts, their keys, and the access tokens `/token` gives for them. */
export class OAuthServer {
  private readonly accounts = new Map<string, Account>();
  private readonly tokens = new Map<string, IssuedToken>();
  private counter = 0;

  constructor(
    private readonly tokenUrl: () => string,
    private readonly defaultProject: string,
    private readonly clock: () => number,
    private readonly tokenLifetimeSeconds: number,
  ) {}

  /** A new RSA 2048 key for the account `name` (made on first use); a second call for the same name rotates in another key. */
  createKey(name: string | undefined, options: ServiceAccountOptions = {}): ServiceAccountKey {
    const projectId = options.projectId ?? this.defaultProject;
    const email = `${name ?? `fake-sa-${++this.counter}`}@${projectId}.iam.gserviceaccount.com`;
    let account = this.accounts.get(email);
    if (account === undefined) {
      account = { email, projectId, clientId: String(randomInt(1e9, 1e10 - 1)) + String(randomInt(1e10, 1e11 - 1)), keys: new Map(), deniedProjects: new Set() };
      this.accounts.set(email, account);
    }
    for (const denied of options.deniedProjects ?? []) account.deniedProjects.add(denied);
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const keyId = randomBytes(20).toString('hex');
    account.keys.set(keyId, { publicKey: createPublicKey(publicKey), revoked: false });
    return {
      type: 'service_account',
      project_id: projectId,
      private_key_id: keyId,
      private_key: privateKey,
      client_email: email,
      client_id: account.clientId,
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: this.tokenUrl(),
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}`,
      universe_domain: 'googleapis.com',
    };
  }

  /** Revokes one key, or every key of the account: later exchanges fail and the tokens they gave stop working. */
  revokeKey(email: string, keyId?: string): void {
    const account = this.account(email);
    for (const [id, key] of account.keys) if (keyId === undefined || id === keyId) key.revoked = true;
  }

  account(email: string): Account {
    const account = this.accounts.get(email);
    if (account === undefined) throw new Error(`no service account ${email}`);
    return account;
  }

  /** The form-encoded jwt-bearer grant, checked as Google checks it. */
  exchange(form: URLSearchParams): { access_token: string; expires_in: number; token_type: 'Bearer' } {
    const grantType = form.get('grant_type');
    if (grantType !== GRANT_TYPE) throw new OAuthFailure(400, 'unsupported_grant_type', `Invalid grant_type: ${grantType ?? ''}`);
    const assertion = form.get('assertion');
    if (assertion === null || assertion === '') throw new OAuthFailure(400, 'invalid_request', 'Missing required parameter: assertion');
    const { claims, keyId } = this.verify(assertion);
    const now = this.clock() / 1000;
    const { iat, exp } = claims;
    if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 3600 || exp < now - SKEW_SECONDS || iat > now + SKEW_SECONDS) throw invalidGrant(BAD_TIME);
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter((scope) => scope !== '') : [];
    if (scopes.length === 0 || scopes.some((scope) => !scope.startsWith('https://'))) throw new OAuthFailure(400, 'invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
    const token = `ya29.c.${randomBytes(48).toString('base64url')}`;
    this.tokens.set(token, {
      account: this.account(claims.iss as string),
      keyId,
      expiresAt: this.clock() + this.tokenLifetimeSeconds * 1000,
      bigquery: scopes.some((scope) => BIGQUERY_SCOPES.has(scope)),
    });
    return { access_token: token, expires_in: this.tokenLifetimeSeconds, token_type: 'Bearer' };
  }

  /** Signature against the issuer's live keys, then the audience; the claims it carries. */
  private verify(assertion: string): { claims: Record<string, unknown>; keyId: string } {
    const parts = assertion.split('.');
    const decode = (part: string | undefined): Record<string, unknown> | null => {
      try {
        const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    };
    const header = decode(parts[0]);
    const claims = decode(parts[1]);
    if (parts.length !== 3 || header === null || claims === null || header.alg !== 'RS256') throw invalidGrant(BAD_SIGNATURE);
    if (typeof claims.iss !== 'string' || claims.iss === '') throw invalidGrant('Invalid email or User ID.');
    const account = this.accounts.get(claims.iss);
    if (account === undefined) throw invalidGrant('Invalid grant: account not found');
    const signed = Buffer.from(`${parts[0] ?? ''}.${parts[1] ?? ''}`);
    const signature = Buffer.from(parts[2] ?? '', 'base64url');
    const keyId = [...account.keys].find(([, key]) => !key.revoked && verify('RSA-SHA256', signed, key.publicKey, signature))?.[0];
    if (keyId === undefined) throw invalidGrant(BAD_SIGNATURE);
    if (claims.aud !== this.tokenUrl()) throw invalidGrant('Invalid JWT: Failed audience check.');
    return { claims, keyId };
  }

  /** The account behind an `Authorization: Bearer` header, or the API's 401 / 403. */
  authenticate(authorization: string | undefined): Account {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (match?.[1] === undefined) throw loginRequired();
    const issued = this.tokens.get(match[1]);
    if (issued === undefined || issued.expiresAt <= this.clock() || issued.account.keys.get(issued.keyId)?.revoked !== false) throw invalidCredentials();
    if (!issued.bigquery) throw insufficientScopes();
    return issued.account;
  }
}
