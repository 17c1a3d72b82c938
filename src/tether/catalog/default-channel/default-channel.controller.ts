import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { AuditContext } from '../../../audit/audit-context.js';
import { CurrentAuditContext } from '../../../audit/current-audit-context.decorator.js';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { ChannelDto } from '../channels/channel.dto.js';
import { DefaultChannelService } from './default-channel.service.js';
import { SetDefaultChannelDto } from './set-default-channel.dto.js';

@ApiTags('mappings')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('integrations/:id/default-channel')
export class DefaultChannelController {
  constructor(private readonly defaults: DefaultChannelService) {}

  /** The channel the integration's records go to when they name none; 404 when it has none. */
  @Get()
  @ApiErrorResponses(400, 404)
  getDefaultChannel(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<ChannelDto> {
    return this.defaults.get(principal.organizationId, id);
  }

  /** Set or replace the integration's default channel (admin). */
  @Put()
  @ApiErrorResponses(400, 403, 404, 413)
  setDefaultChannel(
    @CurrentAuditContext() actor: AuditContext,
    @Param('id', parseId()) id: string,
    @Body() dto: SetDefaultChannelDto,
  ): Promise<ChannelDto> {
    return this.defaults.set(actor, id, dto.channelId);
  }

  /** Remove the integration's default channel (admin): records that name no channel are skipped again. */
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrorResponses(400, 403, 404)
  clearDefaultChannel(@CurrentAuditContext() actor: AuditContext, @Param('id', parseId()) id: string): Promise<void> {
    return this.defaults.clear(actor, id);
  }
}
