import { chmodSync, mkdirSync } from 'node:fs';

/**
 * Under root, where the embedded server keeps what its `postgres` user must reach and
 * the project's folders may not let it (a clone under /root, DATA_DIR at 0700): a folder
 * the project owns, which that user may traverse but not list.
 */
export const SERVER_HOME = '/var/lib/tether-integrations';

export function serverHome(): string {
  try {
    if (mkdirSync(SERVER_HOME, { recursive: true }) !== undefined) chmodSync(SERVER_HOME, 0o711);
  } catch (error) {
    throw new Error(
      `running as root, the embedded PostgreSQL keeps its files in ${SERVER_HOME}, which could not be created ` +
        `(${(error as Error).message}): set DATABASE_URL, or run the service as another user`,
      { cause: error },
    );
  }
  return SERVER_HOME;
}
