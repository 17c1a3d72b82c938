import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../src/config/app-config.js';
import { loadConfig } from '../../src/config/load-config.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const TEST_CREDENTIAL_KEYS = `test1:${Buffer.alloc(32, 7).toString('base64')}`;

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.js');
  return url;
}

/**
 * The environment a test app runs with; override any variable. The rate limits are
 * generous, for tests that burst from one address; the rate limit's tests set small ones.
 */
export function testEnvironment(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    CREDENTIAL_KEYS: TEST_CREDENTIAL_KEYS,
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    ...overrides,
    DATA_DIR: overrides.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'tether-test-')),
  };
}

export const testConfig = (overrides: Record<string, string | undefined> = {}): AppConfig =>
  loadConfig(testEnvironment(overrides));
