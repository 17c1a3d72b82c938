import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the message and details name each field and rule',
  401: 'Missing, invalid or expired bearer token',
  403: 'The caller lacks the required role',
  404: 'Not found in the caller’s organization',
  409: 'Conflicts with the current state',
  413: 'Request body too large',
};

/** Documents the error responses a route can give, all in the one envelope. */
export const ApiErrorResponses = (...statuses: number[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorResponseDto })),
  );
