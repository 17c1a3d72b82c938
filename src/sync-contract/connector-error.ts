export const ERROR_KINDS = ['auth', 'config', 'transient', 'data'] as const;
/**
 * auth: the service refused the credentials; config: the integration is set up wrong;
 * transient: worth retrying (network, throttling, 5xx); data: the service sent
 * something unusable.
 */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * What a connector throws for a failure it understands. Its message is shown to
 * admins: it must not carry credentials (the runner also redacts known values).
 */
export class ConnectorError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly retryable: boolean = kind === 'transient',
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ConnectorError';
  }
}
