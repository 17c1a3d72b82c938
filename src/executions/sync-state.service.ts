import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Capability } from '../connectors/capability.js';
import type { SyncCursor } from '../connectors/connector.js';
import { SyncStateEntity } from './entities/sync-state.entity.js';

/** Cursors: where each capability's next read resumes. */
@Injectable()
export class SyncStateService {
  constructor(@InjectRepository(SyncStateEntity) private readonly states: Repository<SyncStateEntity>) {}

  async cursor(integrationId: string, capability: Capability): Promise<SyncCursor | null> {
    const rows = await this.states.query<{ cursor: SyncCursor | null }[]>(
      'SELECT cursor FROM sync_states WHERE integration_id = $1 AND capability = $2',
      [integrationId, capability],
    );
    return rows[0]?.cursor ?? null;
  }

  /** Inside the page's transaction, so the page and the cursor after it commit together. */
  async save(
    manager: EntityManager,
    state: { organizationId: string; integrationId: string; capability: Capability; cursor: SyncCursor | null; sessionId: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO sync_states (integration_id, capability, organization_id, cursor, session_id, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, now())
       ON CONFLICT (integration_id, capability) DO UPDATE SET cursor = EXCLUDED.cursor, session_id = EXCLUDED.session_id, updated_at = now()`,
      [state.integrationId, state.capability, state.organizationId, JSON.stringify(state.cursor), state.sessionId],
    );
  }

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
