import { UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';

const failures = new WeakMap<Request, UnauthorizedException>();

/** JwtAuthGuard notes why a token was refused; RolesGuard answers with it once the rate limiter has counted the request. */
export function rememberAuthenticationFailure(request: Request, failure: UnauthorizedException): void {
  failures.set(request, failure);
}

export function authenticationFailureOf(request: Request): UnauthorizedException {
  return failures.get(request) ?? new UnauthorizedException('Authentication required: invalid token');
}
