import { type Random, seededRandom } from './random.js';

export interface FaultOptions {
  /** Share of GraphQL requests answered 500, 502 or 503 with an HTML or text body. */
  fiveHundredRate: number;
  /** Share of requests answered THROTTLED although the bucket could pay. */
  throttleRate: number;
  /** Share of requests answered HTTP 429 with Retry-After. */
  tooManyRequestsRate: number;
  /** Seconds given in Retry-After. */
  retryAfterSeconds: number;
  /** Share of requests held back `slowMs` before being answered. */
  slowRate: number;
  slowMs: number;
  /** The next GraphQL reply is cut in half (invalid JSON). */
  malformedOnce: boolean;
}

export const NO_FAULTS: FaultOptions = {
  fiveHundredRate: 0,
  throttleRate: 0,
  tooManyRequestsRate: 0,
  retryAfterSeconds: 1,
  slowRate: 0,
  slowMs: 0,
  malformedOnce: false,
};

export type Fault = { kind: 'server-error'; status: 500 | 502 | 503 } | { kind: 'too-many-requests' } | { kind: 'throttle' };

export interface FaultDraw {
  delayMs: number;
  fault: Fault | null;
  malformed: boolean;
}

/**
 * Decides each request's faults from a seeded sequence. Every request draws the same
 * count of numbers whatever the rates, so changing one rate does not reshuffle the others.
 */
export class FaultInjector {
  private readonly random: Random;
  private options: FaultOptions;
  private malformPending: boolean;

  constructor(seed: number, options: FaultOptions) {
    this.random = seededRandom(seed);
    this.options = options;
    this.malformPending = options.malformedOnce;
  }

  update(options: Partial<FaultOptions>): void {
    this.options = { ...this.options, ...options };
    if (options.malformedOnce === true) this.malformPending = true;
  }

  malformNext(): void {
    this.malformPending = true;
  }

  settings(): FaultOptions {
    return this.options;
  }

  draw(): FaultDraw {
    const [slow = 1, serverError = 1, which = 0, tooMany = 1, throttle = 1] = Array.from({ length: 5 }, () => this.random());
    const { slowRate, slowMs, fiveHundredRate, tooManyRequestsRate, throttleRate } = this.options;
    let fault: Fault | null = null;
    if (serverError < fiveHundredRate) fault = { kind: 'server-error', status: ([500, 502, 503] as const)[Math.floor(which * 3)] ?? 500 };
    else if (tooMany < tooManyRequestsRate) fault = { kind: 'too-many-requests' };
    else if (throttle < throttleRate) fault = { kind: 'throttle' };
    const malformed = this.malformPending && fault === null;
    if (malformed) this.malformPending = false;
    return { delayMs: slow < slowRate ? slowMs : 0, fault, malformed };
  }
}

/** Bodies like the ones a load balancer or Shopify's edge sends, not JSON on purpose. */
export const SERVER_ERROR_BODIES: Record<500 | 502 | 503, { contentType: string; body: string }> = {
  500: {
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><head><title>Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>Sorry, something went wrong.</p></body></html>',
  },
  502: {
    contentType: 'text/html',
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
  },
  503: { contentType: 'text/plain; charset=utf-8', body: 'Service Unavailable' },
};
