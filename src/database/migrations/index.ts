import type { MigrationInterface } from 'typeorm';
import { Initial1795745876539 } from './1795745876539-initial.js';
import { TetherData1795747645934 } from './1795747645934-tether-data.js';

/** Every migration, oldest first (listed, not globbed, so tests and builds load the same set). */
export const migrations: (new () => MigrationInterface)[] = [Initial1795745876539, TetherData1795747645934];
