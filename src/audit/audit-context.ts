/** Who makes a change, for which organization, under which request: what every audit event records of its cause. */
export interface AuditContext {
  organizationId: string;
  /** The token's subject. */
  subject: string;
  /** The request's `x-request-id`. */
  correlationId: string;
}
