import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../common/api-error-responses.decorator.js';
import { ConnectorRegistry } from '../connectors/connector-registry.service.js';
import { ExternalServiceDto } from './dto/external-service.dto.js';

/** The catalog of services, served from the connectors' own metadata. */
@ApiTags('external-services')
@ApiBearerAuth()
@ApiErrorResponses(401)
@Controller('external-services')
export class ExternalServicesController {
  constructor(private readonly registry: ConnectorRegistry) {}

  /** Every supported service with its capabilities, credential fields and settings. */
  @Get()
  listExternalServices(): ExternalServiceDto[] {
    return this.registry.list().map((connector) => connector.metadata);
  }

  /** One service's metadata, e.g. to render its credentials form. */
  @Get(':key')
  @ApiErrorResponses(404)
  getExternalService(@Param('key') key: string): ExternalServiceDto {
    return this.registry.get(key).metadata;
  }
}
