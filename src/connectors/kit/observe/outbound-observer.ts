/** How an outbound HTTP request ended: its status class, or no reply at all. */
export type OutboundOutcome = '2xx' | '3xx' | '4xx' | '5xx' | 'network_error';

/**
 * What the kit tells whoever watches outbound traffic (the metrics), per service key. The
 * kit defines it so that connectors never import the watcher: the metrics module provides
 * it under OUTBOUND_OBSERVER, and without one nothing is told. Never given ids, hosts or
 * credentials: only the service's key.
 */
export interface OutboundObserver {
  requested(service: string, outcome: OutboundOutcome): void;
  /** A failed try that another try follows. */
  retried(service: string): void;
  /** A rate-limit bucket's state as the service's last reply described it. */
  bucketObserved(service: string, available: number, maximum: number): void;
}

/** The Nest token connectors inject the observer by (optional: absent, nothing is told). */
export const OUTBOUND_OBSERVER = Symbol('OUTBOUND_OBSERVER');

/** The observer bound to one service's key, as the kit's parts take it. */
export interface ServiceObserver {
  requested(outcome: OutboundOutcome): void;
  retried(): void;
  bucketObserved(available: number, maximum: number): void;
}

export const UNOBSERVED: ServiceObserver = { requested: () => undefined, retried: () => undefined, bucketObserved: () => undefined };

export function observerFor(observer: OutboundObserver | null | undefined, service: string): ServiceObserver {
  if (observer === null || observer === undefined) return UNOBSERVED;
  return {
    requested: (outcome) => {
      observer.requested(service, outcome);
    },
    retried: () => {
      observer.retried(service);
    },
    bucketObserved: (available, maximum) => {
      observer.bucketObserved(service, available, maximum);
    },
  };
}

export function outcomeOf(status: number): OutboundOutcome {
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  if (status >= 300) return '3xx';
  return '2xx';
}
