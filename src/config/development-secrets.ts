import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a development-only secret from the data folder, creating it on first use,
 * so that the service and `npm run token` agree on it with no setup at all.
 */
export function readOrCreateDevelopmentSecret(dataDir: string, fileName: string, create: () => string): {
  value: string;
  created: boolean;
  path: string;
} {
  const path = join(dataDir, fileName);
  try {
    return { value: readFileSync(path, 'utf8').trim(), created: false, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const value = create();
  try {
    // 'wx' so that two processes starting together keep the first one's secret.
    writeFileSync(path, `${value}\n`, { mode: 0o600, flag: 'wx' });
    return { value, created: true, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: readFileSync(path, 'utf8').trim(), created: false, path };
  }
}

export const newJwtSecret = (): string => randomBytes(48).toString('base64url');
export const newCredentialKeyRing = (): string => `dev1:${randomBytes(32).toString('base64')}`;
export const newDatabasePassword = (): string => randomBytes(24).toString('base64url');
