import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL embedded (PGlite) for development with nothing installed, served on a
 * loopback port to the ordinary `pg` driver, so the service runs the same code on it
 * as on a real server. One process per data folder: PGlite has no lock of its own.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lockPath: string,
    readonly url: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const lockPath = join(dataDir, 'pglite.lock');
    takeLock(lockPath);
    try {
      const db = await PGlite.create(join(dataDir, 'pglite'));
      // Transactions from several connections are serialised by the server.
      const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
      await server.start();
      return new EmbeddedPostgres(db, server, lockPath, `postgres://postgres@${server.getServerConn()}/postgres`);
    } catch (error) {
      rmSync(lockPath, { force: true });
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(this.lockPath, { force: true });
  }
}

function takeLock(lockPath: string): void {
  try {
    writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readFileSync(lockPath, 'utf8'));
  if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
    throw new Error(`the embedded database in ${lockPath} is in use by process ${holder}; stop it first`);
  }
  // Left behind by a process that died: take it over.
  writeFileSync(lockPath, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
