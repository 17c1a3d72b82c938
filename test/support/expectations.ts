import { STATUS_CODES } from 'node:http';
import { expect } from '@jest/globals';
import type { components } from '../../openapi/schema.js';

export type ErrorBody = components['schemas']['ErrorResponseDto'];
export type ValidationDetail = components['schemas']['ValidationDetailDto'];

/** What every generated-client call returns; only the parts the assertions read. */
export interface ApiResult {
  response: Response;
  data?: unknown;
  error?: unknown;
}

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Asserts the status, showing the body when it differs (a bare status mismatch says little). */
export function expectStatus(result: ApiResult, status: number): void {
  expect({ status: result.response.status, body: result.error ?? result.data }).toMatchObject({ status });
}

/**
 * Asserts an error response in the one envelope, with exactly the envelope's fields;
 * returns the body for further checks.
 */
export function expectError(result: ApiResult, status: number): ErrorBody {
  expectStatus(result, status);
  const body = result.error as ErrorBody;
  const fields = ['statusCode', 'error', 'message', 'path', 'timestamp', 'correlationId'];
  const optional = ['details', 'sessionId', 'retryAfter'].filter((field) => (body as Record<string, unknown>)[field] !== undefined);
  expect(Object.keys(body).sort()).toEqual([...fields, ...optional].sort());
  expect(body.statusCode).toBe(status);
  expect(body.error).toBe(STATUS_CODES[status]);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
  expect(body.path).toBe(new URL(result.response.url).pathname);
  expect(body.timestamp).toMatch(ISO_INSTANT);
  expect(body.correlationId).toMatch(UUID);
  expect(result.response.headers.get('x-request-id')).toBe(body.correlationId);
  return body;
}

/**
 * Asserts a 400 whose details hold an entry for this field and rule, with a message
 * naming the field; returns that entry.
 */
export function expectValidationError(result: ApiResult, field: string, rule: string): ValidationDetail {
  const body = expectError(result, 400);
  expect(body.details).toContainEqual(expect.objectContaining({ field, rule }));
  const detail = (body.details ?? []).find((d) => d.field === field && d.rule === rule) as ValidationDetail;
  expect(detail.message).toContain(field);
  expect(body.message).toContain(detail.message);
  return detail;
}
