import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

const KEY = randomBytes(32).toString('base64');
const SECRET = 'a-development-secret-of-at-least-32-characters';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tether-config-spec-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The problems loadConfig reports for an environment (fails the test if it succeeds). */
function problemsOf(environment: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    // The message lists every problem too, one per line.
    for (const problem of configError.problems) expect(configError.message).toContain(`  - ${problem}`);
    return configError.problems;
  }
  throw new Error('expected a ConfigError');
}

const production = (overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  NODE_ENV: 'production',
  DATA_DIR: tempDir(),
  DATABASE_URL: 'postgres://tether@db.internal:5432/tether',
  AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
  AUTH_ISSUER: 'https://idp.example/',
  AUTH_AUDIENCE: 'tether-integrations',
  CREDENTIAL_KEYS: `k1:${KEY}`,
  ...overrides,
});

describe('loadConfig', () => {
  describe('in development with nothing set', () => {
    it('uses the defaults and generates the secrets into DATA_DIR, with warnings', () => {
      const dataDir = join(tempDir(), 'nested', 'data');
      const config = loadConfig({ DATA_DIR: dataDir });

      expect(config).toMatchObject({
        env: 'development',
        port: 3000,
        host: '127.0.0.1',
        databaseUrl: undefined,
        dataDir,
        minCronIntervalSeconds: 60,
        bodyLimit: '100kb',
        http: { corsOrigins: [], rateLimit: { perCallerPerMinute: 600, anonymousPerMinute: 60 }, trustProxyHops: 0 },
      });
      const secretPath = join(dataDir, 'dev-jwt-secret');
      const keysPath = join(dataDir, 'dev-credential-keys');
      expect(existsSync(secretPath)).toBe(true);
      expect(existsSync(keysPath)).toBe(true);
      // Owner-only: these are secrets.
      expect(statSync(secretPath).mode & 0o777).toBe(0o600);
      expect(statSync(keysPath).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);

      const secret = readFileSync(secretPath, 'utf8').trim();
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(config.auth).toEqual({ mode: 'hs256', secret, orgClaim: 'org', rolesClaim: 'roles' });

      const keySpec = readFileSync(keysPath, 'utf8').trim();
      expect(keySpec).toMatch(/^dev1:[A-Za-z0-9+/]{43}=$/);
      expect(config.keyRing.active.id).toBe('dev1');
      expect(config.keyRing.active.key).toHaveLength(32);
      expect(config.keyRing.active.key.toString('base64')).toBe(keySpec.slice('dev1:'.length));

      expect(config.warnings).toEqual([
        expect.stringMatching(new RegExp(`^CREDENTIAL_KEYS is not set: using a development key ring created at .*dev-credential-keys$`)),
        expect.stringMatching(/^AUTH_JWT_SECRET is not set: using the development secret at .*dev-jwt-secret$/),
      ]);
      // Warnings say where the secrets are, never what they are.
      for (const warning of config.warnings) {
        expect(warning).not.toContain(secret);
        expect(warning).not.toContain(keySpec.slice('dev1:'.length));
      }
    });

    it('reuses the generated secrets on the next load', () => {
      const dataDir = tempDir();
      const first = loadConfig({ DATA_DIR: dataDir });
      const secretFile = readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8');
      const keysFile = readFileSync(join(dataDir, 'dev-credential-keys'), 'utf8');

      const second = loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'development' });
      expect(second.auth).toEqual(first.auth);
      expect(second.keyRing.active.key.equals(first.keyRing.active.key)).toBe(true);
      expect(readFileSync(join(dataDir, 'dev-jwt-secret'), 'utf8')).toBe(secretFile);
      expect(readFileSync(join(dataDir, 'dev-credential-keys'), 'utf8')).toBe(keysFile);
      expect(second.warnings).toEqual([
        expect.stringContaining('using a development key ring read at'),
        expect.stringContaining('AUTH_JWT_SECRET is not set'),
      ]);
    });

    it('generates secrets per data folder', () => {
      const a = loadConfig({ DATA_DIR: tempDir() });
      const b = loadConfig({ DATA_DIR: tempDir() });
      expect(a.auth.mode === 'hs256' && b.auth.mode === 'hs256' && a.auth.secret !== b.auth.secret).toBe(true);
      expect(a.keyRing.active.key.equals(b.keyRing.active.key)).toBe(false);
    });

    it('generates nothing, and warns of nothing, for what is set', () => {
      const dataDir = tempDir();
      const config = loadConfig({ DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET, CREDENTIAL_KEYS: `mine:${KEY}` });
      expect(config.warnings).toEqual([]);
      expect(existsSync(join(dataDir, 'dev-jwt-secret'))).toBe(false);
      expect(existsSync(join(dataDir, 'dev-credential-keys'))).toBe(false);
      expect(config.auth).toMatchObject({ mode: 'hs256', secret: SECRET });
      expect(config.keyRing.active.id).toBe('mine');
    });

    it('treats blank optional variables as unset', () => {
      const dataDir = tempDir();
      const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', AUTH_JWT_SECRET: '  ', AUTH_JWKS_URL: '', CREDENTIAL_KEYS: '' });
      expect(config.databaseUrl).toBeUndefined();
      expect(config.auth.mode).toBe('hs256');
      expect(config.warnings).toHaveLength(2);
    });

    it('ignores variables that are not its own', () => {
      const config = loadConfig({ DATA_DIR: tempDir(), AUTH_JWT_SECRET: SECRET, CREDENTIAL_KEYS: `k:${KEY}`, PATH: '', FOO: 'x' });
      expect(config.env).toBe('development');
    });

    it('parses numbers and keeps the other settings', () => {
      const config = loadConfig({
        DATA_DIR: tempDir(),
        AUTH_JWT_SECRET: SECRET,
        CREDENTIAL_KEYS: `k:${KEY}`,
        PORT: ' 8080 ',
        HOST: '0.0.0.0',
        MIN_CRON_INTERVAL_SECONDS: '300',
        BODY_LIMIT: '1mb',
        AUTH_ORG_CLAIM: 'https://tether.example/org',
        AUTH_ROLES_CLAIM: 'permissions',
        DATABASE_URL: 'postgresql://u@h/db',
        CORS_ORIGINS: ' https://app.tether.example,http://127.0.0.1:5173 ,https://app.tether.example',
        RATE_LIMIT_PER_MINUTE: '0',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '20',
        TRUST_PROXY_HOPS: '1',
      });
      expect(config).toMatchObject({
        port: 8080,
        host: '0.0.0.0',
        http: {
          corsOrigins: ['https://app.tether.example', 'http://127.0.0.1:5173'],
          rateLimit: { perCallerPerMinute: 0, anonymousPerMinute: 20 },
          trustProxyHops: 1,
        },
        minCronIntervalSeconds: 300,
        bodyLimit: '1mb',
        databaseUrl: 'postgresql://u@h/db',
        auth: { orgClaim: 'https://tether.example/org', rolesClaim: 'permissions' },
      });
    });

    it('offers the sample service unless SAMPLE_SOURCE_ENABLED says otherwise', () => {
      const set = { DATA_DIR: tempDir(), AUTH_JWT_SECRET: SECRET, CREDENTIAL_KEYS: `k:${KEY}` };
      expect(loadConfig(set).sampleSourceEnabled).toBe(true);
      expect(loadConfig({ ...set, SAMPLE_SOURCE_ENABLED: 'false' }).sampleSourceEnabled).toBe(false);
      expect(loadConfig({ ...set, SAMPLE_SOURCE_ENABLED: '' }).sampleSourceEnabled).toBe(true);
    });

    it('refuses a broken generated key ring instead of silently replacing it', () => {
      const dataDir = tempDir();
      writeFileSync(join(dataDir, 'dev-credential-keys'), 'dev1:tooshort\n');
      expect(problemsOf({ DATA_DIR: dataDir, AUTH_JWT_SECRET: SECRET })).toEqual([
        'CREDENTIAL_KEYS key "dev1" must be 32 bytes encoded in base64',
      ]);
    });
  });

  describe('in production', () => {
    it('accepts a complete environment and writes nothing to DATA_DIR', () => {
      const environment = production();
      const config = loadConfig(environment);
      expect(config.env).toBe('production');
      expect(config.auth).toEqual({
        mode: 'jwks',
        jwksUrl: 'https://idp.example/.well-known/jwks.json',
        issuer: 'https://idp.example/',
        audience: 'tether-integrations',
        algorithm: 'RS256',
        orgClaim: 'org',
        rolesClaim: 'roles',
      });
      expect(config.databaseUrl).toBe('postgres://tether@db.internal:5432/tether');
      expect(config.keyRing.active.id).toBe('k1');
      expect(config.warnings).toEqual([]);
      expect(existsSync(join(environment.DATA_DIR ?? '', 'dev-jwt-secret'))).toBe(false);
      expect(existsSync(join(environment.DATA_DIR ?? '', 'dev-credential-keys'))).toBe(false);
    });

    it('offers the sample service only when SAMPLE_SOURCE_ENABLED=true', () => {
      expect(loadConfig(production()).sampleSourceEnabled).toBe(false);
      expect(loadConfig(production({ SAMPLE_SOURCE_ENABLED: 'true' })).sampleSourceEnabled).toBe(true);
      expect(loadConfig(production({ NODE_ENV: 'test', SAMPLE_SOURCE_ENABLED: undefined })).sampleSourceEnabled).toBe(false);
    });

    it('refuses OUTBOUND_ALLOW_LOOPBACK=true (tests only); off unless set', () => {
      expect(problemsOf(production({ OUTBOUND_ALLOW_LOOPBACK: 'true' }))).toEqual(['OUTBOUND_ALLOW_LOOPBACK is for tests only and cannot be true in production']);
      expect(loadConfig(production()).outboundAllowLoopback).toBe(false);
      expect(loadConfig(production({ NODE_ENV: 'test', OUTBOUND_ALLOW_LOOPBACK: 'true' })).outboundAllowLoopback).toBe(true);
    });

    it('lists every missing requirement at once', () => {
      const dataDir = tempDir();
      const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: dataDir });
      expect(problems).toEqual([
        'DATABASE_URL is required in production (the embedded database is for development)',
        'AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production',
        'CREDENTIAL_KEYS is required in production (format: id:base64key,...)',
      ]);
      // Nothing generated for a configuration that is refused.
      expect(existsSync(join(dataDir, 'dev-jwt-secret'))).toBe(false);
      expect(existsSync(join(dataDir, 'dev-credential-keys'))).toBe(false);
    });

    it('does not accept a shared secret instead of a JWKS', () => {
      const problems = problemsOf(
        production({ AUTH_JWKS_URL: undefined, AUTH_ISSUER: undefined, AUTH_AUDIENCE: undefined, AUTH_JWT_SECRET: SECRET }),
      );
      expect(problems).toEqual(['AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production']);
    });

    it('requires AUTH_ISSUER and AUTH_AUDIENCE with AUTH_JWKS_URL', () => {
      const problems = problemsOf(production({ AUTH_ISSUER: undefined, AUTH_AUDIENCE: '' }));
      expect(problems).toEqual(['AUTH_ISSUER is required with AUTH_JWKS_URL', 'AUTH_AUDIENCE is required with AUTH_JWKS_URL']);
    });

    it('lists format problems together with missing requirements', () => {
      const problems = problemsOf({ NODE_ENV: 'production', PORT: 'abc', DATA_DIR: tempDir() });
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^PORT /),
          'DATABASE_URL is required in production (the embedded database is for development)',
          'AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) is required in production',
          'CREDENTIAL_KEYS is required in production (format: id:base64key,...)',
        ]),
      );
    });

    it('lists key ring problems together with the others, without quoting keys', () => {
      const short = randomBytes(16).toString('base64');
      const problems = problemsOf(production({ DATABASE_URL: undefined, CREDENTIAL_KEYS: `k1:${short}` }));
      expect(problems).toEqual([
        'DATABASE_URL is required in production (the embedded database is for development)',
        'CREDENTIAL_KEYS key "k1" must be 32 bytes encoded in base64',
      ]);
      expect(problems.join('\n')).not.toContain(short);
    });
  });

  describe('logging', () => {
    const env = (overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ DATA_DIR: tempDir(), AUTH_JWT_SECRET: SECRET, CREDENTIAL_KEYS: `k:${KEY}`, ...overrides });

    it('writes pretty lines in development and JSON lines elsewhere, at info, unless told otherwise', () => {
      expect(loadConfig(env({})).logging).toEqual({ format: 'pretty', level: 'info' });
      expect(loadConfig(env({ NODE_ENV: 'test' })).logging).toEqual({ format: 'json', level: 'info' });
      expect(loadConfig(production()).logging).toEqual({ format: 'json', level: 'info' });
      expect(loadConfig(production({ LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' })).logging).toEqual({ format: 'pretty', level: 'debug' });
      expect(loadConfig(env({ LOG_FORMAT: '' })).logging.format).toBe('pretty');
    });
  });

  describe('names the variable in each problem', () => {
    const base = (overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
      DATA_DIR: tempDir(),
      AUTH_JWT_SECRET: SECRET,
      CREDENTIAL_KEYS: `k:${KEY}`,
      ...overrides,
    });

    it.each([
      ['PORT', { PORT: 'abc' }],
      ['PORT', { PORT: '70000' }],
      ['PORT', { PORT: '-1' }],
      ['PORT', { PORT: '30.5' }],
      ['MIN_CRON_INTERVAL_SECONDS', { MIN_CRON_INTERVAL_SECONDS: '0' }],
      ['MIN_CRON_INTERVAL_SECONDS', { MIN_CRON_INTERVAL_SECONDS: 'hourly' }],
      ['NODE_ENV', { NODE_ENV: 'prod' }],
      ['DATABASE_URL', { DATABASE_URL: 'mysql://u@h/db' }],
      ['AUTH_JWKS_URL', { AUTH_JWKS_URL: 'not a url', AUTH_JWT_SECRET: undefined, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }],
      ['AUTH_JWKS_ALGORITHM', { AUTH_JWKS_ALGORITHM: 'HS256' }],
      ['BODY_LIMIT', { BODY_LIMIT: 'lots' }],
      ['AUTH_ORG_CLAIM', { AUTH_ORG_CLAIM: '' }],
      ['CREDENTIAL_KEYS', { CREDENTIAL_KEYS: 'no-colon-here' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: '*' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.tether.example/' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.tether.example/admin' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'https://App.tether.example' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'app.tether.example' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'ftp://files.tether.example' }],
      ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '-1' }],
      ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: 'lots' }],
      ['RATE_LIMIT_ANONYMOUS_PER_MINUTE', { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1.5' }],
      ['TRUST_PROXY_HOPS', { TRUST_PROXY_HOPS: 'true' }],
      ['TRUST_PROXY_HOPS', { TRUST_PROXY_HOPS: '11' }],
      ['HOST', { HOST: '' }],
      ['SAMPLE_SOURCE_ENABLED', { SAMPLE_SOURCE_ENABLED: 'yes' }],
      ['LOG_FORMAT', { LOG_FORMAT: 'text' }],
      ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
      ['METRICS_TOKEN', { METRICS_TOKEN: 'short-token' }],
    ])('%s (%j)', (variable, overrides) => {
      const problems = problemsOf(base(overrides));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toContain(variable);
    });

    it('LOG_FORMAT and LOG_LEVEL, listing the accepted values', () => {
      expect(problemsOf(base({ LOG_FORMAT: 'text', LOG_LEVEL: 'loud' }))).toEqual([
        'LOG_FORMAT must be one of: json, pretty',
        'LOG_LEVEL must be one of: fatal, error, warn, info, debug, trace, silent',
      ]);
    });

    it('AUTH_JWT_SECRET too short, without quoting it', () => {
      const short = 'short-secret-value';
      expect(problemsOf(base({ AUTH_JWT_SECRET: short }))).toEqual(['AUTH_JWT_SECRET must be at least 32 characters']);
    });

    it('both AUTH_JWKS_URL and AUTH_JWT_SECRET', () => {
      const problems = problemsOf(
        base({ AUTH_JWKS_URL: 'https://idp.example/jwks.json', AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'tether' }),
      );
      expect(problems).toEqual(['set either AUTH_JWKS_URL or AUTH_JWT_SECRET, not both']);
      expect(problems[0]).toContain('AUTH_JWKS_URL');
      expect(problems[0]).toContain('AUTH_JWT_SECRET');
    });

    it('several at once, each named', () => {
      const problems = problemsOf(
        base({ PORT: 'abc', MIN_CRON_INTERVAL_SECONDS: '0', AUTH_JWT_SECRET: 'too-short', BODY_LIMIT: 'x' }),
      );
      for (const variable of ['PORT', 'MIN_CRON_INTERVAL_SECONDS', 'AUTH_JWT_SECRET', 'BODY_LIMIT']) {
        expect(problems.some((p) => p.startsWith(variable))).toBe(true);
      }
      expect(problems.join('\n')).not.toContain('too-short');
    });
  });
});
