import type { Request } from 'express';
import { CORRELATION_HEADER } from '../common/correlation-id.middleware.js';

interface CorsPolicy {
  origin: string | false;
  methods?: string[];
  allowedHeaders?: string[];
  exposedHeaders?: string[];
  maxAge?: number;
}

/**
 * CORS for the configured origins only. Any other origin gets no CORS header at all (the
 * `cors` package would still send the allowed methods and headers to it).
 */
export function corsPolicy(origins: readonly string[]) {
  const allowed = new Set(origins);
  return (request: Request, callback: (error: Error | null, policy: CorsPolicy) => void): void => {
    const origin = request.header('origin');
    if (origin === undefined || !allowed.has(origin)) {
      callback(null, { origin: false });
      return;
    }
    callback(null, {
      origin,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', CORRELATION_HEADER],
      exposedHeaders: [CORRELATION_HEADER, 'Retry-After'],
      maxAge: 600,
    });
  };
}
