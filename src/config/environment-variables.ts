import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * The environment, validated at boot. Field names are the environment variable
 * names so that an error message names exactly what the operator has to fix.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Loopback unless set: the container image sets 0.0.0.0. */
  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /** PostgreSQL connection string; unset = an embedded PostgreSQL server in DATA_DIR (development only). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  /** HS256 shared secret (development). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  /** JWKS endpoint of the identity provider (production). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'AUTH_JWKS_URL must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.AUTH_JWKS_URL !== undefined)
  @IsString({ message: 'AUTH_ISSUER is required with AUTH_JWKS_URL' })
  AUTH_ISSUER?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((env: EnvironmentVariables) => env.AUTH_JWKS_URL !== undefined)
  @IsString({ message: 'AUTH_AUDIENCE is required with AUTH_JWKS_URL' })
  AUTH_AUDIENCE?: string;

  @IsIn(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256'])
  AUTH_JWKS_ALGORITHM = 'RS256';

  /** Claim holding the organization (tenant) id. */
  @IsString()
  @MinLength(1)
  AUTH_ORG_CLAIM = 'org';

  /** Claim holding the roles (array of strings, or one string). */
  @IsString()
  @MinLength(1)
  AUTH_ROLES_CLAIM = 'roles';

  /** Credential key ring: `id:base64key,...`; the first encrypts, all decrypt. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  CREDENTIAL_KEYS?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  MIN_CRON_INTERVAL_SECONDS = 60;

  /** Sync sessions one replica runs at once; 0 makes an API-only replica. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(64)
  SYNC_CONCURRENCY = 4;

  /** How often a running session's heartbeat is written (and cancel requests read). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  SYNC_HEARTBEAT_MS = 5_000;

  /** A running session whose heartbeat is older than this is failed as abandoned. */
  @Transform(toInt)
  @IsInt()
  @Min(1_000)
  SYNC_STALE_AFTER_MS = 60_000;

  /** How often an idle worker looks for queued sessions (a notification wakes it sooner). */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  SYNC_POLL_MS = 2_000;

  /** Attempts per execution for transient errors, resuming from the last committed cursor. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10)
  SYNC_RETRY_ATTEMPTS = 3;

  /** First retry delay; doubled each attempt, with jitter. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SYNC_RETRY_BASE_MS = 1_000;

  /** How often each replica looks for webhook deliveries that are due. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  WEBHOOK_POLL_MS = 1_000;

  /** First webhook retry delay; doubled each attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 30_000;

  /** How long a webhook delivery is retried (from its event) before it is given up as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_RETRY_WINDOW_MS = 3_600_000;

  /** How long a webhook receiver may take to answer one attempt. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Full comparison of the cron jobs with the integrations table, behind the notifications. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  SCHEDULE_RECONCILE_MS = 30_000;

  /**
   * Tests only: outbound connections (every connector's) may go to loopback addresses, over
   * http too (fakes at http://127.0.0.1:PORT), which the outbound policy otherwise refuses;
   * private, link-local and metadata addresses stay refused. Never allowed in production.
   */
  @IsIn(['true', 'false'])
  OUTBOUND_ALLOW_LOOPBACK = 'false';

  /** Offer the `sample` service (generated demo data); unset: true in development only. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['true', 'false'])
  SAMPLE_SOURCE_ENABLED?: string;

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT = '100kb';

  /** Browser origins allowed to call the API (CORS), comma-separated; unset: none. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /** Requests a minute per caller (organization and subject of the token); 0 disables the limit. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests a minute per client address without a valid token (401s included); 0 disables the limit. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE = 60;

  /** Bearer token Prometheus scrapes GET /metrics with; unset: no metrics route (404). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Reverse proxies in front of the service whose X-Forwarded-For is believed (for the client address). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** One JSON object a line (the default outside development), or colored lines for a terminal (the default in development). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(LOG_FORMATS, { message: `LOG_FORMAT must be one of: ${LOG_FORMATS.join(', ')}` })
  LOG_FORMAT?: LogFormat;

  /** The least severe level written. */
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevelName = 'info';
}
