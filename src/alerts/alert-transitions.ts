import type { SessionFinishedEvent } from '../executions/sync-events.js';
import type { WebhookEventType } from '../webhooks/webhook-event-types.js';

/** What the alerts remember of an integration between its sessions (integration_alert_states). */
export interface AlertState {
  /** Its last (not cancelled) session failed: the next success is a recovery. */
  failing: boolean;
  /** The weight of its consecutive failed scheduled sessions (an `auth` failure counts 2). */
  failureScore: number;
  /** The warning one failure before auto-disable has been sent. */
  warned: boolean;
}

export const CLEAR_STATE: AlertState = { failing: false, failureScore: 0, warned: false };

/** What one finished session does: the alerts it raises, and whether it tips the integration into auto-disable. */
export interface SessionAlerts {
  state: AlertState;
  alerts: { type: WebhookEventType; extra: Record<string, unknown> }[];
  /** The reason to disable the integration with (it is disabled only if still enabled). */
  disable: string | null;
}

const FAILED = new Set<SessionFinishedEvent['status']>(['failed', 'partially_failed']);

/**
 * `sync.failed` (and `credentials.invalid` for an `auth` failure), `sync.recovered`, and
 * auto-disable once consecutive failed scheduled sessions reach the organization's
 * threshold, warned one failure earlier. A cancelled session changes nothing.
 */
export function alertsOf(before: AlertState, session: SessionFinishedEvent, disableAt: number): SessionAlerts {
  if (session.status === 'cancelled') return { state: before, alerts: [], disable: null };
  if (!FAILED.has(session.status)) return { state: CLEAR_STATE, alerts: before.failing ? [{ type: 'sync.recovered', extra: {} }] : [], disable: null };
  const auth = session.errorKinds.includes('auth');
  const scheduled = session.trigger === 'schedule';
  const score = before.failureScore + (scheduled ? (auth ? 2 : 1) : 0);
  const failure = { errorKinds: session.errorKinds, error: session.error?.message ?? null, failureScore: score, autoDisableAfterFailures: disableAt };
  const alerts: SessionAlerts['alerts'] = [{ type: 'sync.failed', extra: failure }];
  if (auth) alerts.push({ type: 'credentials.invalid', extra: failure });
  if (scheduled && score >= disableAt) {
    // Disabled: the streak starts again should an admin re-enable it.
    const reason = `disabled after ${String(disableAt)} consecutive failed scheduled syncs${auth ? ' (credentials rejected)' : ''}`;
    return { state: { failing: true, failureScore: 0, warned: false }, alerts, disable: reason };
  }
  if (scheduled && !before.warned && score >= disableAt - 1) {
    alerts.push({ type: 'integration.auto_disable_warning', extra: failure });
    return { state: { failing: true, failureScore: score, warned: true }, alerts, disable: null };
  }
  return { state: { failing: true, failureScore: score, warned: before.warned }, alerts, disable: null };
}
