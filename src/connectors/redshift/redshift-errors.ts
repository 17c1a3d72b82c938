import { ConnectorError } from '../../sync-contract/connector-error.js';

/*
 * What a PostgreSQL-protocol error means for a sync, by SQLSTATE class: the server's own
 * message is kept (it names objects, never the password), classified so that only what
 * another try can fix is retried.
 */

const AUTH = new Set(['28000', '28P01']);
/** Wrong database, missing relation or column, no privilege, read-only violation, syntax. */
const CONFIG = new Set(['3D000', '3F000', '42P01', '42703', '42501', '25006', '42601', '42883', '42804']);
/** Statement timeout or cancel, too many connections, out of resources, serialization. */
const TRANSIENT = new Set(['57014', '53300', '53000', '53100', '53200', '40001', '40P01', '57P01', '57P02', '57P03']);

/** TLS refused by the server, or its certificate not trusted for the host name: no retry helps. */
const TLS_PROBLEM = /does not support SSL|CERT|certificate|self[- ]signed|altname/i;

export function redshiftFailure(error: unknown, where: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${where}: ${typeof message === 'string' ? message : String(error)}`;
  if (TLS_PROBLEM.test(`${String(code)} ${String(message)}`)) {
    return new ConnectorError('config', `${text} (credentials.sslMode require: TLS with a certificate valid for the host)`, false, { cause: error });
  }
  if (typeof code === 'string') {
    if (AUTH.has(code)) return new ConnectorError('auth', `${where}: the user or password was refused (${code})`, false, { cause: error });
    if (CONFIG.has(code)) return new ConnectorError('config', text, false, { cause: error });
    if (TRANSIENT.has(code) || code.startsWith('08')) return new ConnectorError('transient', text, true, { cause: error });
    if (code === 'ENOTFOUND') return new ConnectorError('config', text, false, { cause: error });
    // Network errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT…) and other server states: worth a retry.
    if (code.startsWith('E')) return new ConnectorError('transient', text, true, { cause: error });
    // A value the view cannot compute (a bad cast, a division by zero): no retry helps.
    if (code.startsWith('22')) return new ConnectorError('data', text, false, { cause: error });
  }
  // The driver's own timeouts and dropped connections carry no code; internal errors (XX) pass.
  return new ConnectorError('transient', text, true, { cause: error });
}
