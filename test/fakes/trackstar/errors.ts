import { type QueryErrors } from './filters.js';

/**
 * TrackStar's error bodies: `{"error": "...", "origin": "trackstar" | "integration"}`,
 * with `detail` on a 422 and `id` on a 404 (its ValidationError and HTTPError schemas).
 */
export type Origin = 'trackstar' | 'integration';

export interface ErrorBody {
  error: string;
  origin: Origin;
  detail?: { query: QueryErrors };
  id?: string;
}

/** A reply a handler gives up with; the router sends it. */
export class TrackStarFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error);
  }
}

export const INVALID_API_KEY = 'Invalid API key';
export const INVALID_ACCESS_TOKEN = 'Invalid access token';

export const unauthorized = (message: typeof INVALID_API_KEY | typeof INVALID_ACCESS_TOKEN): TrackStarFailure =>
  new TrackStarFailure(401, { error: message, origin: 'trackstar' });

/** APIFlask's "Validation error", the parameters' messages under `detail.query`. */
export const validationError = (errors: QueryErrors): TrackStarFailure =>
  new TrackStarFailure(422, { error: 'Validation error', origin: 'trackstar', detail: { query: errors } });

/** The documented 501 text: "Endpoint get_returns is not implemented for Cool WMS". */
export const notImplemented = (functionName: string, integrationName: string): TrackStarFailure =>
  new TrackStarFailure(501, { error: `Endpoint ${functionName} is not implemented for ${integrationName}`, origin: 'trackstar' });

// The wording of these three is the fake's own (not documented).
export const notFound = (what: string, id: string): TrackStarFailure => new TrackStarFailure(404, { error: `${what} not found`, id, origin: 'trackstar' });
export const routeNotFound = (): TrackStarFailure => new TrackStarFailure(404, { error: 'Not Found', origin: 'trackstar' });
export const tooManyRequests = (limit: number): ErrorBody => ({ error: `Rate limit exceeded: ${limit} per 1 second`, origin: 'trackstar' });

/** 500 from the API itself (JSON); 502 and 503 as a load balancer in front sends them (HTML). */
export const SERVER_ERROR_BODIES: Record<500 | 502 | 503, { contentType: string; body: string }> = {
  500: { contentType: 'application/json', body: JSON.stringify({ error: 'Internal Server Error', origin: 'trackstar' }) },
  502: {
    contentType: 'text/html',
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
  },
  503: {
    contentType: 'text/html',
    body: '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n',
  },
};
