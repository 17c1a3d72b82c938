import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { CronScheduleModule } from '../scheduling/cron-schedule.module.js';
import { ExternalServicesController } from './external-services.controller.js';
import { IntegrationChanges } from './integration-changes.service.js';
import { IntegrationInputValidator } from './integration-input.validator.js';
import { IntegrationEntity } from './integration.entity.js';
import { IntegrationsController } from './integrations.controller.js';
import { IntegrationsService } from './integrations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([IntegrationEntity]), AuditModule, CredentialsModule, CronScheduleModule],
  controllers: [IntegrationsController, ExternalServicesController],
  providers: [IntegrationsService, IntegrationInputValidator, IntegrationChanges],
  exports: [IntegrationsService, IntegrationChanges],
})
export class IntegrationsModule {}
