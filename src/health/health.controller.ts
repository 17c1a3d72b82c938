import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { LivenessDto, ReadinessDto } from './health.dto.js';
import { ReadinessService } from './readiness.service.js';

/** Probes for orchestrators and load balancers: no token, no versions, nothing secret. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** Readiness, as `/health/ready` (kept for probes configured before it). */
  @Public()
  @Get()
  @ApiErrorResponses(503)
  getHealth(): Promise<ReadinessDto> {
    return this.readiness.check();
  }

  /** The process is up and answers HTTP (restart it if not); checks nothing else. */
  @Public()
  @Get('live')
  @ApiErrorResponses()
  getLiveness(): LivenessDto {
    return { status: 'ok' };
  }

  /**
   * The replica can take traffic: the database answers, its migrations are current, the
   * cron jobs are registered and the sync worker runs. A 503 names the failed checks.
   */
  @Public()
  @Get('ready')
  @ApiErrorResponses(503)
  getReadiness(): Promise<ReadinessDto> {
    return this.readiness.check();
  }
}
