import type { Server } from 'node:http';

/** Stops a fake's HTTP server: no new connections, the open ones (keep-alive) cut. */
export const closeServer = (server: Server): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error === undefined) resolve();
      else reject(error);
    });
    server.closeAllConnections();
  });
