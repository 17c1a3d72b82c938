import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { principalOf } from '../auth/principal.js';
import { CORRELATION_HEADER } from '../common/correlation-id.middleware.js';
import type { AuditContext } from './audit-context.js';

/**
 * For a route that changes something: the caller and the request id (the correlation
 * middleware always sets one), to hand to the service that records the change.
 */
export const CurrentAuditContext = createParamDecorator((_: unknown, context: ExecutionContext): AuditContext => {
  const request = context.switchToHttp().getRequest<Request>();
  const principal = principalOf(request);
  // Only reachable on a public route, which changes nothing.
  if (principal === undefined) throw new Error('CurrentAuditContext used on a route without a principal');
  return { organizationId: principal.organizationId, subject: principal.subject, correlationId: request.header(CORRELATION_HEADER) ?? '' };
});
