import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator.js';
import type { Principal } from '../../../auth/principal.js';
import { ApiErrorResponses } from '../../../common/api-error-responses.decorator.js';
import { parseId } from '../../../common/parse-id.pipe.js';
import { UnmappedExternalIdPageDto } from './unmapped-external-id.dto.js';
import { UnmappedQueryDto } from './unmapped-query.dto.js';
import { UnmappedService } from './unmapped.service.js';

@ApiTags('mappings')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('integrations/:id/unmapped')
export class UnmappedController {
  constructor(private readonly unmapped: UnmappedService) {}

  /** External ids the integration's syncs could not map (records skipped), most occurrences first; ids mapped since are left out. */
  @Get()
  @ApiErrorResponses(400, 404)
  listUnmappedExternalIds(
    @CurrentPrincipal() principal: Principal,
    @Param('id', parseId()) id: string,
    @Query() query: UnmappedQueryDto,
  ): Promise<UnmappedExternalIdPageDto> {
    return this.unmapped.list(principal.organizationId, id, query);
  }
}
