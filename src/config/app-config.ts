import type { KeyRing } from '../credentials/key-ring.js';
import type { LogFormat, LogLevelName, NodeEnv } from './environment-variables.js';

export type AuthConfig = {
  orgClaim: string;
  rolesClaim: string;
} & (
  | { mode: 'hs256'; secret: string }
  | { mode: 'jwks'; jwksUrl: string; issuer: string; audience: string; algorithm: string }
);

/** The sync engine's knobs (see EnvironmentVariables for each). */
export interface SyncConfig {
  concurrency: number;
  heartbeatMs: number;
  staleAfterMs: number;
  pollMs: number;
  retryAttempts: number;
  retryBaseMs: number;
  reconcileMs: number;
}

/** Webhook deliveries' knobs (see EnvironmentVariables for each). */
export interface WebhookConfig {
  pollMs: number;
  retryBaseMs: number;
  retryWindowMs: number;
  timeoutMs: number;
}

/** What the HTTP layer needs besides routes (see EnvironmentVariables for each). */
export interface HttpConfig {
  /** Browser origins allowed by CORS; empty: no CORS headers at all. */
  corsOrigins: readonly string[];
  /** Requests a minute; 0: not limited. */
  rateLimit: { perCallerPerMinute: number; anonymousPerMinute: number };
  /** Proxies whose X-Forwarded-For gives the client address. */
  trustProxyHops: number;
}

/** The service's own log lines (see EnvironmentVariables for each). */
export interface LoggingConfig {
  format: LogFormat;
  level: LogLevelName;
}

export interface AppConfigValues {
  env: NodeEnv;
  port: number;
  host: string;
  /** Undefined until main.ts starts the embedded database and fills it in. */
  databaseUrl: string | undefined;
  /** The database is the embedded server this process started and holds alone (its data-folder lock). */
  embeddedDatabase: boolean;
  dataDir: string;
  auth: AuthConfig;
  keyRing: KeyRing;
  minCronIntervalSeconds: number;
  sync: SyncConfig;
  webhooks: WebhookConfig;
  bodyLimit: string;
  http: HttpConfig;
  logging: LoggingConfig;
  /** Tests only (OUTBOUND_ALLOW_LOOPBACK): the outbound policy lets connectors call loopback fakes of their services. */
  outboundAllowLoopback: boolean;
  /** The `sample` service (generated demo data) is offered. */
  sampleSourceEnabled: boolean;
  /** GET /metrics's bearer token; undefined: no metrics route. */
  metricsToken: string | undefined;
  /** Things an operator should know about (generated development secrets...). */
  warnings: readonly string[];
}

/** The validated, typed configuration every module reads (injected by this class token). */
export class AppConfig implements Readonly<AppConfigValues> {
  readonly env: NodeEnv;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly embeddedDatabase: boolean;
  readonly dataDir: string;
  readonly auth: AuthConfig;
  readonly keyRing: KeyRing;
  readonly minCronIntervalSeconds: number;
  readonly sync: SyncConfig;
  readonly webhooks: WebhookConfig;
  readonly bodyLimit: string;
  readonly http: HttpConfig;
  readonly logging: LoggingConfig;
  readonly outboundAllowLoopback: boolean;
  readonly sampleSourceEnabled: boolean;
  readonly metricsToken: string | undefined;
  readonly warnings: readonly string[];

  constructor(values: AppConfigValues) {
    this.env = values.env;
    this.port = values.port;
    this.host = values.host;
    this.databaseUrl = values.databaseUrl;
    this.embeddedDatabase = values.embeddedDatabase;
    this.dataDir = values.dataDir;
    this.auth = values.auth;
    this.keyRing = values.keyRing;
    this.minCronIntervalSeconds = values.minCronIntervalSeconds;
    this.sync = values.sync;
    this.webhooks = values.webhooks;
    this.bodyLimit = values.bodyLimit;
    this.http = values.http;
    this.logging = values.logging;
    this.outboundAllowLoopback = values.outboundAllowLoopback;
    this.sampleSourceEnabled = values.sampleSourceEnabled;
    this.metricsToken = values.metricsToken;
    this.warnings = values.warnings;
  }

  /** This configuration on the embedded server at `databaseUrl`. */
  withEmbeddedDatabase(databaseUrl: string): AppConfig {
    // Every field is an own property, and the values are plain data: a shallow copy is the whole configuration.
    const values: AppConfigValues = { ...(this as AppConfigValues) };
    return new AppConfig({ ...values, databaseUrl, embeddedDatabase: true });
  }
}
