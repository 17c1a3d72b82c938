/**
 * Google's JSON error bodies, as the BigQuery v2 REST API sends them and as
 * @google-cloud/common's ApiError reads them (`code`, `message`, `errors[].reason`).
 */

export interface ErrorItem {
  message: string;
  domain: string;
  reason: string;
  location?: string;
  locationType?: string;
}

export interface GoogleErrorBody {
  error: { code: number; message: string; errors: ErrorItem[]; status: string };
}

/** The canonical google.rpc status Google's JSON errors carry beside the HTTP code. */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** An error a route answers with; thrown anywhere below the routes. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    /** Where the fault lies, and the item's own message when Google words it apart from the top one. */
    readonly extra: Pick<ErrorItem, 'location' | 'locationType'> & { itemMessage?: string } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): GoogleErrorBody {
    const { itemMessage, ...where } = this.extra;
    const item: ErrorItem = { message: itemMessage ?? this.message, domain: 'global', reason: this.reason, ...where };
    return { error: { code: this.status, message: this.message, errors: [item], status: STATUS_NAMES[this.status] ?? 'UNKNOWN' } };
  }
}

/** A query BigQuery refuses: 400 invalidQuery, located on the `q` parameter as BigQuery does. */
export const invalidQuery = (message: string): ApiFailure => new ApiFailure(400, 'invalidQuery', message, { location: 'q', locationType: 'parameter' });

/** `[line:column]`, 1-based, as BigQuery appends to query errors. */
export const at = (line: number, column: number): string => `at [${line}:${column}]`;

export const backendError = (status: 500 | 503 = 500): ApiFailure =>
  new ApiFailure(status, 'backendError', 'Error encountered during execution. Retrying may solve the problem.');

export const rateLimitExceeded = (): ApiFailure =>
  new ApiFailure(
    403,
    'rateLimitExceeded',
    'Exceeded rate limits: too many concurrent queries for this project_and_region. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
  );

export const jobRateLimitExceeded = (): ApiFailure =>
  new ApiFailure(
    400,
    'jobRateLimitExceeded',
    'Job exceeded rate limits: Your project_and_region exceeded quota for concurrent queries. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas',
  );

export const jobsCreateDenied = (projectId: string): ApiFailure =>
  new ApiFailure(403, 'accessDenied', `Access Denied: Project ${projectId}: User does not have bigquery.jobs.create permission in project ${projectId}.`);

export const jobsGetDenied = (projectId: string, jobName: string): ApiFailure =>
  new ApiFailure(403, 'accessDenied', `Access Denied: Project ${projectId}: User does not have bigquery.jobs.get permission for job ${jobName}.`);

export const tableQueryDenied = (tableName: string): ApiFailure =>
  new ApiFailure(403, 'accessDenied', `Access Denied: Table ${tableName}: User does not have permission to query table ${tableName}, or perhaps it does not exist.`);

export const tableGetDenied = (tableName: string): ApiFailure =>
  new ApiFailure(403, 'accessDenied', `Access Denied: Table ${tableName}: Permission bigquery.tables.get denied on table ${tableName} (or it may not exist).`);

export const notFound = (message: string): ApiFailure => new ApiFailure(404, 'notFound', message);

export const invalid = (message: string): ApiFailure => new ApiFailure(400, 'invalid', message);

const AUTH_HELP =
  'Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/** No Authorization header (or not a Bearer one). */
export const loginRequired = (): ApiFailure =>
  new ApiFailure(401, 'required', `Request is missing required authentication credential. ${AUTH_HELP}`, { itemMessage: 'Login Required.', location: 'Authorization', locationType: 'header' }, {
    'www-authenticate': 'Bearer realm="https://accounts.google.com/"',
  });

/** A token the fake never issued, or one expired or revoked since. */
export const invalidCredentials = (): ApiFailure =>
  new ApiFailure(401, 'authError', `Request had invalid authentication credentials. ${AUTH_HELP}`, { itemMessage: 'Invalid Credentials', location: 'Authorization', locationType: 'header' }, {
    'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
  });

/** A token granted without a BigQuery scope. */
export const insufficientScopes = (): ApiFailure =>
  new ApiFailure(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', { itemMessage: 'Insufficient Permission' }, {
    'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/bigquery"',
  });

/** The OAuth token endpoint's errors (RFC 6749 §5.2): `{error, error_description}`. */
export class OAuthFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }

  body(): { error: string; error_description: string } {
    return { error: this.error, error_description: this.description };
  }
}

export const invalidGrant = (description: string): OAuthFailure => new OAuthFailure(400, 'invalid_grant', description);
