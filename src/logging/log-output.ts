import type { DestinationStream } from 'pino';

/**
 * Where pino writes: `destination` (tests read the JSON lines there) or stdout; `quiet`
 * when the app was given another Nest logger (the tests' captured one), so that pino
 * writes nothing at all.
 */
export interface LogOutput {
  destination?: DestinationStream;
  quiet?: boolean;
}

export const isLogOutput = (value: unknown): value is LogOutput =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('destination' in value || 'quiet' in value);
