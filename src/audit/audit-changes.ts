/** What an event says changed: non-secret fields only, before and after (either may be absent). */
export interface AuditChanges {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}
