import type { MigrationInterface } from 'typeorm';
import { Initial1795745876539 } from './1795745876539-initial.js';

/** Every migration, oldest first (listed, not globbed, so tests and builds load the same set). */
export const migrations: (new () => MigrationInterface)[] = [Initial1795745876539];
