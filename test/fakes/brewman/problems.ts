import { randomBytes } from 'node:crypto';

/**
 * ASP.NET Core's error bodies (`application/problem+json`): the ProblemDetails an
 * [ApiController] sends for 400 (model validation), 404, 415 and 500, with a W3C trace id.
 * 401 and 403 come with an empty body (what its authentication and authorization
 * middleware send by default). Which of these Brewman's server sends is not confirmed.
 */

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Text as sent; '' for an empty body. */
  body: string;
}

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const TYPES: Record<number, readonly [string, string]> = {
  400: ['https://tools.ietf.org/html/rfc7231#section-6.5.1', 'One or more validation errors occurred.'],
  404: ['https://tools.ietf.org/html/rfc7231#section-6.5.4', 'Not Found'],
  415: ['https://tools.ietf.org/html/rfc7231#section-6.5.13', 'Unsupported Media Type'],
  500: ['https://tools.ietf.org/html/rfc7231#section-6.6.1', 'An error occurred while processing your request.'],
};

/** `00-<trace id>-<span id>-00`, as ASP.NET Core writes Activity ids. */
const traceId = (): string => `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;

export function problem(status: 400 | 404 | 415 | 500, extra: Record<string, unknown> = {}): Reply {
  const [type, title] = TYPES[status] ?? ['', ''];
  return { status, headers: { 'content-type': PROBLEM_TYPE }, body: JSON.stringify({ type, title, status, traceId: traceId(), ...extra }) };
}

export const validationProblem = (errors: Record<string, string[]>): Reply => problem(400, { errors });

export const empty = (status: number, headers: Record<string, string> = {}): Reply => ({ status, headers, body: '' });

export const json = (body: unknown): Reply => ({ status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
