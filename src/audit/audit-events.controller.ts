import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditEventPageDto } from './dto/audit-event.dto.js';
import { ListAuditEventsQueryDto } from './dto/list-audit-events-query.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail (admin): who changed what and when, newest first; filter by target, actor, action and time. */
  @Get()
  @RequireRole('admin')
  @ApiErrorResponses(400, 403)
  listAuditEvents(@CurrentPrincipal() principal: Principal, @Query() query: ListAuditEventsQueryDto): Promise<AuditEventPageDto> {
    return this.audit.list(principal.organizationId, query);
  }
}
