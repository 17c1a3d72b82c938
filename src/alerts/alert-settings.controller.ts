import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { AlertSettingsService } from './alert-settings.service.js';
import { AlertSettingsDto } from './dto/alert-settings.dto.js';

@ApiTags('alerts')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('organization-settings')
export class AlertSettingsController {
  constructor(private readonly settings: AlertSettingsService) {}

  /** The organization's settings: when failing integrations are disabled automatically. */
  @Get()
  getOrganizationSettings(@CurrentPrincipal() principal: Principal): Promise<AlertSettingsDto> {
    return this.settings.get(principal.organizationId);
  }

  /** Replace the organization's settings (admin). */
  @Put()
  @ApiErrorResponses(400, 403, 413)
  putOrganizationSettings(@CurrentPrincipal() principal: Principal, @Body() dto: AlertSettingsDto): Promise<AlertSettingsDto> {
    return this.settings.put(principal, dto);
  }
}
