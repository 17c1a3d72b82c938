import type { MigrationInterface } from 'typeorm';
import { Initial1795745876539 } from './1795745876539-initial.js';
import { TetherData1795747645934 } from './1795747645934-tether-data.js';
import { MappingVersions1795750386454 } from './1795750386454-mapping-versions.js';
import { SyncEngine1795753913245 } from './1795753913245-sync-engine.js';
import { ExecutionNotes1795757288550 } from './1795757288550-execution-notes.js';
import { NetSales1795760000000 } from './1795760000000-net-sales.js';
import { ExecutionRefused1796175279986 } from './1796175279986-execution-refused.js';
import { SyncedRowsGoWithIntegration1796193930831 } from './1796193930831-synced-rows-go-with-integration.js';
import { ExecutionProgress1796226392335 } from './1796226392335-execution-progress.js';
import { AuditTrail1796226842679 } from './1796226842679-audit-trail.js';
import { FailureAlerts1796226920200 } from './1796226920200-failure-alerts.js';
import { SessionCorrelationId1796231119004 } from './1796231119004-session-correlation-id.js';
import { AlertsCatchUp1796238498918 } from './1796238498918-alerts-catch-up.js';

/** Every migration, oldest first (listed, not globbed, so tests and builds load the same set). */
export const migrations: (new () => MigrationInterface)[] = [
  Initial1795745876539,
  TetherData1795747645934,
  MappingVersions1795750386454,
  SyncEngine1795753913245,
  ExecutionNotes1795757288550,
  NetSales1795760000000,
  ExecutionRefused1796175279986,
  SyncedRowsGoWithIntegration1796193930831,
  ExecutionProgress1796226392335,
  AuditTrail1796226842679,
  FailureAlerts1796226920200,
  SessionCorrelationId1796231119004,
  AlertsCatchUp1796238498918,
];
