import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../audit/audit-context.js';
import { CurrentAuditContext } from '../audit/current-audit-context.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses, CONFLICTS } from '../common/api-error-responses.decorator.js';
import { parseId } from '../common/parse-id.pipe.js';
import { ListOrganizationSessionsQueryDto } from './dto/list-sessions-query.dto.js';
import { SyncSessionDetailDto, SyncSessionPageDto } from './dto/sync-session.dto.js';
import { SyncSessionsService } from './sync-sessions.service.js';

@ApiTags('sync')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('sync-sessions')
export class SyncSessionsController {
  constructor(private readonly sessions: SyncSessionsService) {}

  /** The organization's sync sessions across its integrations, newest first: filter by status, service, integration, trigger, when queued. */
  @Get()
  @ApiErrorResponses(400)
  listSyncSessions(@CurrentPrincipal() principal: Principal, @Query() query: ListOrganizationSessionsQueryDto): Promise<SyncSessionPageDto> {
    return this.sessions.listOrganizationSessions(principal.organizationId, query);
  }

  /** One session with its executions in run order. */
  @Get(':id')
  @ApiErrorResponses(400, 404)
  getSyncSession(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<SyncSessionDetailDto> {
    return this.sessions.get(principal.organizationId, id);
  }

  /** Stop a session (admin): a queued one at once, a running one after the page in flight. 409 once it has ended. */
  @Post(':id/cancel')
  @HttpCode(202)
  @ApiErrorResponses(400, 403, 404, CONFLICTS.sessionEnded)
  cancelSyncSession(@CurrentAuditContext() actor: AuditContext, @Param('id', parseId()) id: string): Promise<SyncSessionDetailDto> {
    return this.sessions.cancel(actor, id);
  }
}
