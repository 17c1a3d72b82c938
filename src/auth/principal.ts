import type { Role } from './role.js';

/** Who is calling: from the verified token. Every query is scoped by organizationId. */
export interface Principal {
  subject: string;
  organizationId: string;
  roles: Role[];
}
