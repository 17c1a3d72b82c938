import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Registry } from 'prom-client';
import { Public } from '../auth/public.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { AppConfig } from '../config/app-config.js';
import { bearerMatches } from './bearer-matches.js';
import { METRICS_ERRORS } from './metrics-errors.js';
import { MetricsScrape } from './metrics-scrape.service.js';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly config: AppConfig,
    private readonly scrape: MetricsScrape,
  ) {}

  /**
   * Prometheus metrics (text exposition format). Not the users' JWT: a bearer token of its
   * own, METRICS_TOKEN; unset, there is no such route (404).
   */
  @Public()
  @Get()
  @ApiBearerAuth('metrics')
  @ApiOkResponse({
    description: 'Every metric, in the Prometheus text format',
    content: { [Registry.PROMETHEUS_CONTENT_TYPE]: { schema: { type: 'string', example: '# TYPE tether_sync_queue_depth gauge\ntether_sync_queue_depth 0\n' } } },
  })
  @ApiErrorResponses(METRICS_ERRORS.token, METRICS_ERRORS.off)
  async getMetrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const token = this.config.metricsToken;
    // Unset: answered as any unknown route is.
    if (token === undefined) throw new NotFoundException('Cannot GET /metrics');
    if (!bearerMatches(authorization, token)) throw new UnauthorizedException('Authentication required: the metrics token (METRICS_TOKEN) as a bearer token');
    const text = await this.scrape.text();
    // Set on success only: errors stay JSON (the envelope).
    response.setHeader('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE);
    return text;
  }
}
