import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ABANDONED, ERROR_KINDS, finishedEventOf, SESSION_COLUMNS, type SessionRow } from './session-rows.js';
import type { SessionFinishedEvent } from './sync-events.js';

const ENDED = `status NOT IN ('queued', 'running')`;

/** A session that has ended, and its end exactly (PostgreSQL's microseconds, which a Date would round). */
export interface FinishedSession {
  event: SessionFinishedEvent;
  end: string;
}

/**
 * The sessions that have ended, read back as their sessionFinished events: for listeners
 * that must not miss one (the alerts), whose event a process may have died before hearing.
 */
@Injectable()
export class FinishedSessions {
  constructor(private readonly dataSource: DataSource) {}

  /** The integration's sessions that ended after `after` (an exact end), oldest first, at most `limit`. */
  async of(integrationId: string, after: string, limit: number): Promise<FinishedSession[]> {
    const rows = await this.dataSource.query<(SessionRow & { finished_at: Date; ended: string })[]>(
      `SELECT ${SESSION_COLUMNS('s')}, ${ERROR_KINDS('s')}, s.finished_at::text AS ended FROM sync_sessions s
       WHERE s.integration_id = $1 AND s.finished_at > $2::timestamptz AND ${ENDED}
       ORDER BY s.finished_at, s.id LIMIT $3`,
      [integrationId, after, limit],
    );
    return rows.map((row) => ({
      event: finishedEventOf(row, row.status as SessionFinishedEvent['status'], row.finished_at, row.error?.message === ABANDONED.message),
      end: row.ended,
    }));
  }

  /** Each integration that has had a session end since `since`, with its last end (exact). */
  async lastEnds(since: Date): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ integration_id: string; ended: string }[]>(
      `SELECT integration_id, max(finished_at)::text AS ended FROM sync_sessions WHERE finished_at > $1 AND ${ENDED} GROUP BY integration_id`,
      [since],
    );
    return new Map(rows.map((row) => [row.integration_id, row.ended]));
  }
}
