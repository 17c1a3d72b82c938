import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { parseId } from '../common/parse-id.pipe.js';
import { CheckConnectionDto, ConnectionCheckDto } from './dto/check-connection.dto.js';
import { ConnectionCheckService } from './connection-check.service.js';

// Each check is documented beside what it checks: the saved integration, or a service's credentials form.
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller()
export class ConnectionCheckController {
  constructor(private readonly checks: ConnectionCheckService) {}

  /** Try the saved credentials against the service (admin): ok, or a secret-free reason. */
  @Post('integrations/:id/check')
  @ApiTags('integrations')
  @HttpCode(200)
  @ApiErrorResponses(400, 403, 404, 409)
  checkIntegrationConnection(@CurrentPrincipal() principal: Principal, @Param('id', parseId()) id: string): Promise<ConnectionCheckDto> {
    return this.checks.checkSaved(principal.organizationId, id);
  }

  /** Try credentials before saving them (admin): validated as for a create, then tried. */
  @Post('external-services/:key/check')
  @ApiTags('external-services')
  @HttpCode(200)
  @ApiErrorResponses(400, 403, 404, 413)
  checkServiceConnection(@Param('key') key: string, @Body() dto: CheckConnectionDto): Promise<ConnectionCheckDto> {
    return this.checks.checkNew(key, dto.credentials, dto.settings ?? {});
  }
}
