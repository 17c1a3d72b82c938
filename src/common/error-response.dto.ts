/** A problem with one input field. */
export class ValidationDetailDto {
  /** Dotted path of the field. @example "credentials.storeDomain" */
  field!: string;
  /** The rule it broke. @example "pattern" */
  rule!: string;
  /** @example "credentials.storeDomain must be a domain ending in .myshopify.com, e.g. your-store.myshopify.com" */
  message!: string;
}

/** The one error envelope every failed request gets. */
export class ErrorResponseDto {
  /** @example 400 */
  statusCode!: number;
  /** @example "Bad Request" */
  error!: string;
  /** What went wrong, naming the field and the rule. @example "cronExpression must have 6 fields (second minute hour day-of-month month day-of-week), got 5" */
  message!: string;
  /** One entry per invalid field, for input errors. */
  details?: ValidationDetailDto[];
  /** For a 409 caused by a sync session (one already queued or running): its id. @example "5d1f8a52-0c2e-4d8e-9a51-7c3b1e2f4a60" */
  sessionId?: string;
  /** For a 429: seconds until a request is accepted again (also the `Retry-After` header). @example 12 */
  retryAfter?: number;
  /** @example "/integrations" */
  path!: string;
  /** @example "2026-11-27T10:00:00.000Z" */
  timestamp!: string;
  /** Quote this id when reporting a problem; it is in the logs too. @example "3f0c9a52-2a5d-4b8e-9d8e-6f1f6c2b7d10" */
  correlationId!: string;
}
