import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy, type StrategyOptionsWithoutRequest } from 'passport-jwt';
import type { Algorithm } from 'jsonwebtoken';
import { AppConfig, type AuthConfig } from '../config/app-config.js';
import type { Principal } from './principal.js';
import { isRole } from './role.js';

function strategyOptions(auth: AuthConfig): StrategyOptionsWithoutRequest {
  const jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
  if (auth.mode === 'hs256') {
    return { jwtFromRequest, secretOrKey: auth.secret, algorithms: ['HS256'], ignoreExpiration: false };
  }
  return {
    jwtFromRequest,
    secretOrKeyProvider: passportJwtSecret({ jwksUri: auth.jwksUrl, cache: true, rateLimit: true, jwksRequestsPerMinute: 10 }),
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: [auth.algorithm as Algorithm],
    ignoreExpiration: false,
  };
}

/** Bearer JWT: HS256 with a shared secret, or a JWKS with issuer and audience; algorithm pinned. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(private readonly config: AppConfig) {
    super(strategyOptions(config.auth));
  }

  validate(payload: Record<string, unknown>): Principal {
    const { orgClaim, rolesClaim } = this.config.auth;
    // jsonwebtoken accepts tokens without `exp`; we do not.
    if (typeof payload.exp !== 'number') throw new UnauthorizedException('token has no expiry (exp)');
    const organizationId = payload[orgClaim];
    if (typeof organizationId !== 'string' || organizationId === '') {
      throw new UnauthorizedException(`token has no organization claim "${orgClaim}"`);
    }
    const claimed = payload[rolesClaim];
    const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
    return { subject: typeof payload.sub === 'string' ? payload.sub : 'unknown', organizationId, roles };
  }
}
