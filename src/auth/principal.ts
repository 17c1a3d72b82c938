import type { Request } from 'express';
import type { Role } from './role.js';

/** Who is calling: from the verified token. Every query is scoped by organizationId. */
export interface Principal {
  subject: string;
  organizationId: string;
  roles: Role[];
}

/** The principal JwtAuthGuard attached; undefined on public routes and for refused tokens. */
export const principalOf = (request: Request): Principal | undefined => request.user as Principal | undefined;
