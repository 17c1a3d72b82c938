import jwt from 'jsonwebtoken';
import type { Role } from '../../src/auth/role.js';
import { TEST_JWT_SECRET } from './test-config.js';

export interface TokenOptions {
  secret?: string;
  expiresIn?: jwt.SignOptions['expiresIn'];
  /** Extra or replacement claims. */
  claims?: Record<string, unknown>;
  /** Default: `user:<organization>:<role>`. */
  subject?: string;
}

/** An HS256 token as the development setup issues them. */
export function tokenFor(organizationId: string, role: Role, options: TokenOptions = {}): string {
  return jwt.sign({ org: organizationId, roles: [role], ...options.claims }, options.secret ?? TEST_JWT_SECRET, {
    algorithm: 'HS256',
    subject: options.subject ?? `user:${organizationId}:${role}`,
    expiresIn: options.expiresIn ?? '10m',
  });
}

/** A fresh organization id per test, so tests share a database without sharing rows. */
export const newOrganization = (label = 'org'): string => `${label}-${Math.random().toString(36).slice(2, 10)}`;
