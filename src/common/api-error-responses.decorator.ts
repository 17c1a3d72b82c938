import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto.js';

/** One documented error answer: the envelope schema with an example of its own. */
export interface ErrorResponseDoc {
  status: number;
  description: string;
  example: ErrorResponseDto;
}

const INTEGRATION_ID = '0b5c3a4e-8f7d-4f4e-9a51-2f8f6f0f3c11';
const SESSION_ID = '5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60';

/** An error answer documented with its own example (the envelope around `message`). */
export function errorDoc(status: number, description: string, message: string, path: string, extra: Partial<ErrorResponseDto> = {}): ErrorResponseDoc {
  const example: ErrorResponseDto = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    message,
    ...extra,
    path,
    timestamp: '2026-11-27T10:00:00.000Z',
    correlationId: '3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10',
  };
  return { status, description, example };
}

const conflict = (message: string, path: string, extra: Partial<ErrorResponseDto> = {}): ErrorResponseDoc =>
  errorDoc(409, 'Conflicts with the current state', message, path, extra);

/** The 409s other than the default (a session already queued or running). */
export const CONFLICTS = {
  integrationName: conflict(
    'name: an integration with this name already exists in the organization (names are unique ignoring case)',
    '/integrations',
  ),
  skuCode: conflict('code: a SKU with this code already exists in the organization', '/skus'),
  channelCode: conflict('code: a channel with this code already exists in the organization', '/channels'),
  resetWhileActive: conflict(
    'a sync session is already queued or running for this integration; reset it once the session ends',
    `/integrations/${INTEGRATION_ID}/reset-sync-state`,
    { sessionId: SESSION_ID },
  ),
  sessionEnded: conflict(`sync session ${SESSION_ID} has already ended (succeeded)`, `/sync-sessions/${SESSION_ID}/cancel`, {
    sessionId: SESSION_ID,
  }),
} satisfies Record<string, ErrorResponseDoc>;

const DEFAULTS: ErrorResponseDoc[] = [
  errorDoc(
    400,
    'Invalid input: the message and details name each field and rule',
    'cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5',
    '/integrations',
    {
      details: [
        {
          field: 'cronExpression',
          rule: 'isCron',
          message: 'cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5',
        },
      ],
    },
  ),
  errorDoc(401, 'Missing, invalid or expired bearer token', 'Authentication required: jwt expired', '/integrations'),
  errorDoc(403, 'The caller lacks the required role', 'This action requires the admin role', '/integrations'),
  errorDoc(404, 'Not found in the caller’s organization', `Integration ${INTEGRATION_ID} not found`, `/integrations/${INTEGRATION_ID}`),
  conflict('a sync session is already queued or running for this integration', `/integrations/${INTEGRATION_ID}/sync`, {
    sessionId: SESSION_ID,
  }),
  errorDoc(413, 'Request body too large', 'Request body is too large', '/integrations'),
  errorDoc(
    429,
    'Rate limited: per caller, or per client address without a valid token; retry after `retryAfter` seconds',
    'Too many requests: at most 600 a minute per caller; retry after 12 s',
    '/integrations',
    { retryAfter: 12 },
  ),
  errorDoc(503, 'A dependency (the database) is unreachable', 'database unreachable', '/health'),
];
const DEFAULT_BY_STATUS = new Map(DEFAULTS.map((doc) => [doc.status, doc]));

const RETRY_AFTER_HEADER = {
  'Retry-After': { description: 'Seconds until a request is accepted again', schema: { type: 'integer', example: 12 } },
};

function responseFor(doc: ErrorResponseDoc): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status: doc.status,
    description: doc.description,
    type: ErrorResponseDto,
    example: doc.example,
    ...(doc.status === 429 ? { headers: RETRY_AFTER_HEADER } : {}),
  });
}

function docFor(response: number | ErrorResponseDoc): ErrorResponseDoc {
  if (typeof response !== 'number') return response;
  const doc = DEFAULT_BY_STATUS.get(response);
  if (doc === undefined) throw new Error(`no documented example for error status ${response}`);
  return doc;
}

/**
 * Documents the error responses a route can give, all in the one envelope, each status
 * with its own example (a status number takes its default one). Every route is rate
 * limited, so 429 is always documented.
 */
export const ApiErrorResponses = (...responses: (number | ErrorResponseDoc)[]): MethodDecorator & ClassDecorator =>
  applyDecorators(...[...responses, 429].map((response) => responseFor(docFor(response))));
