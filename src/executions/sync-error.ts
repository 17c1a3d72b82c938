import type { ErrorKind } from '../connectors/connector-error.js';

/** What a failed session or execution records: secret-free, classified. */
export interface SyncError {
  message: string;
  kind: ErrorKind;
  retryable: boolean;
}
