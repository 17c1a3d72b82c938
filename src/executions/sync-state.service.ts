import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Capability } from '../sync-contract/capability.js';
import { SyncStateEntity } from './entities/sync-state.entity.js';

/** Cursors (where each capability's next read resumes): their reset. The runner writes them with each page (ExecutionRecorder). */
@Injectable()
export class SyncStateService {
  constructor(@InjectRepository(SyncStateEntity) private readonly states: Repository<SyncStateEntity>) {}

  /**
   * Forgets the cursors (all, or these capabilities') unless a session is queued or
   * running, in one statement; returns the active session's id if there is one.
   */
  async reset(integrationId: string, capabilities: readonly Capability[] | undefined): Promise<{ activeSessionId: string | null; cleared: string[] }> {
    const rows = await this.states.query<{ active_session_id: string | null; cleared: string[] | null }[]>(
      `WITH active AS (
         SELECT id FROM sync_sessions WHERE integration_id = $1 AND status IN ('queued', 'running') LIMIT 1
       ), cleared AS (
         DELETE FROM sync_states
         WHERE integration_id = $1 AND ($2::text[] IS NULL OR capability = ANY ($2::text[])) AND NOT EXISTS (SELECT 1 FROM active)
         RETURNING capability
       )
       SELECT (SELECT id FROM active) AS active_session_id, (SELECT array_agg(capability ORDER BY capability) FROM cleared) AS cleared`,
      [integrationId, capabilities ?? null],
    );
    return { activeSessionId: rows[0]?.active_session_id ?? null, cleared: rows[0]?.cleared ?? [] };
  }
}
