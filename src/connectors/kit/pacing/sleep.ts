import { setTimeout as delay } from 'node:timers/promises';

/** Waits `ms` (a test passes one that moves its fake clock instead). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const timerSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, { signal });
};
