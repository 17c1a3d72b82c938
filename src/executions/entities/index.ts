import { SyncExecutionEntity } from './sync-execution.entity.js';
import { SyncSessionEntity } from './sync-session.entity.js';
import { SyncStateEntity } from './sync-state.entity.js';

export const EXECUTION_ENTITIES = [SyncSessionEntity, SyncExecutionEntity, SyncStateEntity];
