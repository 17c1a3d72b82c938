import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import type { ServerUser } from './server-user.js';

const START_ATTEMPTS = 3;

/**
 * Starts the server with PostgreSQL's pg_ctl, which detaches it into a session of its
 * own (Ctrl-C in a terminal reaches the service alone, which stops the server after its
 * own graceful shutdown), logs to `server.log` in the cluster, and waits until it is
 * ready. Loopback only, on a free port chosen now; no Unix socket. Returns the port.
 */
export async function startServer(folder: string, user: ServerUser, binaries: PostgresBinaries): Promise<number> {
  const log = join(folder, 'server.log');
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    // The log of this start alone, which says why it failed; pg_ctl creates it as the server user.
    if (existsSync(log)) truncateSync(log);
    try {
      await user.run(binaries.pgCtl, [
        'start',
        `--pgdata=${folder}`,
        `--log=${log}`,
        '--wait',
        '--timeout=60',
        '--silent',
        `--options=-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
      ]);
      return port;
    } catch (error) {
      const output = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
      // Another process took the port between its choice and the server's bind.
      if (attempt < START_ATTEMPTS && output.includes('could not bind')) continue;
      // A killed server's last processes are still detaching from its shared memory: moments.
      if (attempt < START_ATTEMPTS && output.includes('pre-existing shared memory block')) {
        await sleep(1_000);
        continue;
      }
      throw new Error(`PostgreSQL did not start in ${folder}: ${output.split('\n').slice(-10).join('\n') || (error as Error).message}`, {
        cause: error,
      });
    }
  }
}

/** Stops it (fast: sessions are ended) and waits until it is gone; nothing to do if it is not running. */
export async function stopServer(folder: string, user: ServerUser, binaries: PostgresBinaries): Promise<void> {
  try {
    await user.run(binaries.pgCtl, stopArguments(folder));
  } catch (error) {
    if (existsSync(join(folder, 'postmaster.pid'))) throw error;
  }
}

export const stopArguments = (folder: string): string[] => ['stop', `--pgdata=${folder}`, '--mode=fast', '--wait', '--silent'];
