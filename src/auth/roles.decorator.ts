import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

export const REQUIRED_ROLE = 'auth:required-role';

/** Overrides the default (GET/HEAD: viewer, anything else: admin). */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLE, role);
