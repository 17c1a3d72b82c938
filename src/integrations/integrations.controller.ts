import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../audit/audit-context.js';
import { CurrentAuditContext } from '../audit/current-audit-context.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses, CONFLICTS } from '../common/api-error-responses.decorator.js';
import { parseId } from '../common/parse-id.pipe.js';
import { CreateIntegrationDto } from './dto/create-integration.dto.js';
import { IntegrationDto, IntegrationPageDto } from './dto/integration.dto.js';
import { ListIntegrationsQueryDto } from './dto/list-integrations-query.dto.js';
import { ReplaceCredentialsDto } from './dto/replace-credentials.dto.js';
import { SchedulePreviewDto } from './dto/schedule-preview.dto.js';
import { SchedulePreviewQueryDto } from './dto/schedule-preview-query.dto.js';
import { UpdateIntegrationDto } from './dto/update-integration.dto.js';
import { IntegrationsService } from './integrations.service.js';

@ApiTags('integrations')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  /** Create an integration (admin). Credentials are validated against the service's fields and stored encrypted. */
  @Post()
  @ApiErrorResponses(400, 403, CONFLICTS.integrationName, 413)
  createIntegration(@CurrentAuditContext() actor: AuditContext, @Body() dto: CreateIntegrationDto): Promise<IntegrationDto> {
    return this.integrations.create(actor, dto);
  }

  /** The integrations dashboard: filter by service, status and last sync status; ordered by name, last sync or next sync. */
  @Get()
  @ApiErrorResponses(400)
  listIntegrations(@CurrentPrincipal() principal: Principal, @Query() query: ListIntegrationsQueryDto): Promise<IntegrationPageDto> {
    return this.integrations.list(principal.organizationId, query);
  }

  /** One integration with its schedule, settings and the names of the credential fields set. */
  @Get(':id')
  @ApiErrorResponses(400, 404)
  getIntegration(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<IntegrationDto> {
    return this.integrations.get(principal.organizationId, id);
  }

  /** Edit name, schedule, capabilities, settings, enabled or dry run (admin). */
  @Patch(':id')
  @ApiErrorResponses(400, 403, 404, CONFLICTS.integrationName, 413)
  updateIntegration(
    @CurrentAuditContext() actor: AuditContext,
    @Param('id', parseId()) id: string,
    @Body() dto: UpdateIntegrationDto,
  ): Promise<IntegrationDto> {
    return this.integrations.update(actor, id, dto);
  }

  /** Replace the credentials, e.g. to rotate a token (admin). The old values are discarded. */
  @Put(':id/credentials')
  @ApiErrorResponses(400, 403, 404, 409, 413)
  replaceCredentials(
    @CurrentAuditContext() actor: AuditContext,
    @Param('id', parseId()) id: string,
    @Body() dto: ReplaceCredentialsDto,
  ): Promise<IntegrationDto> {
    return this.integrations.replaceCredentials(actor, id, dto.credentials);
  }

  /** Delete the integration and its credentials (admin). */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrorResponses(400, 403, 404)
  deleteIntegration(@CurrentAuditContext() actor: AuditContext, @Param('id', parseId()) id: string): Promise<void> {
    return this.integrations.delete(actor, id);
  }

  /** The next run times, in UTC and in the integration's time zone (DST included). */
  @Get(':id/schedule-preview')
  @ApiErrorResponses(400, 404)
  previewSchedule(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Query() query: SchedulePreviewQueryDto,
  ): Promise<SchedulePreviewDto> {
    return this.integrations.previewSchedule(principal.organizationId, id, query.count ?? 5, query.from);
  }
}
