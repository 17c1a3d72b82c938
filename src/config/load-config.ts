import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type KeyRing, parseKeyRing } from '../credentials/key-ring.js';
import { AppConfig, type AuthConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { parseCorsOrigins } from './cors-origins.js';
import { newCredentialKeyRing, newJwtSecret, readOrCreateDevelopmentSecret } from './development-secrets.js';
import { EnvironmentVariables } from './environment-variables.js';

/**
 * Validates the environment into an AppConfig, or throws a ConfigError listing every
 * problem. In development, missing auth and credential keys are generated into the
 * data folder (with a warning); in production they are required.
 */
export function loadConfig(environment: NodeJS.ProcessEnv): AppConfig {
  const env = plainToInstance(EnvironmentVariables, stripUnknown(environment));
  // Every problem is collected before throwing, so the operator fixes them all in one go.
  const problems = validateSync(env).flatMap((error) => Object.values(error.constraints ?? {}));

  const production = env.NODE_ENV === 'production';
  const warnings: string[] = [];
  if (production && env.DATABASE_URL === undefined) {
    problems.push('DATABASE_URL is required in production (the embedded database is for development)');
  }
  if (env.AUTH_JWKS_URL !== undefined && env.AUTH_JWT_SECRET !== undefined) {
    problems.push('set either AUTH_JWKS_URL or AUTH_JWT_SECRET, not both');
  }
  if (production && env.AUTH_JWKS_URL === undefined) {
    problems.push('AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production');
  }
  if (production && env.CREDENTIAL_KEYS === undefined) {
    problems.push('CREDENTIAL_KEYS is required in production (format: id:base64key,...)');
  }
  if (production && env.OUTBOUND_ALLOW_LOOPBACK === 'true') {
    problems.push('OUTBOUND_ALLOW_LOOPBACK is for tests only and cannot be true in production');
  }
  let keyRing: KeyRing | undefined;
  if (typeof env.CREDENTIAL_KEYS === 'string') {
    const parsed = parseKeyRing(env.CREDENTIAL_KEYS, 'CREDENTIAL_KEYS');
    if (Array.isArray(parsed)) problems.push(...parsed);
    else keyRing = parsed;
  }
  let corsOrigins: string[] = [];
  if (env.CORS_ORIGINS !== undefined) {
    const parsed = parseCorsOrigins(env.CORS_ORIGINS, 'CORS_ORIGINS');
    if ('problems' in parsed) problems.push(...parsed.problems);
    else corsOrigins = parsed.origins;
  }
  if (problems.length > 0) throw new ConfigError(problems);

  if (keyRing === undefined) {
    const generated = readOrCreateDevelopmentSecret(env.DATA_DIR, 'dev-credential-keys', newCredentialKeyRing);
    const parsed = parseKeyRing(generated.value, 'CREDENTIAL_KEYS');
    if (Array.isArray(parsed)) throw new ConfigError(parsed);
    keyRing = parsed;
    warnings.push(
      `CREDENTIAL_KEYS is not set: using a development key ring ${generated.created ? 'created' : 'read'} at ${generated.path}`,
    );
  }

  const claims = { orgClaim: env.AUTH_ORG_CLAIM, rolesClaim: env.AUTH_ROLES_CLAIM };
  let auth: AuthConfig;
  if (env.AUTH_JWKS_URL !== undefined) {
    auth = {
      ...claims,
      mode: 'jwks',
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER ?? '',
      audience: env.AUTH_AUDIENCE ?? '',
      algorithm: env.AUTH_JWKS_ALGORITHM,
    };
  } else if (env.AUTH_JWT_SECRET !== undefined) {
    auth = { ...claims, mode: 'hs256', secret: env.AUTH_JWT_SECRET };
  } else {
    const generated = readOrCreateDevelopmentSecret(env.DATA_DIR, 'dev-jwt-secret', newJwtSecret);
    auth = { ...claims, mode: 'hs256', secret: generated.value };
    warnings.push(`AUTH_JWT_SECRET is not set: using the development secret at ${generated.path}`);
  }

  return new AppConfig({
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    embeddedDatabase: false,
    dataDir: env.DATA_DIR,
    auth,
    keyRing,
    minCronIntervalSeconds: env.MIN_CRON_INTERVAL_SECONDS,
    sync: {
      concurrency: env.SYNC_CONCURRENCY,
      heartbeatMs: env.SYNC_HEARTBEAT_MS,
      staleAfterMs: env.SYNC_STALE_AFTER_MS,
      pollMs: env.SYNC_POLL_MS,
      retryAttempts: env.SYNC_RETRY_ATTEMPTS,
      retryBaseMs: env.SYNC_RETRY_BASE_MS,
      reconcileMs: env.SCHEDULE_RECONCILE_MS,
    },
    webhooks: {
      pollMs: env.WEBHOOK_POLL_MS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryWindowMs: env.WEBHOOK_RETRY_WINDOW_MS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    },
    bodyLimit: env.BODY_LIMIT,
    http: {
      corsOrigins,
      rateLimit: { perCallerPerMinute: env.RATE_LIMIT_PER_MINUTE, anonymousPerMinute: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE },
      trustProxyHops: env.TRUST_PROXY_HOPS,
    },
    logging: { format: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json'), level: env.LOG_LEVEL },
    outboundAllowLoopback: env.OUTBOUND_ALLOW_LOOPBACK === 'true',
    sampleSourceEnabled: env.SAMPLE_SOURCE_ENABLED === undefined ? env.NODE_ENV === 'development' : env.SAMPLE_SOURCE_ENABLED === 'true',
    metricsToken: env.METRICS_TOKEN,
    warnings,
  });
}

/** Only our variables reach the validator, so unrelated ones cannot fail it. */
function stripUnknown(environment: NodeJS.ProcessEnv): Record<string, string> {
  // Class fields are own properties (useDefineForClassFields), optional ones included.
  const known = new Set(Object.keys(new EnvironmentVariables()));
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => known.has(entry[0]) && entry[1] !== undefined),
  );
}
