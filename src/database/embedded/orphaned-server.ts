import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { stopServer } from './pg-ctl.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import type { ServerUser } from './server-user.js';

/**
 * After a kill -9 of the service, the server it started lives on (detached) and holds
 * the cluster. The next owner of the data folder's lock stops it, once it has proved to
 * be this cluster's server (it accepts this cluster's password and names this data
 * directory): when the server died too, its postmaster.pid is stale and its pid may
 * belong to another process by now, which must not be signalled; PostgreSQL itself
 * replaces a stale postmaster.pid. Returns the pid of the server it stopped.
 */
export async function stopOrphanedServer(folder: string, password: string, user: ServerUser, binaries: PostgresBinaries): Promise<number | undefined> {
  let pidFile: string;
  try {
    pidFile = readFileSync(join(folder, 'postmaster.pid'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Its lines: pid, data directory, start time, port, ...
  const [pid, , , port] = pidFile.split('\n');
  if (!(await servesCluster(Number(port), password, folder))) return undefined;
  await stopServer(folder, user, binaries);
  return Number(pid);
}

async function servesCluster(port: number, password: string, folder: string): Promise<boolean> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return false;
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres', connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ directory: string }>("SELECT current_setting('data_directory') AS directory");
    return rows[0]?.directory === realpathSync(folder);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
