import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { principalOf } from '../auth/principal.js';
import { RateLimitedException } from '../common/rate-limited.exception.js';
import { AppConfig } from '../config/app-config.js';
import { clientAddress } from './client-address.js';

const WINDOW_SECONDS = 60;

const limiterOf = (perMinute: number): RateLimiterMemory | undefined =>
  perMinute === 0 ? undefined : new RateLimiterMemory({ points: perMinute, duration: WINDOW_SECONDS });

/**
 * Global, after JwtAuthGuard (see AuthModule): a verified caller (organization and subject)
 * spends its own budget on every route; anything else, refused tokens included, spends its
 * client address's. Counted in this replica's memory, in windows of a minute from a key's
 * first request.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly callers: RateLimiterMemory | undefined;
  private readonly addresses: RateLimiterMemory | undefined;

  constructor(config: AppConfig) {
    this.callers = limiterOf(config.http.rateLimit.perCallerPerMinute);
    this.addresses = limiterOf(config.http.rateLimit.anonymousPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const principal = principalOf(request);
    const [limiter, key, per] =
      principal === undefined
        ? [this.addresses, clientAddress(request), 'client address']
        : [this.callers, JSON.stringify([principal.organizationId, principal.subject]), 'caller'];
    if (limiter === undefined) return true;
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      // The limiter rejects with its state when the budget is spent, with an Error otherwise.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new RateLimitedException(`Too many requests: at most ${limiter.points} a minute per ${per}; retry after ${retryAfter} s`, retryAfter);
    }
  }
}
