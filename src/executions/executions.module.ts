import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { IntegrationsModule } from '../integrations/integrations.module.js';
import { LogSecretsModule } from '../logging/log-secrets.module.js';
import { TetherModule } from '../tether/tether.module.js';
import { EXECUTION_ENTITIES } from './entities/index.js';
import { ConnectionCheckController } from './connection-check.controller.js';
import { ConnectionCheckService } from './connection-check.service.js';
import { ExecutionRecorder } from './execution-recorder.service.js';
import { FinishedSessions } from './finished-sessions.service.js';
import { IntegrationSyncController } from './integration-sync.controller.js';
import { SessionQueue } from './session-queue.service.js';
import { SyncRunner } from './sync-runner.service.js';
import { SyncSessionsController } from './sync-sessions.controller.js';
import { SyncSessionsService } from './sync-sessions.service.js';
import { SyncStateService } from './sync-state.service.js';
import { SyncWorker } from './sync-worker.service.js';

/** Sync sessions and executions: the queue, this replica's worker, the runner, cursors and history. */
@Module({
  imports: [TypeOrmModule.forFeature(EXECUTION_ENTITIES), AuditModule, IntegrationsModule, LogSecretsModule, TetherModule],
  controllers: [IntegrationSyncController, SyncSessionsController, ConnectionCheckController],
  providers: [FinishedSessions, SessionQueue, SyncStateService, ExecutionRecorder, SyncRunner, SyncWorker, SyncSessionsService, ConnectionCheckService],
  exports: [FinishedSessions, SessionQueue, SyncWorker],
})
export class ExecutionsModule {}
