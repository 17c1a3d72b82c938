import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses, CONFLICTS } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { CatalogQueryDto } from '../shared/catalog-query.dto.js';
import { ChannelDto, ChannelPageDto } from './channel.dto.js';
import { ChannelsService } from './channels.service.js';
import { CreateChannelDto } from './create-channel.dto.js';

@ApiTags('channels')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('channels')
export class ChannelsController {
  constructor(private readonly channels: ChannelsService) {}

  /** The organization's sales channels by code; `q` finds codes or names starting with it. */
  @Get()
  @ApiErrorResponses(400)
  listChannels(@CurrentPrincipal() principal: Principal, @Query() query: CatalogQueryDto): Promise<ChannelPageDto> {
    return this.channels.list(principal.organizationId, query);
  }

  /** Create a sales channel (admin); its code must be new in the organization. */
  @Post()
  @ApiErrorResponses(400, 403, CONFLICTS.channelCode, 413)
  createChannel(@CurrentPrincipal() principal: Principal, @Body() dto: CreateChannelDto): Promise<ChannelDto> {
    return this.channels.create(principal.organizationId, dto);
  }

  /** One sales channel. */
  @Get(':id')
  @ApiErrorResponses(400, 404)
  getChannel(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<ChannelDto> {
    return this.channels.get(principal.organizationId, id);
  }
}
