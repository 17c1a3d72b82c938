import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateIntegrationDto } from './create-integration.dto.js';

/**
 * Any of the integration's editable fields; each validated as at creation. `settings`
 * replaces the whole settings object. The service and credentials are not editable here.
 */
export class UpdateIntegrationDto extends PartialType(OmitType(CreateIntegrationDto, ['externalService', 'credentials'] as const)) {}
