import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/**
 * Every outbound TCP connection this process tries while watched (the name looked up, each
 * address tried, whatever client opened it: ours, pg, or a vendor's library), to prove a
 * test reached no one but 127.0.0.1.
 */
export interface OutboundMonitor {
  readonly names: Set<string>;
  readonly addresses: Set<string>;
  stop(): void;
}

export function watchOutbound(): OutboundMonitor {
  const names = new Set<string>();
  const addresses = new Set<string>();
  const onSocket = (message: unknown): void => {
    const socket = (message as { socket: Socket }).socket;
    socket.once('lookup', (_error: Error | null, _address: string, _family: number, host: string) => names.add(host));
    socket.on('connectionAttempt', (ip: string) => addresses.add(ip));
    socket.once('connect', () => {
      if (socket.remoteAddress !== undefined) addresses.add(socket.remoteAddress);
    });
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  return { names, addresses, stop: () => diagnostics.unsubscribe('net.client.socket', onSocket) };
}
