import type { Capability } from '../sync-contract/capability.js';
import type { SyncExecutionDto } from './dto/sync-execution.dto.js';
import type { SyncSessionDto } from './dto/sync-session.dto.js';
import type { SyncExecutionEntity } from './entities/sync-execution.entity.js';
import type { SyncSessionEntity } from './entities/sync-session.entity.js';
import { progressOf } from './execution-progress.js';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
const duration = (from: Date | null, to: Date | null): number | null =>
  from === null || to === null ? null : to.getTime() - from.getTime();

export function toSyncSessionDto(s: SyncSessionEntity): SyncSessionDto {
  return {
    id: s.id,
    integrationId: s.integrationId,
    trigger: s.trigger,
    triggeredBy: s.triggeredBy,
    scheduledFor: iso(s.scheduledFor),
    dryRun: s.dryRun,
    capabilities: s.capabilities as Capability[],
    status: s.status,
    cancelRequested: s.cancelRequested,
    queuedAt: s.createdAt.toISOString(),
    startedAt: iso(s.startedAt),
    finishedAt: iso(s.finishedAt),
    durationMs: duration(s.startedAt, s.finishedAt),
    error: s.error,
  };
}

export function toSyncExecutionDto(e: SyncExecutionEntity): SyncExecutionDto {
  return {
    id: e.id,
    sessionId: e.sessionId,
    integrationId: e.integrationId,
    capability: e.capability as Capability,
    status: e.status,
    dryRun: e.dryRun,
    startedAt: iso(e.startedAt),
    finishedAt: iso(e.finishedAt),
    durationMs: duration(e.startedAt, e.finishedAt),
    attempts: e.attempts,
    recordsFetched: e.recordsFetched,
    progress: progressOf(e, new Date()),
    created: e.created,
    updated: e.updated,
    unchanged: e.unchanged,
    skipped: e.skipped,
    failed: e.failed,
    unmapped: e.unmapped,
    refused: e.refused,
    error: e.error,
    notes: e.notes,
  };
}
