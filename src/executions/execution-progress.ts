import type { ExecutionProgressDto } from './dto/sync-execution.dto.js';
import type { SyncExecutionEntity } from './entities/sync-execution.entity.js';

/**
 * An execution's progress; the time left only while it runs, once the source has given a
 * total and some records have come: elapsed × (total − so far) / so far, at the pace so far.
 */
export function progressOf(e: SyncExecutionEntity, now: Date): ExecutionProgressDto {
  const { recordsFetched: records, expectedTotal: total, startedAt } = e;
  const estimatedSecondsLeft =
    e.status === 'running' && startedAt !== null && total !== null && records > 0
      ? Math.round((Math.max(0, now.getTime() - startedAt.getTime()) / 1000) * (Math.max(0, total - records) / records))
      : null;
  return { records, pages: e.pages, total, estimatedSecondsLeft };
}
