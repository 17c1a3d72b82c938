import { type ExecutionContext, HttpException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from './public.decorator.js';

/** Global: every route needs a valid token unless marked @Public(). */
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
      if (error instanceof HttpException) throw error;
      // jsonwebtoken itself throws on some validly signed payloads (`null` reads as no claims at all).
      throw new UnauthorizedException('Authentication required: malformed token');
    }
  }

  override handleRequest<T>(error: unknown, user: T | false, info: unknown): T {
    if (error instanceof UnauthorizedException) throw error;
    if (user === false || user === undefined || user === null) {
      // passport-jwt's reasons ("jwt expired", "invalid signature", "No auth token") hold no secrets.
      const reason = info instanceof Error ? info.message : 'invalid token';
      throw new UnauthorizedException(`Authentication required: ${reason}`);
    }
    return user;
  }
}
