import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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
  if (!(await servesCluster(Number(port), password, folder))) {
    await reaped(Number(pid));
    return undefined;
  }
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

/** How long a dead server may stay a zombie before its start is tried anyway. */
const REAP_TIMEOUT_MS = 15_000;

/**
 * A server killed with -9 stays a zombie until init reaps it, which some containers' init
 * does only every few seconds; PostgreSQL takes a zombie's pid in postmaster.pid for a live
 * server and refuses to start. Waits for the zombie to go (Linux: /proc; elsewhere nothing to wait for).
 */
async function reaped(pid: number): Promise<void> {
  const deadline = Date.now() + REAP_TIMEOUT_MS;
  while (isZombie(pid) && Date.now() < deadline) await sleep(100);
}

function isZombie(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    // "<pid> (<name>) <state> ...": the name may hold spaces and parentheses, the state follows the last ')'.
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
