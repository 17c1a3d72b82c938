import { errorDoc } from '../common/api-error-responses.decorator.js';

/** The metrics route's own answers: its token is not the users' JWT. */
export const METRICS_ERRORS = {
  token: errorDoc(401, 'Missing or wrong metrics token', 'Authentication required: the metrics token (METRICS_TOKEN) as a bearer token', '/metrics'),
  off: errorDoc(404, 'Metrics are off (METRICS_TOKEN is not set)', 'Cannot GET /metrics', '/metrics'),
};
