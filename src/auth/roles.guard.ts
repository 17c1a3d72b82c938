import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { authenticationFailureOf } from './authentication-failure.js';
import { principalOf } from './principal.js';
import { IS_PUBLIC } from './public.decorator.js';
import { REQUIRED_ROLE } from './roles.decorator.js';
import type { Role } from './role.js';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Global, last: refuses a request whose token was not verified (401, see JwtAuthGuard),
 * then checks the role (403). Admins may do everything, viewers may only read. Safe by
 * default: a route that changes something needs admin unless it says otherwise.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const principal = principalOf(request);
    if (principal === undefined) throw authenticationFailureOf(request);
    const required: Role =
      this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets) ?? (READ_METHODS.has(request.method) ? 'viewer' : 'admin');
    const { roles } = principal;
    if (roles.includes('admin') || (required === 'viewer' && roles.includes('viewer'))) return true;
    throw new ForbiddenException(`This action requires the ${required} role`);
  }
}
