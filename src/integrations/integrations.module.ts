import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ExternalServicesController } from './external-services.controller.js';
import { IntegrationInputValidator } from './integration-input.validator.js';
import { IntegrationEntity } from './integration.entity.js';
import { IntegrationsController } from './integrations.controller.js';
import { IntegrationsService } from './integrations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([IntegrationEntity]), ConnectorsModule, CredentialsModule, SchedulingModule],
  controllers: [IntegrationsController, ExternalServicesController],
  providers: [IntegrationsService, IntegrationInputValidator],
  exports: [IntegrationsService],
})
export class IntegrationsModule {}
