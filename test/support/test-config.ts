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

/** The environment a test app runs with; override any variable. */
export function testEnvironment(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    CREDENTIAL_KEYS: TEST_CREDENTIAL_KEYS,
    ...overrides,
    DATA_DIR: overrides.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'tether-test-')),
  };
}

export const testConfig = (overrides: Record<string, string | undefined> = {}): AppConfig =>
  loadConfig(testEnvironment(overrides));
