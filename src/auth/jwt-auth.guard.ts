import { type ExecutionContext, HttpException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { rememberAuthenticationFailure } from './authentication-failure.js';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * Global, first: verifies the token of every route not marked @Public() and attaches the
 * principal. A refused token is not answered here but remembered: the rate limiter runs
 * next and counts the request by address (so token guessing is limited), then RolesGuard
 * answers 401.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic === true) return true;
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      if (error instanceof HttpException && !(error instanceof UnauthorizedException)) throw error;
      // jsonwebtoken itself throws on some validly signed payloads (`null` reads as no claims at all).
      const failure = error instanceof UnauthorizedException ? error : new UnauthorizedException('Authentication required: malformed token');
      rememberAuthenticationFailure(context.switchToHttp().getRequest<Request>(), failure);
      return true;
    }
  }

  override handleRequest<T>(error: unknown, user: T | false, info: unknown, context: ExecutionContext): T {
    if ((error === null || error === undefined) && user !== false && user !== undefined && user !== null) return user;
    // passport-jwt's reasons ("jwt expired", "invalid signature", "No auth token") hold no secrets.
    const reason = info instanceof Error ? info.message : 'invalid token';
    const failure = error instanceof UnauthorizedException ? error : new UnauthorizedException(`Authentication required: ${reason}`);
    rememberAuthenticationFailure(context.switchToHttp().getRequest<Request>(), failure);
    return undefined as T;
  }
}
