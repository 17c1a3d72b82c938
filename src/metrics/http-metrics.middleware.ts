import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { requestRoute } from '../common/request-route.js';
import { TetherMetrics } from './tether-metrics.js';

/**
 * Times every request to this service once its answer is sent, labelled by the route
 * pattern Express matched (`/integrations/:id`, never the URL, which holds ids); a request
 * no route matched is `unmatched`. Middleware rather than an interceptor: it also sees the
 * answers guards and filters give (401, 429, 404).
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: TetherMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = requestRoute(request) ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.httpDuration.observe({ method: request.method, route, status: String(response.statusCode) }, seconds);
    });
    next();
  }
}
