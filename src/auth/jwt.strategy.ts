import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy, type StrategyOptionsWithoutRequest } from 'passport-jwt';
import type { Algorithm } from 'jsonwebtoken';
import { AppConfig, type AuthConfig } from '../config/app-config.js';
import { hasNulCharacter } from '../common/no-nul-characters.decorator.js';
import type { Principal } from './principal.js';
import { isRole } from './role.js';

// Claims end up in text columns (organization ids, audit subjects): PostgreSQL text holds no NUL.
const MAX_CLAIM_LENGTH = 200;
const isClaimText = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_CLAIM_LENGTH && !hasNulCharacter(value);

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

  validate(payload: unknown): Principal {
    const { orgClaim, rolesClaim } = this.config.auth;
    // A signature proves who issued the payload, not that it is a claims object.
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      throw new UnauthorizedException('token payload is not a JSON object of claims');
    }
    const claims = payload as Record<string, unknown>;
    // jsonwebtoken accepts tokens without `exp`; we do not.
    if (typeof claims.exp !== 'number') throw new UnauthorizedException('token has no expiry (exp)');
    const organizationId = claims[orgClaim];
    if (typeof organizationId !== 'string' || organizationId === '') {
      throw new UnauthorizedException(`token has no organization claim "${orgClaim}"`);
    }
    const subject = claims.sub ?? 'unknown';
    const invalid = (name: string): UnauthorizedException =>
      new UnauthorizedException(`token claim "${name}" must be a non-empty string of at most ${MAX_CLAIM_LENGTH} characters without NUL`);
    if (!isClaimText(organizationId)) throw invalid(orgClaim);
    if (!isClaimText(subject)) throw invalid('sub');
    const claimed = claims[rolesClaim];
    const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
    return { subject, organizationId, roles };
  }
}
