import type { ErrorKind } from '../../../sync-contract/connector-error.js';

/**
 * What an HTTP status means for a connector: 401/403 the credentials were refused
 * (`auth`), 404/501 the integration points at something that is not there (`config`),
 * 408/429/5xx worth another try (`transient`), any other 4xx the request or its data is
 * wrong (`data`). Null below 400: not a failure by its status.
 */
export function httpErrorKind(status: number): ErrorKind | null {
  if (status < 400) return null;
  if (status === 401 || status === 403) return 'auth';
  if (status === 404 || status === 501) return 'config';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  return 'data';
}
