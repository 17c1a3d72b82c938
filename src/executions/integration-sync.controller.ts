import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../audit/audit-context.js';
import { CurrentAuditContext } from '../audit/current-audit-context.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses, CONFLICTS } from '../common/api-error-responses.decorator.js';
import { parseId } from '../common/parse-id.pipe.js';
import { ListExecutionsQueryDto } from './dto/list-executions-query.dto.js';
import { ListSessionsQueryDto } from './dto/list-sessions-query.dto.js';
import { ResetSyncStateDto, ResetSyncStateResultDto } from './dto/reset-sync-state.dto.js';
import { SyncExecutionPageDto } from './dto/sync-execution.dto.js';
import { SyncSessionDetailDto, SyncSessionPageDto } from './dto/sync-session.dto.js';
import { TriggerSyncDto } from './dto/trigger-sync.dto.js';
import { SyncSessionsService } from './sync-sessions.service.js';

@ApiTags('sync')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('integrations/:id')
export class IntegrationSyncController {
  constructor(private readonly sessions: SyncSessionsService) {}

  /**
   * Sync now (admin), also when disabled. Queues a session and answers at once; follow it
   * at `GET /sync-sessions/{id}`. 409 (with `sessionId`) while one is queued or running.
   */
  @Post('sync')
  @HttpCode(202)
  @ApiErrorResponses(400, 403, 404, 409, 413)
  triggerSync(
    @CurrentAuditContext() actor: AuditContext,
    @Param('id', parseId()) id: string,
    @Body() dto: TriggerSyncDto,
  ): Promise<SyncSessionDetailDto> {
    return this.sessions.trigger(actor, id, dto);
  }

  /** Forget the cursors (admin) so the next sync re-imports everything. 409 while a session is active. */
  @Post('reset-sync-state')
  @HttpCode(200)
  @ApiErrorResponses(400, 403, 404, CONFLICTS.resetWhileActive, 413)
  resetSyncState(
    @CurrentAuditContext() actor: AuditContext,
    @Param('id', parseId()) id: string,
    @Body() dto: ResetSyncStateDto,
  ): Promise<ResetSyncStateResultDto> {
    return this.sessions.resetState(actor, id, dto.capabilities);
  }

  /** Sync history: sessions, newest first. */
  @Get('sessions')
  @ApiErrorResponses(400, 404)
  listSessions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Query() query: ListSessionsQueryDto,
  ): Promise<SyncSessionPageDto> {
    return this.sessions.listSessions(principal.organizationId, id, query);
  }

  /** Executions across sessions, newest first, by capability and status. */
  @Get('executions')
  @ApiErrorResponses(400, 404)
  listExecutions(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Query() query: ListExecutionsQueryDto,
  ): Promise<SyncExecutionPageDto> {
    return this.sessions.listExecutions(principal.organizationId, id, query);
  }
}
