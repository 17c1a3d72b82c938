import type { ErrorKind } from '../sync-contract/connector-error.js';

/** What a failed session or execution records: secret-free, classified. */
export interface SyncError {
  message: string;
  kind: ErrorKind;
  retryable: boolean;
}
