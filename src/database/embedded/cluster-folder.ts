import { existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries.js';
import { serverHome } from './server-home.js';
import type { ServerUser } from './server-user.js';

/**
 * The cluster's folder: `DATA_DIR/postgres`. When the server runs as another user
 * (under root), a folder of its own in SERVER_HOME instead, which `DATA_DIR/postgres`
 * links to: that user cannot be assumed to reach DATA_DIR (0700, as it holds secrets;
 * its parents maybe too), and the project loosens no permission of folders it does not own.
 */
export function clusterFolder(dataDir: string, user: ServerUser): string {
  const link = resolve(dataDir, 'postgres');
  const entry = lstatSync(link, { throwIfNoEntry: false });
  if (entry?.isSymbolicLink() === true) return resolve(dirname(link), readlinkSync(link));
  if (entry !== undefined || !user.isSeparate) return link;
  const folder = mkdtempSync(join(serverHome(), 'cluster-'));
  symlinkSync(folder, link);
  return folder;
}

export const isInitialised = (folder: string): boolean => existsSync(join(folder, 'PG_VERSION'));

/**
 * Creates the cluster (superuser `postgres` with the password; every connection must
 * give it, by SCRAM). initdb runs in a sibling folder renamed into place, so an initdb
 * cut short never leaves a half-made cluster that would pass for made.
 */
export async function initialiseCluster(folder: string, password: string, user: ServerUser, binaries: PostgresBinaries): Promise<void> {
  const staging = `${folder}.initdb`;
  const passwordFile = `${folder}.pwfile`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { mode: 0o700 });
  user.own(staging);
  // initdb reads the password from a file the server user must be able to read: this copy, for it alone.
  rmSync(passwordFile, { force: true });
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  user.own(passwordFile);
  try {
    await user.run(binaries.initdb, [
      `--pgdata=${staging}`,
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--no-locale',
      '--no-instructions',
    ]);
  } finally {
    rmSync(passwordFile, { force: true });
  }
  try {
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`${folder} is in the way of the embedded cluster (${(error as Error).message}): move it away`, { cause: error });
  }
}
