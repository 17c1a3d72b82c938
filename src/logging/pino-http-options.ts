import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { CORRELATION_HEADER } from '../common/correlation-id.middleware.js';
import type { LoggingConfig } from '../config/app-config.js';
import { redactedPaths } from './redacted-paths.js';
import { requestRoute } from '../common/request-route.js';

/** What a request line keeps of the request and the response: no URL (ids, query strings), no headers (tokens, cookies). */
/** A request no route matched (an unknown path): logged as such, never by its URL. */
const NO_ROUTE = '(no route)';

const serializers = {
  req: ({ id, method }: { id: unknown; method: unknown }) => ({ id, method }),
  res: ({ statusCode }: { statusCode: unknown }) => ({ statusCode }),
};

const levelOf = (_request: IncomingMessage, response: ServerResponse, error?: Error): LevelWithSilent =>
  error !== undefined || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info';

/**
 * One line per request (method, matched route, status, duration) and, through nestjs-pino,
 * the request's id on every line logged while it runs. The id is the correlation id the
 * middleware set (`x-request-id`, echoed to the caller). `credentialFields`: the
 * connectors' credential field names, redacted wherever they appear in a logged object.
 */
export function pinoHttpOptions(logging: LoggingConfig, credentialFields: readonly string[]): Options {
  return {
    level: logging.level,
    genReqId: (request) => {
      const id = request.headers[CORRELATION_HEADER];
      return typeof id === 'string' ? id : randomUUID();
    },
    serializers,
    customAttributeKeys: { responseTime: 'durationMs' },
    customLogLevel: levelOf,
    // Called once the response is sent, when Express knows the route.
    customSuccessObject: (request, _response, value: object) => ({ ...value, route: requestRoute(request) ?? NO_ROUTE }),
    customErrorObject: (request, _response, _error, value: object) => ({ ...value, route: requestRoute(request) ?? NO_ROUTE }),
    customSuccessMessage: (request, response) => `${request.method ?? ''} ${requestRoute(request) ?? NO_ROUTE} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method ?? ''} ${requestRoute(request) ?? NO_ROUTE} ${response.statusCode}`,
    redact: { paths: redactedPaths(credentialFields), censor: '[redacted]' },
  };
}
